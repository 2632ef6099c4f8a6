-- Sanshe community affairs, schema version 1 (Dameng and other Oracle-flavoured databases: type names
-- only differ): matters, escalation cases and consultations with optimistic versions.
-- Portable subset: application-assigned keys, NUMBER(19) epoch milliseconds plus the nanoseconds within
-- the millisecond (an Instant reads back exactly), NUMBER(5) codes for enums and flags, no BOOLEAN,
-- BLOB, JSON, sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and
-- NULL are not told apart. Texts are stored in UTF-8: a column of n characters takes 4n bytes (ASCII
-- codes excepted), and the database must sort ids in binary order (the default) for pages by id to
-- match Java's order.

-- Community matters (社区公共事务). The division columns and path_code make the "622" report one
-- grouped, index-only query per scope and period; path_code 0 is untriaged.
CREATE TABLE ${prefix}af_matter (
  matter_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  community_code CHAR(12) NOT NULL,
  street_code CHAR(9) NOT NULL,
  district_code CHAR(6) NOT NULL,
  grid_code VARCHAR2(20),
  building_code VARCHAR2(20),
  channel_code NUMBER(5) NOT NULL,
  category_code VARCHAR2(40) NOT NULL,
  urgency_code NUMBER(5) NOT NULL,
  reporter_name VARCHAR2(800),
  reporter_phone VARCHAR2(128),
  summary_text VARCHAR2(8000) NOT NULL,
  reported_ms NUMBER(19) NOT NULL,
  reported_ns NUMBER(10) NOT NULL,
  recorded_ms NUMBER(19) NOT NULL,
  recorded_ns NUMBER(10) NOT NULL,
  path_code NUMBER(5) NOT NULL,
  triage_reason VARCHAR2(8000),
  triaged_ms NUMBER(19),
  triaged_ns NUMBER(10),
  CONSTRAINT ${prefix}af_matter_pk PRIMARY KEY (matter_id)
);

CREATE INDEX ${prefix}af_matter_st_ix ON ${prefix}af_matter (street_code, recorded_ms, path_code);
CREATE INDEX ${prefix}af_matter_cm_ix ON ${prefix}af_matter (community_code, recorded_ms, path_code);
CREATE INDEX ${prefix}af_matter_ds_ix ON ${prefix}af_matter (district_code, recorded_ms, path_code);

-- Escalation cases (督办案件) on the ladder. open_matter holds the matter while the case is open and
-- is NULL once closed: its unique key allows one open case per matter, across servers.
CREATE TABLE ${prefix}af_case (
  case_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  matter_id VARCHAR2(256) NOT NULL,
  open_matter VARCHAR2(256),
  closed_flag NUMBER(5) NOT NULL,
  level_code NUMBER(5) NOT NULL,
  deadline_ms NUMBER(19) NOT NULL,
  deadline_ns NUMBER(10) NOT NULL,
  last_ms NUMBER(19) NOT NULL,
  last_ns NUMBER(10) NOT NULL,
  deadlines_text VARCHAR2(800) NOT NULL,
  resolution_note VARCHAR2(8000),
  CONSTRAINT ${prefix}af_case_pk PRIMARY KEY (case_id),
  CONSTRAINT ${prefix}af_case_open_uq UNIQUE (open_matter)
);

CREATE INDEX ${prefix}af_case_st_ix ON ${prefix}af_case (closed_flag, case_id);

-- The audit trail of a case, in order (seq_no from 0).
CREATE TABLE ${prefix}af_case_trail (
  case_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  action_code NUMBER(5) NOT NULL,
  from_code NUMBER(5) NOT NULL,
  to_code NUMBER(5) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  effective_ms NUMBER(19) NOT NULL,
  effective_ns NUMBER(10) NOT NULL,
  note_text VARCHAR2(8000),
  CONSTRAINT ${prefix}af_case_trail_pk PRIMARY KEY (case_id, seq_no)
);

-- Consultations (社区协商). The required parties of each form are comma-separated party names.
CREATE TABLE ${prefix}af_con (
  consultation_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  form_code NUMBER(5) NOT NULL,
  topic_text VARCHAR2(8000) NOT NULL,
  matter_id VARCHAR2(256),
  status_code NUMBER(5) NOT NULL,
  proposed_ms NUMBER(19) NOT NULL,
  proposed_ns NUMBER(10) NOT NULL,
  last_ms NUMBER(19) NOT NULL,
  last_ns NUMBER(10) NOT NULL,
  publicity_end_ms NUMBER(19),
  publicity_end_ns NUMBER(10),
  publicity_s NUMBER(19) NOT NULL,
  publicity_ns NUMBER(10) NOT NULL,
  req_dialogue VARCHAR2(800),
  req_council VARCHAR2(800),
  req_review VARCHAR2(800),
  req_hearing VARCHAR2(800),
  req_online VARCHAR2(800),
  CONSTRAINT ${prefix}af_con_pk PRIMARY KEY (consultation_id)
);

CREATE INDEX ${prefix}af_con_st_ix ON ${prefix}af_con (status_code, consultation_id);

-- Every status change of a consultation, in order (seq_no from 0), with its note.
CREATE TABLE ${prefix}af_con_hist (
  consultation_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  from_code NUMBER(5) NOT NULL,
  to_code NUMBER(5) NOT NULL,
  note_text VARCHAR2(8000),
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}af_con_hist_pk PRIMARY KEY (consultation_id, seq_no)
);

-- Participants in joining order.
CREATE TABLE ${prefix}af_con_part (
  consultation_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  participant_id VARCHAR2(256) NOT NULL,
  party_code NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}af_con_part_pk PRIMARY KEY (consultation_id, seq_no)
);

-- Minutes, oldest first.
CREATE TABLE ${prefix}af_con_min (
  consultation_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  recorder_id VARCHAR2(256) NOT NULL,
  minutes_text VARCHAR2(8000) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}af_con_min_pk PRIMARY KEY (consultation_id, seq_no)
);

-- Decisions: the superseded ones oldest first, then the one in force (in_force_flag 1), if any.
CREATE TABLE ${prefix}af_con_dec (
  consultation_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  in_force_flag NUMBER(5) NOT NULL,
  decision_text VARCHAR2(8000) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}af_con_dec_pk PRIMARY KEY (consultation_id, seq_no)
);

-- The votes behind each decision, in order.
CREATE TABLE ${prefix}af_con_vote (
  consultation_id VARCHAR2(256) NOT NULL,
  dec_no NUMBER(10) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  vote_id VARCHAR2(256) NOT NULL,
  CONSTRAINT ${prefix}af_con_vote_pk PRIMARY KEY (consultation_id, dec_no, seq_no)
);

-- Objections by number.
CREATE TABLE ${prefix}af_con_obj (
  consultation_id VARCHAR2(256) NOT NULL,
  obj_no NUMBER(10) NOT NULL,
  grounds_text VARCHAR2(8000) NOT NULL,
  raised_ms NUMBER(19) NOT NULL,
  raised_ns NUMBER(10) NOT NULL,
  outcome_code NUMBER(5) NOT NULL,
  ruling_text VARCHAR2(8000),
  ruled_ms NUMBER(19),
  ruled_ns NUMBER(10),
  CONSTRAINT ${prefix}af_con_obj_pk PRIMARY KEY (consultation_id, obj_no)
);
