-- Sanshe votes, schema version 1 (PostgreSQL, openGauss, KingbaseES): secret votes.
-- Portable subset: application-assigned keys, BIGINT epoch milliseconds (plus the nanoseconds within
-- the millisecond, so that an Instant reads back exactly), no BOOLEAN, BYTEA, JSON, sequences or
-- upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not told apart.
--
-- Secrecy: who voted (vt_register) and how many chose what (vt_counter) are stored apart. A register
-- row holds the vote and the voter's roster position only: no time, no sequence, no choice. Counters
-- are sums; a cast adds its ballot to one stripe (chosen at random) and touches that stripe's row of
-- every option, so no stored value, not even a row's last writer, tells which option a voter chose.

-- A vote's terms, fixed when it is added, and its version (moved by updates, not by ballots).
CREATE TABLE ${prefix}vt_vote (
  vote_id VARCHAR(64) NOT NULL,
  version_no BIGINT NOT NULL,
  subject_text VARCHAR(200) NOT NULL,
  opens_ms BIGINT NOT NULL,
  opens_ns INTEGER NOT NULL,
  closes_ms BIGINT NOT NULL,
  closes_ns INTEGER NOT NULL,
  by_area SMALLINT NOT NULL,
  elector_count INTEGER NOT NULL,
  option_count SMALLINT NOT NULL,
  stripe_count SMALLINT NOT NULL,
  CONSTRAINT ${prefix}vt_vote_pk PRIMARY KEY (vote_id)
);

-- The options in ballot order.
CREATE TABLE ${prefix}vt_option (
  vote_id VARCHAR(64) NOT NULL,
  option_no SMALLINT NOT NULL,
  option_code VARCHAR(40) NOT NULL,
  CONSTRAINT ${prefix}vt_option_pk PRIMARY KEY (vote_id, option_no)
);

-- The roster in order, with exclusive floor areas in square centimetres (0 by headcount only).
CREATE TABLE ${prefix}vt_elector (
  vote_id VARCHAR(64) NOT NULL,
  position_no INTEGER NOT NULL,
  voter_id VARCHAR(64) NOT NULL,
  area_cm2 BIGINT NOT NULL,
  CONSTRAINT ${prefix}vt_elector_pk PRIMARY KEY (vote_id, position_no),
  CONSTRAINT ${prefix}vt_elector_uq UNIQUE (vote_id, voter_id)
);

-- The voter register: that a voter has voted. The key refuses a second ballot.
CREATE TABLE ${prefix}vt_register (
  vote_id VARCHAR(64) NOT NULL,
  position_no INTEGER NOT NULL,
  CONSTRAINT ${prefix}vt_register_pk PRIMARY KEY (vote_id, position_no)
);

-- The counters: per option and stripe, ballots and the sum of their areas. An option's count is the
-- sum over its stripes; stripes let concurrent casts lock different rows.
CREATE TABLE ${prefix}vt_counter (
  vote_id VARCHAR(64) NOT NULL,
  stripe_no SMALLINT NOT NULL,
  option_no SMALLINT NOT NULL,
  ballots BIGINT NOT NULL,
  area_cm2 BIGINT NOT NULL,
  CONSTRAINT ${prefix}vt_counter_pk PRIMARY KEY (vote_id, stripe_no, option_no)
);
