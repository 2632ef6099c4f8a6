-- Sanshe time bank, schema version 2 (PostgreSQL, openGauss, KingbaseES): service records and roles.
-- Portable subset: application-assigned keys, BIGINT epoch milliseconds (plus the nanoseconds within
-- the millisecond, so that an Instant reads back exactly), no BOOLEAN, BYTEA, JSON, sequences or
-- upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not told apart.

-- Service records (志愿服务记录) of a ledger: added once, then only their status moves on. seq_no is
-- the order in which they were added, drawn from tb_counter (unique per ledger: no two servers tie).
CREATE TABLE ${prefix}tb_record (
  ledger_no INTEGER NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  seq_no BIGINT NOT NULL,
  volunteer_id VARCHAR(64) NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  org_id VARCHAR(64) NOT NULL,
  category_code VARCHAR(64) NOT NULL,
  item_code VARCHAR(64),
  started_ms BIGINT NOT NULL,
  started_ns INTEGER NOT NULL,
  ended_ms BIGINT NOT NULL,
  ended_ns INTEGER NOT NULL,
  place_text VARCHAR(200),
  beneficiary_id VARCHAR(64),
  recorded_by VARCHAR(64) NOT NULL,
  recorded_ms BIGINT NOT NULL,
  recorded_ns INTEGER NOT NULL,
  status_code SMALLINT NOT NULL,
  credited_min BIGINT NOT NULL,
  verified_by VARCHAR(64),
  corrects_id VARCHAR(64),
  corrected_by VARCHAR(64),
  CONSTRAINT ${prefix}tb_record_pk PRIMARY KEY (ledger_no, record_id),
  CONSTRAINT ${prefix}tb_record_seq_uq UNIQUE (ledger_no, seq_no)
);

CREATE INDEX ${prefix}tb_record_vol ON ${prefix}tb_record (ledger_no, volunteer_id, seq_no);

-- Counters of a ledger (1: the order of service records). A writer moves a counter on with
-- UPDATE ... SET next_no = next_no + 1, whose row lock makes concurrent writers take turns.
CREATE TABLE ${prefix}tb_counter (
  ledger_no INTEGER NOT NULL,
  counter_code SMALLINT NOT NULL,
  next_no BIGINT NOT NULL,
  CONSTRAINT ${prefix}tb_counter_pk PRIMARY KEY (ledger_no, counter_code)
);

-- Who holds which role: 1 coordinator of an organization, 2 guardian of a ward, 3 operator (whose
-- subject is '*', never a valid party id).
CREATE TABLE ${prefix}tb_role (
  ledger_no INTEGER NOT NULL,
  role_code SMALLINT NOT NULL,
  party_id VARCHAR(64) NOT NULL,
  subject_id VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}tb_role_pk PRIMARY KEY (ledger_no, role_code, party_id, subject_id)
);
