-- Sanshe votes, schema version 2 (PostgreSQL, openGauss, KingbaseES): proposal contests.
-- Portable subset as in version 1. Exact fractions (the judges' share, judges' weights) are stored as
-- their text a/b, which Fraction.parse reads back.

-- A contest, its rules and its version.
CREATE TABLE ${prefix}ct_contest (
  contest_id VARCHAR(64) NOT NULL,
  version_no BIGINT NOT NULL,
  title_text VARCHAR(200) NOT NULL,
  judge_share VARCHAR(100) NOT NULL,
  max_score INTEGER NOT NULL,
  CONSTRAINT ${prefix}ct_contest_pk PRIMARY KEY (contest_id)
);

-- Entries in the order they joined.
CREATE TABLE ${prefix}ct_entry (
  contest_id VARCHAR(64) NOT NULL,
  entry_no INTEGER NOT NULL,
  entry_id VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}ct_entry_pk PRIMARY KEY (contest_id, entry_no),
  CONSTRAINT ${prefix}ct_entry_uq UNIQUE (contest_id, entry_id)
);

-- Judges in the order they were appointed, with their weights.
CREATE TABLE ${prefix}ct_judge (
  contest_id VARCHAR(64) NOT NULL,
  judge_no INTEGER NOT NULL,
  judge_id VARCHAR(64) NOT NULL,
  weight_text VARCHAR(100) NOT NULL,
  CONSTRAINT ${prefix}ct_judge_pk PRIMARY KEY (contest_id, judge_no),
  CONSTRAINT ${prefix}ct_judge_uq UNIQUE (contest_id, judge_id)
);

-- Scores, one per judge and entry.
CREATE TABLE ${prefix}ct_score (
  contest_id VARCHAR(64) NOT NULL,
  judge_no INTEGER NOT NULL,
  entry_no INTEGER NOT NULL,
  score INTEGER NOT NULL,
  CONSTRAINT ${prefix}ct_score_pk PRIMARY KEY (contest_id, judge_no, entry_no)
);

-- Public votes, one count per entry.
CREATE TABLE ${prefix}ct_votes (
  contest_id VARCHAR(64) NOT NULL,
  entry_no INTEGER NOT NULL,
  votes BIGINT NOT NULL,
  CONSTRAINT ${prefix}ct_votes_pk PRIMARY KEY (contest_id, entry_no)
);
