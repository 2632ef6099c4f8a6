-- Sanshe time bank, schema version 3 (PostgreSQL, openGauss, KingbaseES): balance checkpoints, so
-- that a restart reads the latest checkpoint and replays only the journal entries after it.

-- One row per checkpoint: the entry it follows, that entry's chain hash, the donation pool and how
-- many account and reservation rows belong to it (all written in one transaction).
CREATE TABLE ${prefix}tb_checkpoint (
  ledger_no INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  ts BIGINT NOT NULL,
  h0 BIGINT NOT NULL,
  h1 BIGINT NOT NULL,
  h2 BIGINT NOT NULL,
  h3 BIGINT NOT NULL,
  pool INTEGER NOT NULL,
  accounts INTEGER NOT NULL,
  reservations INTEGER NOT NULL,
  saved_at BIGINT NOT NULL,
  CONSTRAINT ${prefix}tb_checkpoint_pk PRIMARY KEY (ledger_no, seq)
);

CREATE TABLE ${prefix}tb_cp_account (
  ledger_no INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  account_no INTEGER NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  kind SMALLINT NOT NULL,
  status SMALLINT NOT NULL,
  min_minutes BIGINT NOT NULL,
  cap_minutes BIGINT NOT NULL,
  balance BIGINT NOT NULL,
  pending_dr BIGINT NOT NULL,
  pending_cr BIGINT NOT NULL,
  CONSTRAINT ${prefix}tb_cp_account_pk PRIMARY KEY (ledger_no, seq, account_no)
);

CREATE TABLE ${prefix}tb_cp_pending (
  ledger_no INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  pending_seq BIGINT NOT NULL,
  deadline BIGINT NOT NULL,
  amount BIGINT NOT NULL,
  debit INTEGER NOT NULL,
  credit INTEGER NOT NULL,
  kind SMALLINT NOT NULL,
  CONSTRAINT ${prefix}tb_cp_pending_pk PRIMARY KEY (ledger_no, seq, pending_seq)
);
