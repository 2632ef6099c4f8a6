-- Sanshe community affairs, schema version 2 (PostgreSQL, openGauss, KingbaseES): the matter
-- lifecycle (issue 17). Rows of version 1 stay readable: they are matters recorded and, perhaps,
-- triaged, by an actor that was not recorded ('unrecorded').

-- Who recorded the matter, the reporter's keyed hash, the origin reference, and the columns the
-- queries and reports read without the steps: status (1 reported .. 9 reopened), current handler
-- ('KIND:code'), due time, settlement path (0 unsettled, 1..3 as path_code) and settlement time,
-- and how many steps the matter has.
ALTER TABLE ${prefix}af_matter ADD recorded_by VARCHAR(80);
ALTER TABLE ${prefix}af_matter ADD resident_hash CHAR(64);
ALTER TABLE ${prefix}af_matter ADD origin_kind VARCHAR(40);
ALTER TABLE ${prefix}af_matter ADD origin_ref VARCHAR(64);
ALTER TABLE ${prefix}af_matter ADD status_code SMALLINT;
ALTER TABLE ${prefix}af_matter ADD handler_key VARCHAR(90);
ALTER TABLE ${prefix}af_matter ADD due_ms BIGINT;
ALTER TABLE ${prefix}af_matter ADD due_ns INTEGER;
ALTER TABLE ${prefix}af_matter ADD settled_path SMALLINT;
ALTER TABLE ${prefix}af_matter ADD settled_ms BIGINT;
ALTER TABLE ${prefix}af_matter ADD step_count INTEGER;

-- Grid and building codes as the division directory writes them: up to 32 characters.
ALTER TABLE ${prefix}af_matter ALTER COLUMN grid_code TYPE VARCHAR(32);
ALTER TABLE ${prefix}af_matter ALTER COLUMN building_code TYPE VARCHAR(32);

UPDATE ${prefix}af_matter SET recorded_by = 'unrecorded', settled_path = 0,
  status_code = CASE WHEN path_code = 0 THEN 1 ELSE 4 END,
  step_count = CASE WHEN path_code = 0 THEN 0 ELSE 1 END;

-- The steps of a matter after its recording, in order (seq_no from 0). kind_code: 1 accepted,
-- 2 triaged, 3 refused, 4 dispatched, 5 started, 6 resolved, 7 closed, 8 feedback, 9 reopened.
-- flag_code: confirmed (closed) or satisfied (feedback), 1 or 0. text_value: the reason, note or
-- complaint. resident_hash: the reporter's keyed hash of a feedback.
CREATE TABLE ${prefix}af_step (
  matter_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  kind_code SMALLINT NOT NULL,
  actor_id VARCHAR(80) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  path_code SMALLINT,
  handler_key VARCHAR(90),
  due_ms BIGINT,
  due_ns INTEGER,
  flag_code SMALLINT,
  text_value VARCHAR(2000),
  resident_hash CHAR(64),
  CONSTRAINT ${prefix}af_step_pk PRIMARY KEY (matter_id, seq_no)
);

-- The triage of a version-1 row becomes its first step.
INSERT INTO ${prefix}af_step (matter_id, seq_no, kind_code, actor_id, at_ms, at_ns, path_code,
  text_value)
  SELECT matter_id, 0, 2, 'unrecorded', triaged_ms, triaged_ns, path_code, triage_reason
  FROM ${prefix}af_matter WHERE path_code <> 0;

-- A handler's inbox, the settlement report per street, community and district, and overdue matters.
CREATE INDEX ${prefix}af_matter_hd_ix ON ${prefix}af_matter (handler_key, status_code, matter_id);
CREATE INDEX ${prefix}af_matter_ss_ix ON ${prefix}af_matter
  (street_code, settled_ms, settled_path, path_code);
CREATE INDEX ${prefix}af_matter_sc_ix ON ${prefix}af_matter
  (community_code, settled_ms, settled_path, path_code);
CREATE INDEX ${prefix}af_matter_sd_ix ON ${prefix}af_matter
  (district_code, settled_ms, settled_path, path_code);
CREATE INDEX ${prefix}af_matter_od_ix ON ${prefix}af_matter (status_code, due_ms, due_ns);
