-- Sanshe time bank, schema version 1 (PostgreSQL, openGauss, KingbaseES).
-- Portable subset: application-assigned keys, BIGINT epoch milliseconds, no BOOLEAN, BYTEA, JSON,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_).

-- One row per ledger: its number (the key of every journal row) and its anchored head, updated in
-- the same transaction as every append, so a truncated journal and a second writer are detected.
CREATE TABLE ${prefix}tb_ledger (
  ledger_no INTEGER NOT NULL,
  ledger_id VARCHAR(64) NOT NULL,
  last_seq BIGINT NOT NULL,
  h0 BIGINT NOT NULL,
  h1 BIGINT NOT NULL,
  h2 BIGINT NOT NULL,
  h3 BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT ${prefix}tb_ledger_pk PRIMARY KEY (ledger_no),
  CONSTRAINT ${prefix}tb_ledger_id_uq UNIQUE (ledger_id)
);

-- The journal: one row per entry, hash-chained (h0..h3 are the SHA-256 chain hash in four words).
CREATE TABLE ${prefix}tb_journal (
  ledger_no INTEGER NOT NULL,
  seq BIGINT NOT NULL,
  ts BIGINT NOT NULL,
  client_key BIGINT NOT NULL,
  client_id VARCHAR(128),
  debit INTEGER NOT NULL,
  credit INTEGER NOT NULL,
  amount BIGINT NOT NULL,
  kind SMALLINT NOT NULL,
  phase SMALLINT NOT NULL,
  ref BIGINT NOT NULL,
  h0 BIGINT NOT NULL,
  h1 BIGINT NOT NULL,
  h2 BIGINT NOT NULL,
  h3 BIGINT NOT NULL,
  CONSTRAINT ${prefix}tb_journal_pk PRIMARY KEY (ledger_no, seq)
);

CREATE INDEX ${prefix}tb_journal_dr ON ${prefix}tb_journal (ledger_no, debit, seq);

CREATE INDEX ${prefix}tb_journal_cr ON ${prefix}tb_journal (ledger_no, credit, seq);

-- Who holds which account.
CREATE TABLE ${prefix}tb_holder (
  ledger_no INTEGER NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  holder VARCHAR(64) NOT NULL,
  seq_no BIGINT NOT NULL,
  CONSTRAINT ${prefix}tb_holder_pk PRIMARY KEY (ledger_no, account_id)
);

CREATE INDEX ${prefix}tb_holder_party ON ${prefix}tb_holder (ledger_no, holder, seq_no);
