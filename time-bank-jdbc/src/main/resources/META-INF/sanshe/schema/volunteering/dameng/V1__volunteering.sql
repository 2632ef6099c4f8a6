-- Sanshe volunteering, schema version 1 (Dameng and other Oracle-flavoured databases: type names only differ): volunteer teams, and
-- activities and patrol shifts with their attendance, with optimistic versions.
-- Portable subset: application-assigned keys, NUMBER(19) epoch milliseconds plus the nanoseconds within
-- the millisecond (an Instant reads back exactly), NUMBER(5) codes for enums, no BOOLEAN, BYTEA, JSON,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not
-- told apart (an empty place is stored as NULL). Texts are stored in UTF-8 (a column of n characters takes 4n bytes), and the database must sort ids in binary order (the default).

-- Volunteer teams (志愿服务队). community_code is the 12-digit community the team serves.
CREATE TABLE ${prefix}vo_team (
  team_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  team_name VARCHAR2(400) NOT NULL,
  community_code VARCHAR2(12) NOT NULL,
  org_id VARCHAR2(256),
  leader_id VARCHAR2(256) NOT NULL,
  guide_id VARCHAR2(256),
  formed_ms NUMBER(19) NOT NULL,
  formed_ns NUMBER(10) NOT NULL,
  dissolved_ms NUMBER(19),
  dissolved_ns NUMBER(10),
  CONSTRAINT ${prefix}vo_team_pk PRIMARY KEY (team_id)
);
CREATE INDEX ${prefix}vo_team_comm ON ${prefix}vo_team (community_code, team_id);

-- Members of a team; the leader is among them.
CREATE TABLE ${prefix}vo_member (
  team_id VARCHAR2(256) NOT NULL,
  member_id VARCHAR2(256) NOT NULL,
  CONSTRAINT ${prefix}vo_member_pk PRIMARY KEY (team_id, member_id)
);
CREATE INDEX ${prefix}vo_member_by ON ${prefix}vo_member (member_id, team_id);

-- Activities and patrol shifts. kind_code 1 activity, 2 patrol.
CREATE TABLE ${prefix}vo_activity (
  activity_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  kind_code NUMBER(5) NOT NULL,
  title_text VARCHAR2(400) NOT NULL,
  place_text VARCHAR2(800),
  start_ms NUMBER(19) NOT NULL,
  start_ns NUMBER(10) NOT NULL,
  end_ms NUMBER(19) NOT NULL,
  end_ns NUMBER(10) NOT NULL,
  capacity NUMBER(10) NOT NULL,
  category_code VARCHAR2(256) NOT NULL,
  org_id VARCHAR2(256) NOT NULL,
  team_id VARCHAR2(256),
  published_by VARCHAR2(256) NOT NULL,
  published_ms NUMBER(19) NOT NULL,
  published_ns NUMBER(10) NOT NULL,
  cancelled_ms NUMBER(19),
  cancelled_ns NUMBER(10),
  CONSTRAINT ${prefix}vo_activity_pk PRIMARY KEY (activity_id)
);
CREATE INDEX ${prefix}vo_activity_team ON ${prefix}vo_activity (team_id, start_ms, start_ns, activity_id);

-- Attendance: one row per volunteer signed up, seq_no the order of sign-up within the activity.
-- state_code 1 signed up, 2 checked in, 3 checked out, 4 confirmed.
CREATE TABLE ${prefix}vo_attend (
  activity_id VARCHAR2(256) NOT NULL,
  volunteer_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  account_id VARCHAR2(256) NOT NULL,
  state_code NUMBER(5) NOT NULL,
  signed_ms NUMBER(19) NOT NULL,
  signed_ns NUMBER(10) NOT NULL,
  in_ms NUMBER(19),
  in_ns NUMBER(10),
  out_ms NUMBER(19),
  out_ns NUMBER(10),
  record_id VARCHAR2(256),
  credited_min NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}vo_attend_pk PRIMARY KEY (activity_id, volunteer_id)
);
CREATE INDEX ${prefix}vo_attend_vol ON ${prefix}vo_attend (volunteer_id, activity_id);
