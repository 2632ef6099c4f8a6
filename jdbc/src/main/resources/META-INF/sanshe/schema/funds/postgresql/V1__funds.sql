-- Sanshe community funds, schema version 1 (PostgreSQL, openGauss, KingbaseES): fund state and
-- the append-only journal of fund movements. Portable subset: application-assigned keys, no
-- BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; amounts in integer fen (BIGINT), times as
-- epoch milliseconds (BIGINT); ${prefix} is the table prefix (default sanshe_). Residents appear
-- only as keyed hashes (64 hex digits).

-- One row per fund: its stored version (checked by UPDATE ... WHERE version = ?) and the head of
-- its journal (last sequence number and chain hash), moved in the same transaction as the
-- movements appended.
CREATE TABLE ${prefix}fd_fund (
  fund_id VARCHAR(64) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  name VARCHAR(200) NOT NULL,
  welfare_bp INTEGER NOT NULL,
  last_seq BIGINT NOT NULL,
  head_hash CHAR(64) NOT NULL,
  last_at BIGINT NOT NULL,
  opened_by VARCHAR(64) NOT NULL,
  opened_at BIGINT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT ${prefix}fd_fund_pk PRIMARY KEY (fund_id)
);

-- The accounts of a fund with their balances, in the order opened (pos).
CREATE TABLE ${prefix}fd_account (
  fund_id VARCHAR(64) NOT NULL,
  account_id VARCHAR(80) NOT NULL,
  pos INTEGER NOT NULL,
  kind VARCHAR(16) NOT NULL,
  balance BIGINT NOT NULL,
  CONSTRAINT ${prefix}fd_account_pk PRIMARY KEY (fund_id, account_id)
);

-- Sponsor records (认捐、认领、认养) of a fund, in the order recorded (pos).
CREATE TABLE ${prefix}fd_sponsor (
  fund_id VARCHAR(64) NOT NULL,
  sponsorship_id VARCHAR(64) NOT NULL,
  pos INTEGER NOT NULL,
  sponsor_kind VARCHAR(16) NOT NULL,
  sponsor_id VARCHAR(100) COLLATE "C" NOT NULL,
  project_id VARCHAR(100) COLLATE "C" NOT NULL,
  how VARCHAR(16) NOT NULL,
  pledged BIGINT NOT NULL,
  paid BIGINT NOT NULL,
  transferred BIGINT NOT NULL,
  actor VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  CONSTRAINT ${prefix}fd_sponsor_pk PRIMARY KEY (fund_id, sponsorship_id)
);

-- Movements reversed already (a movement is reversed at most once).
CREATE TABLE ${prefix}fd_reversed (
  fund_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  CONSTRAINT ${prefix}fd_reversed_pk PRIMARY KEY (fund_id, seq)
);

-- The journal: one row per movement, never updated or deleted. A fund's sequence order is also
-- its time order, so (fund_id, at_ms) serves period queries; (cp_kind, cp_id, at_ms) serves the
-- reads by counterparty (a project's or an organization's money from every fund).
CREATE TABLE ${prefix}fd_movement (
  fund_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  kind VARCHAR(24) NOT NULL,
  debited VARCHAR(80) NOT NULL,
  credited VARCHAR(80) NOT NULL,
  amount BIGINT NOT NULL,
  cp_kind VARCHAR(16) NOT NULL,
  cp_id VARCHAR(100) COLLATE "C" NOT NULL,
  actor VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  reverses BIGINT NOT NULL,
  chain_hash CHAR(64) NOT NULL,
  CONSTRAINT ${prefix}fd_movement_pk PRIMARY KEY (fund_id, seq)
);
CREATE INDEX ${prefix}fd_mov_at_ix ON ${prefix}fd_movement (fund_id, at_ms);
CREATE INDEX ${prefix}fd_mov_cp_ix ON ${prefix}fd_movement (cp_kind, cp_id, at_ms);

-- Postings: the two sides of each movement, with the account's balance after it. A statement turns
-- its period into a range of sequence numbers (fd_mov_at_ix), reads its opening balance as the last
-- posting before the range and its movements as the range, both by primary key.
CREATE TABLE ${prefix}fd_posting (
  fund_id VARCHAR(64) NOT NULL,
  account_id VARCHAR(80) NOT NULL,
  seq BIGINT NOT NULL,
  at_ms BIGINT NOT NULL,
  balance_after BIGINT NOT NULL,
  CONSTRAINT ${prefix}fd_posting_pk PRIMARY KEY (fund_id, account_id, seq)
);
