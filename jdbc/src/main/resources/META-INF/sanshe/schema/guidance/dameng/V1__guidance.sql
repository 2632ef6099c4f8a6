-- Sanshe guidance lists, schema version 1 (Dameng and other Oracle-flavoured databases: type names
-- only differ): a district's project guidance list for a year (项目指导目录) and the status of each
-- need on it (issue 18). Portable subset: application-assigned keys, dates as epoch-day NUMBER(10),
-- enums as their constant names, no BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; ${prefix} is
-- the table prefix (default sanshe_). Empty text and NULL are not told apart. Ids sort in binary
-- order (as Java orders them), Dameng's default.

-- One row per district and year; version moves with every save (two writers take turns on it).
CREATE TABLE ${prefix}gd_list (
  district VARCHAR2(12) NOT NULL,
  gd_year NUMBER(10) NOT NULL,
  version NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}gd_list_pk PRIMARY KEY (district, gd_year)
);

-- The needs on a list with their status; upd_version is the list's version that wrote the row
-- (rows are rewritten with every save). description is free text up to 10,000 characters.
CREATE TABLE ${prefix}gd_need (
  district VARCHAR2(12) NOT NULL,
  gd_year NUMBER(10) NOT NULL,
  need_id VARCHAR2(64) NOT NULL,
  channel VARCHAR2(32) NOT NULL,
  category VARCHAR2(32) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  reported_on NUMBER(10) NOT NULL,
  description CLOB NOT NULL,
  status VARCHAR2(16) NOT NULL,
  upd_version NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}gd_need_pk PRIMARY KEY (district, gd_year, need_id)
);
