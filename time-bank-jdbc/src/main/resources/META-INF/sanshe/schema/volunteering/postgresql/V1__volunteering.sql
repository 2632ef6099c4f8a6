-- Sanshe volunteering, schema version 1 (PostgreSQL, openGauss, KingbaseES): volunteer teams, and
-- activities and patrol shifts with their attendance, with optimistic versions.
-- Portable subset: application-assigned keys, BIGINT epoch milliseconds plus the nanoseconds within
-- the millisecond (an Instant reads back exactly), SMALLINT codes for enums, no BOOLEAN, BYTEA, JSON,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not
-- told apart (an empty place is stored as NULL). Ids sort in code-point order (COLLATE "C").

-- Volunteer teams (志愿服务队). community_code is the 12-digit community the team serves.
CREATE TABLE ${prefix}vo_team (
  team_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  team_name VARCHAR(100) NOT NULL,
  community_code VARCHAR(12) COLLATE "C" NOT NULL,
  org_id VARCHAR(64),
  leader_id VARCHAR(64) NOT NULL,
  guide_id VARCHAR(64),
  formed_ms BIGINT NOT NULL,
  formed_ns INTEGER NOT NULL,
  dissolved_ms BIGINT,
  dissolved_ns INTEGER,
  CONSTRAINT ${prefix}vo_team_pk PRIMARY KEY (team_id)
);
CREATE INDEX ${prefix}vo_team_comm ON ${prefix}vo_team (community_code, team_id);

-- Members of a team; the leader is among them.
CREATE TABLE ${prefix}vo_member (
  team_id VARCHAR(64) COLLATE "C" NOT NULL,
  member_id VARCHAR(64) COLLATE "C" NOT NULL,
  CONSTRAINT ${prefix}vo_member_pk PRIMARY KEY (team_id, member_id)
);
CREATE INDEX ${prefix}vo_member_by ON ${prefix}vo_member (member_id, team_id);

-- Activities and patrol shifts. kind_code 1 activity, 2 patrol.
CREATE TABLE ${prefix}vo_activity (
  activity_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  kind_code SMALLINT NOT NULL,
  title_text VARCHAR(100) NOT NULL,
  place_text VARCHAR(200),
  start_ms BIGINT NOT NULL,
  start_ns INTEGER NOT NULL,
  end_ms BIGINT NOT NULL,
  end_ns INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  category_code VARCHAR(64) NOT NULL,
  org_id VARCHAR(64) NOT NULL,
  team_id VARCHAR(64) COLLATE "C",
  published_by VARCHAR(64) NOT NULL,
  published_ms BIGINT NOT NULL,
  published_ns INTEGER NOT NULL,
  cancelled_ms BIGINT,
  cancelled_ns INTEGER,
  CONSTRAINT ${prefix}vo_activity_pk PRIMARY KEY (activity_id)
);
CREATE INDEX ${prefix}vo_activity_team ON ${prefix}vo_activity (team_id, start_ms, start_ns, activity_id);

-- Attendance: one row per volunteer signed up, seq_no the order of sign-up within the activity.
-- state_code 1 signed up, 2 checked in, 3 checked out, 4 confirmed.
CREATE TABLE ${prefix}vo_attend (
  activity_id VARCHAR(64) COLLATE "C" NOT NULL,
  volunteer_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  state_code SMALLINT NOT NULL,
  signed_ms BIGINT NOT NULL,
  signed_ns INTEGER NOT NULL,
  in_ms BIGINT,
  in_ns INTEGER,
  out_ms BIGINT,
  out_ns INTEGER,
  record_id VARCHAR(64),
  credited_min BIGINT NOT NULL,
  CONSTRAINT ${prefix}vo_attend_pk PRIMARY KEY (activity_id, volunteer_id)
);
CREATE INDEX ${prefix}vo_attend_vol ON ${prefix}vo_attend (volunteer_id, activity_id);
