-- Sanshe time bank, schema version 1 (Dameng and other Oracle-flavoured databases: type names only differ).
-- Portable subset: application-assigned keys, NUMBER(19) epoch milliseconds, no BOOLEAN, BYTEA, JSON,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_).

-- One row per ledger: its number (the key of every journal row) and its anchored head, updated in
-- the same transaction as every append, so a truncated journal and a second writer are detected.
CREATE TABLE ${prefix}tb_ledger (
  ledger_no NUMBER(10) NOT NULL,
  ledger_id VARCHAR2(64) NOT NULL,
  last_seq NUMBER(19) NOT NULL,
  h0 NUMBER(19) NOT NULL,
  h1 NUMBER(19) NOT NULL,
  h2 NUMBER(19) NOT NULL,
  h3 NUMBER(19) NOT NULL,
  updated_at NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_ledger_pk PRIMARY KEY (ledger_no),
  CONSTRAINT ${prefix}tb_ledger_id_uq UNIQUE (ledger_id)
);

-- The journal: one row per entry, hash-chained (h0..h3 are the SHA-256 chain hash in four words).
CREATE TABLE ${prefix}tb_journal (
  ledger_no NUMBER(10) NOT NULL,
  seq NUMBER(19) NOT NULL,
  ts NUMBER(19) NOT NULL,
  client_key NUMBER(19) NOT NULL,
  client_id VARCHAR2(128),
  debit NUMBER(10) NOT NULL,
  credit NUMBER(10) NOT NULL,
  amount NUMBER(19) NOT NULL,
  kind NUMBER(5) NOT NULL,
  phase NUMBER(5) NOT NULL,
  ref NUMBER(19) NOT NULL,
  h0 NUMBER(19) NOT NULL,
  h1 NUMBER(19) NOT NULL,
  h2 NUMBER(19) NOT NULL,
  h3 NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_journal_pk PRIMARY KEY (ledger_no, seq)
);

CREATE INDEX ${prefix}tb_journal_dr ON ${prefix}tb_journal (ledger_no, debit, seq);

CREATE INDEX ${prefix}tb_journal_cr ON ${prefix}tb_journal (ledger_no, credit, seq);

-- Who holds which account.
CREATE TABLE ${prefix}tb_holder (
  ledger_no NUMBER(10) NOT NULL,
  account_id VARCHAR2(64) NOT NULL,
  holder VARCHAR2(64) NOT NULL,
  seq_no NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_holder_pk PRIMARY KEY (ledger_no, account_id)
);

CREATE INDEX ${prefix}tb_holder_party ON ${prefix}tb_holder (ledger_no, holder, seq_no);
