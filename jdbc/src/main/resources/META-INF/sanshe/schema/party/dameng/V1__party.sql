-- Sanshe Party register of social organizations, schema version 1 (Dameng and other
-- Oracle-flavoured databases: type names only differ): joint branches, one versioned Party record per organization, dual-reporting records,
-- service stations and the coverage counters. Portable subset: application-assigned keys, no
-- BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; dates as epoch days (NUMBER(10)), times as epoch
-- milliseconds (NUMBER(19)) with the nanoseconds below the millisecond beside them; ${prefix} is the
-- table prefix (default sanshe_). Party members appear only as keyed hashes (64 hex digits).

-- Joint Party branches (联合党支部), each of one street or town.
CREATE TABLE ${prefix}pty_branch (
  branch_id VARCHAR2(256) NOT NULL,
  name VARCHAR2(800) NOT NULL,
  street VARCHAR2(9) NOT NULL,
  formed_day NUMBER(10) NOT NULL,
  recorded_by VARCHAR2(256) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}pty_branch_pk PRIMARY KEY (branch_id)
);

-- One Party record per organization; a change is UPDATE ... WHERE version = ?.
CREATE TABLE ${prefix}pty_affil (
  org_id VARCHAR2(256) NOT NULL,
  street VARCHAR2(9) NOT NULL,
  kind VARCHAR2(16) NOT NULL,
  branch_id VARCHAR2(256),
  since_day NUMBER(10) NOT NULL,
  version NUMBER(19) NOT NULL,
  recorded_by VARCHAR2(256) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}pty_affil_pk PRIMARY KEY (org_id)
);
CREATE INDEX ${prefix}pty_affil_br_ix ON ${prefix}pty_affil (branch_id, org_id);

-- Coverage counters: organizations per street and kind, moved in the same transaction as every
-- Party record, so a report reads at most four rows per street and never the records.
CREATE TABLE ${prefix}pty_count (
  street VARCHAR2(9) NOT NULL,
  kind VARCHAR2(16) NOT NULL,
  district VARCHAR2(6) NOT NULL,
  n NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}pty_count_pk PRIMARY KEY (street, kind)
);
CREATE INDEX ${prefix}pty_count_d_ix ON ${prefix}pty_count (district, street);

-- Dual-reporting records (双报到).
CREATE TABLE ${prefix}pty_dual (
  report_id VARCHAR2(256) NOT NULL,
  member_hash CHAR(64) NOT NULL,
  org_id VARCHAR2(256) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  direction VARCHAR2(32) NOT NULL,
  reported_day NUMBER(10) NOT NULL,
  recorded_by VARCHAR2(256) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}pty_dual_pk PRIMARY KEY (report_id)
);
CREATE INDEX ${prefix}pty_dual_org_ix ON ${prefix}pty_dual (org_id, report_id);

-- Party-member volunteer service stations (党员志愿服务站).
CREATE TABLE ${prefix}pty_station (
  station_id VARCHAR2(256) NOT NULL,
  name VARCHAR2(800) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  host_id VARCHAR2(256),
  opened_day NUMBER(10) NOT NULL,
  recorded_by VARCHAR2(256) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}pty_station_pk PRIMARY KEY (station_id)
);
CREATE INDEX ${prefix}pty_station_c_ix ON ${prefix}pty_station (community, station_id);
