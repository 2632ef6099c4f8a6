-- Sanshe community affairs, schema version 1 (PostgreSQL, openGauss, KingbaseES): matters, escalation
-- cases and consultations with optimistic versions.
-- Portable subset: application-assigned keys, BIGINT epoch milliseconds plus the nanoseconds within
-- the millisecond (an Instant reads back exactly), SMALLINT codes for enums and flags, no BOOLEAN,
-- BYTEA, JSON, sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and
-- NULL are not told apart. Ids sort in code-point order (COLLATE "C"), as Java compares them.

-- Community matters (社区公共事务). The division columns and path_code make the "622" report one
-- grouped, index-only query per scope and period; path_code 0 is untriaged.
CREATE TABLE ${prefix}af_matter (
  matter_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  community_code CHAR(12) NOT NULL,
  street_code CHAR(9) NOT NULL,
  district_code CHAR(6) NOT NULL,
  grid_code VARCHAR(20),
  building_code VARCHAR(20),
  channel_code SMALLINT NOT NULL,
  category_code VARCHAR(40) NOT NULL,
  urgency_code SMALLINT NOT NULL,
  reporter_name VARCHAR(200),
  reporter_phone VARCHAR(32),
  summary_text VARCHAR(2000) NOT NULL,
  reported_ms BIGINT NOT NULL,
  reported_ns INTEGER NOT NULL,
  recorded_ms BIGINT NOT NULL,
  recorded_ns INTEGER NOT NULL,
  path_code SMALLINT NOT NULL,
  triage_reason VARCHAR(2000),
  triaged_ms BIGINT,
  triaged_ns INTEGER,
  CONSTRAINT ${prefix}af_matter_pk PRIMARY KEY (matter_id)
);

CREATE INDEX ${prefix}af_matter_st_ix ON ${prefix}af_matter (street_code, recorded_ms, path_code);
CREATE INDEX ${prefix}af_matter_cm_ix ON ${prefix}af_matter (community_code, recorded_ms, path_code);
CREATE INDEX ${prefix}af_matter_ds_ix ON ${prefix}af_matter (district_code, recorded_ms, path_code);

-- Escalation cases (督办案件) on the ladder. open_matter holds the matter while the case is open and
-- is NULL once closed: its unique key allows one open case per matter, across servers.
CREATE TABLE ${prefix}af_case (
  case_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  matter_id VARCHAR(64) NOT NULL,
  open_matter VARCHAR(64),
  closed_flag SMALLINT NOT NULL,
  level_code SMALLINT NOT NULL,
  deadline_ms BIGINT NOT NULL,
  deadline_ns INTEGER NOT NULL,
  last_ms BIGINT NOT NULL,
  last_ns INTEGER NOT NULL,
  deadlines_text VARCHAR(200) NOT NULL,
  resolution_note VARCHAR(2000),
  CONSTRAINT ${prefix}af_case_pk PRIMARY KEY (case_id),
  CONSTRAINT ${prefix}af_case_open_uq UNIQUE (open_matter)
);

CREATE INDEX ${prefix}af_case_st_ix ON ${prefix}af_case (closed_flag, case_id);

-- The audit trail of a case, in order (seq_no from 0).
CREATE TABLE ${prefix}af_case_trail (
  case_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  action_code SMALLINT NOT NULL,
  from_code SMALLINT NOT NULL,
  to_code SMALLINT NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  effective_ms BIGINT NOT NULL,
  effective_ns INTEGER NOT NULL,
  note_text VARCHAR(2000),
  CONSTRAINT ${prefix}af_case_trail_pk PRIMARY KEY (case_id, seq_no)
);

-- Consultations (社区协商). The required parties of each form are comma-separated party names.
CREATE TABLE ${prefix}af_con (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  form_code SMALLINT NOT NULL,
  topic_text VARCHAR(2000) NOT NULL,
  matter_id VARCHAR(64),
  status_code SMALLINT NOT NULL,
  proposed_ms BIGINT NOT NULL,
  proposed_ns INTEGER NOT NULL,
  last_ms BIGINT NOT NULL,
  last_ns INTEGER NOT NULL,
  publicity_end_ms BIGINT,
  publicity_end_ns INTEGER,
  publicity_s BIGINT NOT NULL,
  publicity_ns INTEGER NOT NULL,
  req_dialogue VARCHAR(200),
  req_council VARCHAR(200),
  req_review VARCHAR(200),
  req_hearing VARCHAR(200),
  req_online VARCHAR(200),
  CONSTRAINT ${prefix}af_con_pk PRIMARY KEY (consultation_id)
);

CREATE INDEX ${prefix}af_con_st_ix ON ${prefix}af_con (status_code, consultation_id);

-- Every status change of a consultation, in order (seq_no from 0), with its note.
CREATE TABLE ${prefix}af_con_hist (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  from_code SMALLINT NOT NULL,
  to_code SMALLINT NOT NULL,
  note_text VARCHAR(2000),
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}af_con_hist_pk PRIMARY KEY (consultation_id, seq_no)
);

-- Participants in joining order.
CREATE TABLE ${prefix}af_con_part (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  participant_id VARCHAR(64) NOT NULL,
  party_code SMALLINT NOT NULL,
  CONSTRAINT ${prefix}af_con_part_pk PRIMARY KEY (consultation_id, seq_no)
);

-- Minutes, oldest first.
CREATE TABLE ${prefix}af_con_min (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  recorder_id VARCHAR(64) NOT NULL,
  minutes_text VARCHAR(2000) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}af_con_min_pk PRIMARY KEY (consultation_id, seq_no)
);

-- Decisions: the superseded ones oldest first, then the one in force (in_force_flag 1), if any.
CREATE TABLE ${prefix}af_con_dec (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  in_force_flag SMALLINT NOT NULL,
  decision_text VARCHAR(2000) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}af_con_dec_pk PRIMARY KEY (consultation_id, seq_no)
);

-- The votes behind each decision, in order.
CREATE TABLE ${prefix}af_con_vote (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  dec_no INTEGER NOT NULL,
  seq_no INTEGER NOT NULL,
  vote_id VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}af_con_vote_pk PRIMARY KEY (consultation_id, dec_no, seq_no)
);

-- Objections by number.
CREATE TABLE ${prefix}af_con_obj (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  obj_no INTEGER NOT NULL,
  grounds_text VARCHAR(2000) NOT NULL,
  raised_ms BIGINT NOT NULL,
  raised_ns INTEGER NOT NULL,
  outcome_code SMALLINT NOT NULL,
  ruling_text VARCHAR(2000),
  ruled_ms BIGINT,
  ruled_ns INTEGER,
  CONSTRAINT ${prefix}af_con_obj_pk PRIMARY KEY (consultation_id, obj_no)
);
