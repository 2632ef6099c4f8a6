-- Sanshe community work access lists and decisions, schema version 1 (Dameng and other
-- Oracle-flavoured databases: type names only differ): every decision of the request-and-approval gate, numbered per community, and the
-- counters per community and day the burden report reads. Portable subset: application-assigned
-- keys, no BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; dates as epoch days (NUMBER(10)), money
-- in integer fen (NUMBER(19)), times as epoch milliseconds (NUMBER(19)) with the nanoseconds below the
-- millisecond beside them; ${prefix} is the table prefix (default sanshe_).

-- The number of decisions recorded per community; moved first by every recording, so two writers
-- on one community take turns and number its decisions without gaps.
CREATE TABLE ${prefix}acc_counter (
  community VARCHAR2(12) NOT NULL,
  n NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}acc_counter_pk PRIMARY KEY (community)
);

-- One row per decision: the request, its approval if any, the outcome (LISTED, APPROVED, REFUSED),
-- the reason of a refusal, the list entry of a listed task, who recorded it and when.
CREATE TABLE ${prefix}acc_decision (
  community VARCHAR2(12) NOT NULL,
  seq NUMBER(19) NOT NULL,
  task VARCHAR2(256) NOT NULL,
  department VARCHAR2(800) NOT NULL,
  handed_day NUMBER(10) NOT NULL,
  appr_body VARCHAR2(800),
  appr_day NUMBER(10),
  appr_ref VARCHAR2(800),
  outcome VARCHAR2(16) NOT NULL,
  reason VARCHAR2(32),
  e_task VARCHAR2(256),
  e_title VARCHAR2(800),
  e_dept VARCHAR2(800),
  e_basis VARCHAR2(800),
  e_fen NUMBER(19),
  recorded_by VARCHAR2(256) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}acc_decision_pk PRIMARY KEY (community, seq)
);
CREATE INDEX ${prefix}acc_dec_day_ix ON ${prefix}acc_decision (community, handed_day, seq);

-- Decisions per community and day of the request, by outcome.
CREATE TABLE ${prefix}acc_day (
  community VARCHAR2(12) NOT NULL,
  epoch_day NUMBER(10) NOT NULL,
  listed NUMBER(10) NOT NULL,
  approved NUMBER(10) NOT NULL,
  refused NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}acc_day_pk PRIMARY KEY (community, epoch_day)
);

-- The access list in force of each issuing district or city, with its version (a revision is
-- UPDATE ... WHERE version = ?), who published it and when; its entries in acc_entry, rewritten
-- with every revision in the same transaction.
CREATE TABLE ${prefix}acc_list (
  issuer VARCHAR2(6) NOT NULL,
  version NUMBER(19) NOT NULL,
  published_by VARCHAR2(256) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}acc_list_pk PRIMARY KEY (issuer)
);

CREATE TABLE ${prefix}acc_entry (
  issuer VARCHAR2(6) NOT NULL,
  task VARCHAR2(256) NOT NULL,
  title VARCHAR2(800) NOT NULL,
  department VARCHAR2(800) NOT NULL,
  legal_basis VARCHAR2(800) NOT NULL,
  fen NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}acc_entry_pk PRIMARY KEY (issuer, task)
);
