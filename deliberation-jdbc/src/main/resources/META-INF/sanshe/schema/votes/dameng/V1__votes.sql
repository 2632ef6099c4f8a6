-- Sanshe votes, schema version 1 (Dameng and other Oracle-flavoured databases: type names only
-- differ): secret votes. subject_text holds at most 200 characters, stored in UTF-8: 800 bytes.
-- Portable subset: application-assigned keys, NUMBER(19) epoch milliseconds (plus the nanoseconds within
-- the millisecond, so that an Instant reads back exactly), no BOOLEAN, BYTEA, JSON, sequences or
-- upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not told apart.
--
-- Secrecy: who voted (vt_register) and how many chose what (vt_counter) are stored apart. A register
-- row holds the vote and the voter's roster position only: no time, no sequence, no choice. Counters
-- are sums; a cast adds its ballot to one stripe (chosen at random) and touches that stripe's row of
-- every option, so no stored value, not even a row's last writer, tells which option a voter chose.

-- A vote's terms, fixed when it is added, and its version (moved by updates, not by ballots).
CREATE TABLE ${prefix}vt_vote (
  vote_id VARCHAR2(64) NOT NULL,
  version_no NUMBER(19) NOT NULL,
  subject_text VARCHAR2(800) NOT NULL,
  opens_ms NUMBER(19) NOT NULL,
  opens_ns NUMBER(10) NOT NULL,
  closes_ms NUMBER(19) NOT NULL,
  closes_ns NUMBER(10) NOT NULL,
  by_area NUMBER(5) NOT NULL,
  elector_count NUMBER(10) NOT NULL,
  option_count NUMBER(5) NOT NULL,
  stripe_count NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}vt_vote_pk PRIMARY KEY (vote_id)
);

-- The options in ballot order.
CREATE TABLE ${prefix}vt_option (
  vote_id VARCHAR2(64) NOT NULL,
  option_no NUMBER(5) NOT NULL,
  option_code VARCHAR2(40) NOT NULL,
  CONSTRAINT ${prefix}vt_option_pk PRIMARY KEY (vote_id, option_no)
);

-- The roster in order, with exclusive floor areas in square centimetres (0 by headcount only).
CREATE TABLE ${prefix}vt_elector (
  vote_id VARCHAR2(64) NOT NULL,
  position_no NUMBER(10) NOT NULL,
  voter_id VARCHAR2(64) NOT NULL,
  area_cm2 NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}vt_elector_pk PRIMARY KEY (vote_id, position_no),
  CONSTRAINT ${prefix}vt_elector_uq UNIQUE (vote_id, voter_id)
);

-- The voter register: that a voter has voted. The key refuses a second ballot.
CREATE TABLE ${prefix}vt_register (
  vote_id VARCHAR2(64) NOT NULL,
  position_no NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}vt_register_pk PRIMARY KEY (vote_id, position_no)
);

-- The counters: per option and stripe, ballots and the sum of their areas. An option's count is the
-- sum over its stripes; stripes let concurrent casts lock different rows.
CREATE TABLE ${prefix}vt_counter (
  vote_id VARCHAR2(64) NOT NULL,
  stripe_no NUMBER(5) NOT NULL,
  option_no NUMBER(5) NOT NULL,
  ballots NUMBER(19) NOT NULL,
  area_cm2 NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}vt_counter_pk PRIMARY KEY (vote_id, stripe_no, option_no)
);
