-- Sanshe event outbox, schema version 1 (Dameng and other Oracle-flavoured databases: type names only differ).
-- Portable subset: application-assigned keys, NUMBER(19) epoch milliseconds, no BOOLEAN, BYTEA, JSON,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_).

-- One row per event, written by a store in the same transaction as its aggregate. pos is null and
-- waiting is 1 until the relay hands the event out; pos then orders the outbox.
CREATE TABLE ${prefix}outbox (
  event_id VARCHAR2(200) NOT NULL,
  pos NUMBER(19),
  waiting NUMBER(5) NOT NULL,
  aggregate_type VARCHAR2(40) NOT NULL,
  aggregate_id VARCHAR2(64) NOT NULL,
  aggregate_version NUMBER(19) NOT NULL,
  event_index NUMBER(10) NOT NULL,
  event_type VARCHAR2(80) NOT NULL,
  occurred_ms NUMBER(19) NOT NULL,
  occurred_ns NUMBER(10) NOT NULL,
  payload CLOB,
  CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (event_id)
);
CREATE UNIQUE INDEX ${prefix}outbox_pos_ix ON ${prefix}outbox (pos);
CREATE INDEX ${prefix}outbox_wait_ix ON ${prefix}outbox (waiting);

-- The last pos handed out (one row, name 'head'); locking it serializes relays.
CREATE TABLE ${prefix}outbox_head (
  name VARCHAR2(16) NOT NULL,
  pos NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}outbox_head_pk PRIMARY KEY (name)
);
INSERT INTO ${prefix}outbox_head (name, pos) VALUES ('head', 0);

-- Each consumer's acknowledged pos.
CREATE TABLE ${prefix}outbox_ack (
  consumer VARCHAR2(64) NOT NULL,
  pos NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}outbox_ack_pk PRIMARY KEY (consumer)
);
