-- Sanshe time bank, schema version 3 (Dameng and other Oracle-flavoured databases: type names only differ): balance checkpoints, so
-- that a restart reads the latest checkpoint and replays only the journal entries after it.

-- One row per checkpoint: the entry it follows, that entry's chain hash, the donation pool and how
-- many account and reservation rows belong to it (all written in one transaction).
CREATE TABLE ${prefix}tb_checkpoint (
  ledger_no NUMBER(10) NOT NULL,
  seq NUMBER(19) NOT NULL,
  ts NUMBER(19) NOT NULL,
  h0 NUMBER(19) NOT NULL,
  h1 NUMBER(19) NOT NULL,
  h2 NUMBER(19) NOT NULL,
  h3 NUMBER(19) NOT NULL,
  pool NUMBER(10) NOT NULL,
  accounts NUMBER(10) NOT NULL,
  reservations NUMBER(10) NOT NULL,
  saved_at NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_checkpoint_pk PRIMARY KEY (ledger_no, seq)
);

CREATE TABLE ${prefix}tb_cp_account (
  ledger_no NUMBER(10) NOT NULL,
  seq NUMBER(19) NOT NULL,
  account_no NUMBER(10) NOT NULL,
  account_id VARCHAR2(64) NOT NULL,
  kind NUMBER(5) NOT NULL,
  status NUMBER(5) NOT NULL,
  min_minutes NUMBER(19) NOT NULL,
  cap_minutes NUMBER(19) NOT NULL,
  balance NUMBER(19) NOT NULL,
  pending_dr NUMBER(19) NOT NULL,
  pending_cr NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_cp_account_pk PRIMARY KEY (ledger_no, seq, account_no)
);

CREATE TABLE ${prefix}tb_cp_pending (
  ledger_no NUMBER(10) NOT NULL,
  seq NUMBER(19) NOT NULL,
  pending_seq NUMBER(19) NOT NULL,
  deadline NUMBER(19) NOT NULL,
  amount NUMBER(19) NOT NULL,
  debit NUMBER(10) NOT NULL,
  credit NUMBER(10) NOT NULL,
  kind NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}tb_cp_pending_pk PRIMARY KEY (ledger_no, seq, pending_seq)
);
