-- Sanshe guidance lists, schema version 1 (PostgreSQL, openGauss, KingbaseES): a district's project
-- guidance list for a year (项目指导目录) and the status of each need on it (issue 18).
-- Portable subset: application-assigned keys, dates as epoch-day INTEGER, enums as their constant
-- names, no BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; ${prefix} is the table prefix
-- (default sanshe_). Empty text and NULL are not told apart. Ids sort with COLLATE "C".

-- One row per district and year; version moves with every save (two writers take turns on it).
CREATE TABLE ${prefix}gd_list (
  district VARCHAR(12) COLLATE "C" NOT NULL,
  gd_year INTEGER NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT ${prefix}gd_list_pk PRIMARY KEY (district, gd_year)
);

-- The needs on a list with their status; upd_version is the list's version that wrote the row
-- (rows are rewritten with every save). description is free text up to 10,000 characters.
CREATE TABLE ${prefix}gd_need (
  district VARCHAR(12) COLLATE "C" NOT NULL,
  gd_year INTEGER NOT NULL,
  need_id VARCHAR(64) COLLATE "C" NOT NULL,
  channel VARCHAR(32) NOT NULL,
  category VARCHAR(32) NOT NULL,
  community VARCHAR(12) NOT NULL,
  reported_on INTEGER NOT NULL,
  description TEXT NOT NULL,
  status VARCHAR(16) NOT NULL,
  upd_version BIGINT NOT NULL,
  CONSTRAINT ${prefix}gd_need_pk PRIMARY KEY (district, gd_year, need_id)
);
