-- Sanshe registry, schema version 1 (Dameng and other Oracle-flavoured databases: type names only
-- differ): organizations, social workers and public-welfare projects.
-- Portable subset: application-assigned keys, dates as epoch-day NUMBER(10), enums as their
-- constant names, no BOOLEAN, BYTEA, JSON, arrays, sequences or upserts; ${prefix} is the table
-- prefix (default sanshe_). Empty text and NULL are not told apart. Ids and division codes sort in
-- binary order (as Java orders them), Dameng's default.
-- Text is stored in UTF-8 bytes: names and titles get four bytes per character.

-- One row per organization. area_key is the street (first 9 digits of the home division) or, for
-- an organization based at district level, the district: results are ordered by (area_key, org_id).
-- The counts n_* tell which child tables hold rows for it; domain_mask repeats reg_org_domain
-- (bit = ordinal of the service domain) so that reading needs no join.
CREATE TABLE ${prefix}reg_org (
  org_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  org_name VARCHAR2(800) NOT NULL,
  legal_form VARCHAR2(32) NOT NULL,
  status VARCHAR2(16) NOT NULL,
  division VARCHAR2(12) NOT NULL,
  area_key VARCHAR2(12) NOT NULL,
  district VARCHAR2(6) NOT NULL,
  uscc CHAR(18),
  registered_on NUMBER(10),
  filing_div VARCHAR2(12),
  filed_on NUMBER(10),
  hub_of VARCHAR2(12),
  federation_of VARCHAR2(12),
  domain_mask NUMBER(10) NOT NULL,
  cw_assistant NUMBER(10) NOT NULL,
  cw_intermediate NUMBER(10) NOT NULL,
  cw_senior NUMBER(10) NOT NULL,
  n_reports NUMBER(10) NOT NULL,
  n_grades NUMBER(10) NOT NULL,
  n_members NUMBER(10) NOT NULL,
  n_landings NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}reg_org_pk PRIMARY KEY (org_id),
  CONSTRAINT ${prefix}reg_org_uscc_uq UNIQUE (uscc),
  CONSTRAINT ${prefix}reg_org_hub_uq UNIQUE (hub_of),
  CONSTRAINT ${prefix}reg_org_fed_uq UNIQUE (federation_of)
);

CREATE INDEX ${prefix}reg_org_area ON ${prefix}reg_org (area_key, org_id);
CREATE INDEX ${prefix}reg_org_district ON ${prefix}reg_org (district, area_key);

-- Annual reports (年报): one per organization and year.
CREATE TABLE ${prefix}reg_org_report (
  org_id VARCHAR2(64) NOT NULL,
  report_year NUMBER(10) NOT NULL,
  submitted_on NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}reg_org_report_pk PRIMARY KEY (org_id, report_year)
);

-- Evaluation grades in the order awarded (ord from 0); grade_level is the number of A's.
CREATE TABLE ${prefix}reg_org_grade (
  org_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  grade_level NUMBER(5) NOT NULL,
  score NUMBER(10) NOT NULL,
  awarded_on NUMBER(10) NOT NULL,
  expires_on NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}reg_org_grade_pk PRIMARY KEY (org_id, ord)
);

-- Federations an organization belongs to, in the order joined.
CREATE TABLE ${prefix}reg_org_member (
  org_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  federation_id VARCHAR2(64) NOT NULL,
  CONSTRAINT ${prefix}reg_org_member_pk PRIMARY KEY (org_id, ord)
);

-- Landings (落地) in communities, in the order made; until_day is NULL while open.
CREATE TABLE ${prefix}reg_org_landing (
  org_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  from_day NUMBER(10) NOT NULL,
  until_day NUMBER(10),
  CONSTRAINT ${prefix}reg_org_landing_pk PRIMARY KEY (org_id, ord)
);

CREATE INDEX ${prefix}reg_org_landing_c ON ${prefix}reg_org_landing (community, org_id);

-- Service domains, one row per organization and domain (for queries by domain).
CREATE TABLE ${prefix}reg_org_domain (
  org_id VARCHAR2(64) NOT NULL,
  domain_code VARCHAR2(32) NOT NULL,
  CONSTRAINT ${prefix}reg_org_domain_pk PRIMARY KEY (org_id, domain_code)
);

CREATE INDEX ${prefix}reg_org_domain_d ON ${prefix}reg_org_domain (domain_code, org_id);

-- Social workers; certificate numbers are unique.
CREATE TABLE ${prefix}reg_worker (
  worker_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  worker_name VARCHAR2(400) NOT NULL,
  qual_level VARCHAR2(16) NOT NULL,
  certificate VARCHAR2(32) NOT NULL,
  employer_id VARCHAR2(64),
  general_practice NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}reg_worker_pk PRIMARY KEY (worker_id),
  CONSTRAINT ${prefix}reg_worker_cert_uq UNIQUE (certificate)
);

CREATE INDEX ${prefix}reg_worker_emp ON ${prefix}reg_worker (employer_id, worker_id);

-- The communities a social worker is assigned to.
CREATE TABLE ${prefix}reg_worker_comm (
  worker_id VARCHAR2(64) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  CONSTRAINT ${prefix}reg_worker_comm_pk PRIMARY KEY (worker_id, community)
);

CREATE INDEX ${prefix}reg_worker_comm_c ON ${prefix}reg_worker_comm (community, worker_id);

-- Public-welfare projects.
CREATE TABLE ${prefix}reg_project (
  project_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  title VARCHAR2(800) NOT NULL,
  implementer_id VARCHAR2(64) NOT NULL,
  status VARCHAR2(24) NOT NULL,
  CONSTRAINT ${prefix}reg_proj_pk PRIMARY KEY (project_id)
);

CREATE INDEX ${prefix}reg_proj_impl ON ${prefix}reg_project (implementer_id, project_id);

-- Host communities of a project.
CREATE TABLE ${prefix}reg_proj_host (
  project_id VARCHAR2(64) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  CONSTRAINT ${prefix}reg_proj_host_pk PRIMARY KEY (project_id, community)
);

CREATE INDEX ${prefix}reg_proj_host_c ON ${prefix}reg_proj_host (community, project_id);

-- Needs a project answers.
CREATE TABLE ${prefix}reg_proj_need (
  project_id VARCHAR2(64) NOT NULL,
  need_id VARCHAR2(64) NOT NULL,
  CONSTRAINT ${prefix}reg_proj_need_pk PRIMARY KEY (project_id, need_id)
);

-- Funding per source, in fen (integer money).
CREATE TABLE ${prefix}reg_proj_fund (
  project_id VARCHAR2(64) NOT NULL,
  source VARCHAR2(24) NOT NULL,
  fen NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}reg_proj_fund_pk PRIMARY KEY (project_id, source)
);

-- Expert reviews held, in order (ord from 0); passed is 0 or 1.
CREATE TABLE ${prefix}reg_proj_review (
  project_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  stage VARCHAR2(16) NOT NULL,
  held_on NUMBER(10) NOT NULL,
  passed NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}reg_proj_review_pk PRIMARY KEY (project_id, ord)
);

-- Expert scores of a review, in order.
CREATE TABLE ${prefix}reg_proj_score (
  project_id VARCHAR2(64) NOT NULL,
  review_ord NUMBER(10) NOT NULL,
  ord NUMBER(10) NOT NULL,
  expert_id VARCHAR2(64) NOT NULL,
  score NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}reg_proj_score_pk PRIMARY KEY (project_id, review_ord, ord)
);
