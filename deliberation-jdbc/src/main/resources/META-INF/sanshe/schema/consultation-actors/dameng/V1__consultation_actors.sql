-- Sanshe consultation actors, schema version 1 (Dameng and other Oracle-flavoured databases): who acted in a
-- consultation. A component of its own beside "affairs", so that consultations stored before it
-- existed read back with their actors unrecorded. Portable subset as in "affairs".

-- seq_no -1 is the proposer; seq_no 0, 1, ... the status change of the same number in af_con_hist.
CREATE TABLE ${prefix}af_con_actor (
  consultation_id VARCHAR2(64) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  actor_id VARCHAR2(80) NOT NULL,
  CONSTRAINT ${prefix}af_con_actor_pk PRIMARY KEY (consultation_id, seq_no)
);
