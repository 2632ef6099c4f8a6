-- Sanshe satisfaction, schema version 1 (Dameng and other Oracle-flavoured databases: type names only differ): survey responses.
-- Portable subset: application-assigned keys, no BOOLEAN, BYTEA, JSON, arrays, sequences or
-- upserts; ${prefix} is the table prefix (default sanshe_). The respondent is only a keyed hash
-- (64 hex digits), never a raw identity. Subject ids (up to 100 characters) are stored in UTF-8 bytes.

-- One response per respondent, subject and period (the primary key is that uniqueness, led by the
-- period and the subject so that it also serves the reads of a subject or a period). version
-- moves on when a response is replaced, so that two servers replacing it at once cannot both win.
CREATE TABLE ${prefix}sat_response (
  respondent CHAR(64) NOT NULL,
  subject_kind VARCHAR2(16) NOT NULL,
  subject_id VARCHAR2(400) NOT NULL,
  period VARCHAR2(7) NOT NULL,
  version NUMBER(19) NOT NULL,
  category NUMBER(5) NOT NULL,
  questionnaire VARCHAR2(64) NOT NULL,
  n_levels NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}sat_response_pk PRIMARY KEY (period, subject_kind, subject_id, respondent)
);

-- The level of each item of a response, by 0-based position (-1 where unanswered).
CREATE TABLE ${prefix}sat_level (
  respondent CHAR(64) NOT NULL,
  subject_kind VARCHAR2(16) NOT NULL,
  subject_id VARCHAR2(400) NOT NULL,
  period VARCHAR2(7) NOT NULL,
  item_pos NUMBER(10) NOT NULL,
  level_value NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}sat_level_pk
    PRIMARY KEY (period, subject_kind, subject_id, respondent, item_pos)
);
