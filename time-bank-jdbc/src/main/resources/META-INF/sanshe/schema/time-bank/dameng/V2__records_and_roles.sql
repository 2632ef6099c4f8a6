-- Sanshe time bank, schema version 2 (Dameng and other Oracle-flavoured databases: type names only
-- differ): service records and roles.
-- Portable subset: application-assigned keys, NUMBER(19) epoch milliseconds (plus the nanoseconds
-- within the millisecond, so that an Instant reads back exactly), no BOOLEAN, BYTEA, JSON, sequences
-- or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not told apart.
-- place_text holds at most 200 characters, stored in UTF-8: 800 bytes whatever the length semantics.

-- Service records (志愿服务记录) of a ledger: added once, then only their status moves on. seq_no is
-- the order in which they were added, drawn from tb_counter (unique per ledger: no two servers tie).
CREATE TABLE ${prefix}tb_record (
  ledger_no NUMBER(10) NOT NULL,
  record_id VARCHAR2(64) NOT NULL,
  seq_no NUMBER(19) NOT NULL,
  volunteer_id VARCHAR2(64) NOT NULL,
  account_id VARCHAR2(64) NOT NULL,
  org_id VARCHAR2(64) NOT NULL,
  category_code VARCHAR2(64) NOT NULL,
  item_code VARCHAR2(64),
  started_ms NUMBER(19) NOT NULL,
  started_ns NUMBER(10) NOT NULL,
  ended_ms NUMBER(19) NOT NULL,
  ended_ns NUMBER(10) NOT NULL,
  place_text VARCHAR2(800),
  beneficiary_id VARCHAR2(64),
  recorded_by VARCHAR2(64) NOT NULL,
  recorded_ms NUMBER(19) NOT NULL,
  recorded_ns NUMBER(10) NOT NULL,
  status_code NUMBER(5) NOT NULL,
  credited_min NUMBER(19) NOT NULL,
  verified_by VARCHAR2(64),
  corrects_id VARCHAR2(64),
  corrected_by VARCHAR2(64),
  CONSTRAINT ${prefix}tb_record_pk PRIMARY KEY (ledger_no, record_id),
  CONSTRAINT ${prefix}tb_record_seq_uq UNIQUE (ledger_no, seq_no)
);

CREATE INDEX ${prefix}tb_record_vol ON ${prefix}tb_record (ledger_no, volunteer_id, seq_no);

-- Counters of a ledger (1: the order of service records). A writer moves a counter on with
-- UPDATE ... SET next_no = next_no + 1, whose row lock makes concurrent writers take turns.
CREATE TABLE ${prefix}tb_counter (
  ledger_no NUMBER(10) NOT NULL,
  counter_code NUMBER(5) NOT NULL,
  next_no NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}tb_counter_pk PRIMARY KEY (ledger_no, counter_code)
);

-- Who holds which role: 1 coordinator of an organization, 2 guardian of a ward, 3 operator (whose
-- subject is '*', never a valid party id).
CREATE TABLE ${prefix}tb_role (
  ledger_no NUMBER(10) NOT NULL,
  role_code NUMBER(5) NOT NULL,
  party_id VARCHAR2(64) NOT NULL,
  subject_id VARCHAR2(64) NOT NULL,
  CONSTRAINT ${prefix}tb_role_pk PRIMARY KEY (ledger_no, role_code, party_id, subject_id)
);
