-- Sanshe Party register of social organizations, schema version 1 (PostgreSQL, openGauss,
-- KingbaseES): joint branches, one versioned Party record per organization, dual-reporting records,
-- service stations and the coverage counters. Portable subset: application-assigned keys, no
-- BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; dates as epoch days (INTEGER), times as epoch
-- milliseconds (BIGINT) with the nanoseconds below the millisecond beside them; ${prefix} is the
-- table prefix (default sanshe_). Party members appear only as keyed hashes (64 hex digits).

-- Joint Party branches (联合党支部), each of one street or town.
CREATE TABLE ${prefix}pty_branch (
  branch_id VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  street VARCHAR(9) NOT NULL,
  formed_day INTEGER NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}pty_branch_pk PRIMARY KEY (branch_id)
);

-- One Party record per organization; a change is UPDATE ... WHERE version = ?.
CREATE TABLE ${prefix}pty_affil (
  org_id VARCHAR(64) NOT NULL,
  street VARCHAR(9) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  branch_id VARCHAR(64),
  since_day INTEGER NOT NULL,
  version BIGINT NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}pty_affil_pk PRIMARY KEY (org_id)
);
CREATE INDEX ${prefix}pty_affil_br_ix ON ${prefix}pty_affil (branch_id, org_id);

-- Coverage counters: organizations per street and kind, moved in the same transaction as every
-- Party record, so a report reads at most four rows per street and never the records.
CREATE TABLE ${prefix}pty_count (
  street VARCHAR(9) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  district VARCHAR(6) NOT NULL,
  n BIGINT NOT NULL,
  CONSTRAINT ${prefix}pty_count_pk PRIMARY KEY (street, kind)
);
CREATE INDEX ${prefix}pty_count_d_ix ON ${prefix}pty_count (district, street);

-- Dual-reporting records (双报到).
CREATE TABLE ${prefix}pty_dual (
  report_id VARCHAR(64) NOT NULL,
  member_hash CHAR(64) NOT NULL,
  org_id VARCHAR(64) NOT NULL,
  community VARCHAR(12) NOT NULL,
  direction VARCHAR(32) NOT NULL,
  reported_day INTEGER NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}pty_dual_pk PRIMARY KEY (report_id)
);
CREATE INDEX ${prefix}pty_dual_org_ix ON ${prefix}pty_dual (org_id, report_id);

-- Party-member volunteer service stations (党员志愿服务站).
CREATE TABLE ${prefix}pty_station (
  station_id VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  community VARCHAR(12) NOT NULL,
  host_id VARCHAR(64),
  opened_day INTEGER NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_ns INTEGER NOT NULL,
  CONSTRAINT ${prefix}pty_station_pk PRIMARY KEY (station_id)
);
CREATE INDEX ${prefix}pty_station_c_ix ON ${prefix}pty_station (community, station_id);
