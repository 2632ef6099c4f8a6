-- Sanshe event outbox, schema version 1 (PostgreSQL, openGauss, KingbaseES).
-- Portable subset: application-assigned keys, BIGINT epoch milliseconds, no BOOLEAN, BYTEA, JSON,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_).

-- One row per event, written by a store in the same transaction as its aggregate. pos is null and
-- waiting is 1 until the relay hands the event out; pos then orders the outbox.
CREATE TABLE ${prefix}outbox (
  event_id VARCHAR(200) NOT NULL,
  pos BIGINT,
  waiting SMALLINT NOT NULL,
  aggregate_type VARCHAR(40) NOT NULL,
  aggregate_id VARCHAR(64) NOT NULL,
  aggregate_version BIGINT NOT NULL,
  event_index INTEGER NOT NULL,
  event_type VARCHAR(80) NOT NULL,
  occurred_ms BIGINT NOT NULL,
  occurred_ns INTEGER NOT NULL,
  payload TEXT,
  CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (event_id)
);
CREATE UNIQUE INDEX ${prefix}outbox_pos_ix ON ${prefix}outbox (pos);
CREATE INDEX ${prefix}outbox_wait_ix ON ${prefix}outbox (waiting);

-- The last pos handed out (one row, name 'head'); locking it serializes relays.
CREATE TABLE ${prefix}outbox_head (
  name VARCHAR(16) NOT NULL,
  pos BIGINT NOT NULL,
  CONSTRAINT ${prefix}outbox_head_pk PRIMARY KEY (name)
);
INSERT INTO ${prefix}outbox_head (name, pos) VALUES ('head', 0);

-- Each consumer's acknowledged pos.
CREATE TABLE ${prefix}outbox_ack (
  consumer VARCHAR(64) NOT NULL,
  pos BIGINT NOT NULL,
  CONSTRAINT ${prefix}outbox_ack_pk PRIMARY KEY (consumer)
);
