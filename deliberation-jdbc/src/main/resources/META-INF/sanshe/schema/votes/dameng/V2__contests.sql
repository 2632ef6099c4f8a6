-- Sanshe votes, schema version 2 (Dameng and other Oracle-flavoured databases: type names only
-- differ): proposal contests. title_text holds at most 200 characters, stored in UTF-8: 800 bytes.
-- Portable subset as in version 1. Exact fractions (the judges' share, judges' weights) are stored as
-- their text a/b, which Fraction.parse reads back.

-- A contest, its rules and its version.
CREATE TABLE ${prefix}ct_contest (
  contest_id VARCHAR2(64) NOT NULL,
  version_no NUMBER(19) NOT NULL,
  title_text VARCHAR2(800) NOT NULL,
  judge_share VARCHAR2(100) NOT NULL,
  max_score NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}ct_contest_pk PRIMARY KEY (contest_id)
);

-- Entries in the order they joined.
CREATE TABLE ${prefix}ct_entry (
  contest_id VARCHAR2(64) NOT NULL,
  entry_no NUMBER(10) NOT NULL,
  entry_id VARCHAR2(64) NOT NULL,
  CONSTRAINT ${prefix}ct_entry_pk PRIMARY KEY (contest_id, entry_no),
  CONSTRAINT ${prefix}ct_entry_uq UNIQUE (contest_id, entry_id)
);

-- Judges in the order they were appointed, with their weights.
CREATE TABLE ${prefix}ct_judge (
  contest_id VARCHAR2(64) NOT NULL,
  judge_no NUMBER(10) NOT NULL,
  judge_id VARCHAR2(64) NOT NULL,
  weight_text VARCHAR2(100) NOT NULL,
  CONSTRAINT ${prefix}ct_judge_pk PRIMARY KEY (contest_id, judge_no),
  CONSTRAINT ${prefix}ct_judge_uq UNIQUE (contest_id, judge_id)
);

-- Scores, one per judge and entry.
CREATE TABLE ${prefix}ct_score (
  contest_id VARCHAR2(64) NOT NULL,
  judge_no NUMBER(10) NOT NULL,
  entry_no NUMBER(10) NOT NULL,
  score NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}ct_score_pk PRIMARY KEY (contest_id, judge_no, entry_no)
);

-- Public votes, one count per entry.
CREATE TABLE ${prefix}ct_votes (
  contest_id VARCHAR2(64) NOT NULL,
  entry_no NUMBER(10) NOT NULL,
  votes NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}ct_votes_pk PRIMARY KEY (contest_id, entry_no)
);
