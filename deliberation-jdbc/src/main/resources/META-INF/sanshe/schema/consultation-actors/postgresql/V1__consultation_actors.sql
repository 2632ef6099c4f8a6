-- Sanshe consultation actors, schema version 1 (PostgreSQL, openGauss, KingbaseES): who acted in a
-- consultation. A component of its own beside "affairs", so that consultations stored before it
-- existed read back with their actors unrecorded. Portable subset as in "affairs".

-- seq_no -1 is the proposer; seq_no 0, 1, ... the status change of the same number in af_con_hist.
CREATE TABLE ${prefix}af_con_actor (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  actor_id VARCHAR(80) NOT NULL,
  CONSTRAINT ${prefix}af_con_actor_pk PRIMARY KEY (consultation_id, seq_no)
);
