-- Sanshe satisfaction, schema version 1 (PostgreSQL, openGauss, KingbaseES): survey responses.
-- Portable subset: application-assigned keys, no BOOLEAN, BYTEA, JSON, arrays, sequences or
-- upserts; ${prefix} is the table prefix (default sanshe_). The respondent is only a keyed hash
-- (64 hex digits), never a raw identity.

-- One response per respondent, subject and period (the primary key is that uniqueness, led by the
-- period and the subject so that it also serves the reads of a subject or a period). version
-- moves on when a response is replaced, so that two servers replacing it at once cannot both win.
CREATE TABLE ${prefix}sat_response (
  respondent CHAR(64) NOT NULL,
  subject_kind VARCHAR(16) NOT NULL,
  subject_id VARCHAR(100) COLLATE "C" NOT NULL,
  period VARCHAR(7) NOT NULL,
  version BIGINT NOT NULL,
  category SMALLINT NOT NULL,
  questionnaire VARCHAR(64) NOT NULL,
  n_levels INTEGER NOT NULL,
  CONSTRAINT ${prefix}sat_response_pk PRIMARY KEY (period, subject_kind, subject_id, respondent)
);

-- The level of each item of a response, by 0-based position (-1 where unanswered).
CREATE TABLE ${prefix}sat_level (
  respondent CHAR(64) NOT NULL,
  subject_kind VARCHAR(16) NOT NULL,
  subject_id VARCHAR(100) COLLATE "C" NOT NULL,
  period VARCHAR(7) NOT NULL,
  item_pos INTEGER NOT NULL,
  level_value SMALLINT NOT NULL,
  CONSTRAINT ${prefix}sat_level_pk
    PRIMARY KEY (period, subject_kind, subject_id, respondent, item_pos)
);
