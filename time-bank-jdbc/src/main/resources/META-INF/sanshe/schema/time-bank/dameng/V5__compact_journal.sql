-- Sanshe time bank, schema version 5 (Dameng and other Oracle-flavoured databases: type names only differ): the compact journal.
-- tb_entry replaces tb_journal (whose rows are copied, then the table dropped):
-- * no chain hash per row: tb_mark keeps the hash of every 256th entry and tb_ledger the head; the
--   store recomputes the others from the mark before them when it reads, so a changed, renamed or
--   removed entry is still found (at the next mark or the head at the latest);
-- * columns ordered widest first (no alignment padding) and the client id stored as '' when there
--   is none (a row without NULLs needs no null bitmap; '' and NULL mean the same here);
-- * blk = seq / 65536, so that the account indexes hold one key per account and block, whose
--   entries PostgreSQL 13 and later store as one posting list (a few bytes per entry);
-- * an index on the client key, so that a ledger restarted from a checkpoint looks up the keys it
--   has not read back yet instead of waiting for all of them (a retried id is never applied twice).
CREATE TABLE ${prefix}tb_entry (
  seq NUMBER(19) NOT NULL,
  ts NUMBER(19) NOT NULL,
  client_key NUMBER(19) NOT NULL,
  amount NUMBER(19) NOT NULL,
  ref NUMBER(19) NOT NULL,
  ledger_no NUMBER(10) NOT NULL,
  debit NUMBER(10) NOT NULL,
  credit NUMBER(10) NOT NULL,
  blk NUMBER(10) NOT NULL,
  kind NUMBER(5) NOT NULL,
  phase NUMBER(5) NOT NULL,
  client_id VARCHAR2(128),
  CONSTRAINT ${prefix}tb_entry_pk PRIMARY KEY (ledger_no, seq)
);

-- The chain hash after every entry whose sequence is a multiple of 256.
CREATE TABLE ${prefix}tb_mark (
  ledger_no NUMBER(10) NOT NULL,
  seq NUMBER(19) NOT NULL,
  h0 NUMBER(19) NOT NULL,
  h1 NUMBER(19) NOT NULL,
  h2 NUMBER(19) NOT NULL,
  h3 NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_mark_pk PRIMARY KEY (ledger_no, seq)
);

INSERT INTO ${prefix}tb_entry (seq, ts, client_key, amount, ref, ledger_no, debit, credit, blk, kind,
  phase, client_id)
SELECT seq, ts, client_key, amount, ref, ledger_no, debit, credit, FLOOR(seq / 65536), kind, phase,
  COALESCE(client_id, '')
FROM ${prefix}tb_journal;

INSERT INTO ${prefix}tb_mark (ledger_no, seq, h0, h1, h2, h3)
SELECT ledger_no, seq, h0, h1, h2, h3 FROM ${prefix}tb_journal WHERE MOD(seq, 256) = 0;

DROP TABLE ${prefix}tb_journal;

CREATE INDEX ${prefix}tb_entry_dr ON ${prefix}tb_entry (ledger_no, debit, blk);

CREATE INDEX ${prefix}tb_entry_cr ON ${prefix}tb_entry (ledger_no, credit, blk);

CREATE INDEX ${prefix}tb_entry_key ON ${prefix}tb_entry (ledger_no, client_key);
