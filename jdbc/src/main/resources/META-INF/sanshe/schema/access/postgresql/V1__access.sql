-- Sanshe community work access lists and decisions, schema version 1 (PostgreSQL, openGauss,
-- KingbaseES): every decision of the request-and-approval gate, numbered per community, and the
-- counters per community and day the burden report reads. Portable subset: application-assigned
-- keys, no BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; dates as epoch days (INTEGER), money
-- in integer fen (BIGINT), times as epoch milliseconds (BIGINT) with the nanoseconds below the
-- millisecond beside them; ${prefix} is the table prefix (default sanshe_).

-- The number of decisions recorded per community; moved first by every recording, so two writers
-- on one community take turns and number its decisions without gaps.
CREATE TABLE ${prefix}acc_counter (
  community VARCHAR(12) NOT NULL,
  n BIGINT NOT NULL,
  CONSTRAINT ${prefix}acc_counter_pk PRIMARY KEY (community)
);

-- One row per decision: the request, its approval if any, the outcome (LISTED, APPROVED, REFUSED),
-- the reason of a refusal, the list entry of a listed task, who recorded it and when.
CREATE TABLE ${prefix}acc_decision (
  community VARCHAR(12) NOT NULL,
  seq BIGINT NOT NULL,
  task VARCHAR(64) NOT NULL,
  department VARCHAR(200) NOT NULL,
  handed_day INTEGER NOT NULL,
  appr_body VARCHAR(200),
  appr_day INTEGER,
  appr_ref VARCHAR(200),
  outcome VARCHAR(16) NOT NULL,
  reason VARCHAR(32),
  e_task VARCHAR(64),
  e_title VARCHAR(200),
  e_dept VARCHAR(200),
  e_basis VARCHAR(200),
  e_fen BIGINT,
  recorded_by VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}acc_decision_pk PRIMARY KEY (community, seq)
);
CREATE INDEX ${prefix}acc_dec_day_ix ON ${prefix}acc_decision (community, handed_day, seq);

-- Decisions per community and day of the request, by outcome.
CREATE TABLE ${prefix}acc_day (
  community VARCHAR(12) NOT NULL,
  epoch_day INTEGER NOT NULL,
  listed INTEGER NOT NULL,
  approved INTEGER NOT NULL,
  refused INTEGER NOT NULL,
  CONSTRAINT ${prefix}acc_day_pk PRIMARY KEY (community, epoch_day)
);

-- The access list in force of each issuing district or city, with its version (a revision is
-- UPDATE ... WHERE version = ?), who published it and when; its entries in acc_entry, rewritten
-- with every revision in the same transaction.
CREATE TABLE ${prefix}acc_list (
  issuer VARCHAR(6) NOT NULL,
  version BIGINT NOT NULL,
  published_by VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}acc_list_pk PRIMARY KEY (issuer)
);

CREATE TABLE ${prefix}acc_entry (
  issuer VARCHAR(6) NOT NULL,
  task VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  department VARCHAR(200) NOT NULL,
  legal_basis VARCHAR(200) NOT NULL,
  fen BIGINT NOT NULL,
  CONSTRAINT ${prefix}acc_entry_pk PRIMARY KEY (issuer, task)
);
