-- Sanshe programmes, schema version 1 (Dameng and other Oracle-flavoured databases: type names only
-- differ): funding programmes and
-- their calls, applications, and programme budgets with their journal of movements (issue 18).
-- Portable subset: application-assigned keys, dates as epoch-day NUMBER(10), times as epoch-ms
-- NUMBER(19), amounts as NUMBER(19) fen, enums as their constant names, no BOOLEAN, BYTEA, JSON, arrays,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are
-- not told apart. Ids sort in binary order (as Java orders them), Dameng's default.
-- Text is stored in UTF-8 bytes: names and titles get four bytes per character.

-- One row per programme. elig_domains is a bit mask of the funded service domains (bit = ordinal,
-- 0 = every domain); elig_grade the minimum grade's number of A's (0 = none); elig_reg 1 when
-- registration is required.
CREATE TABLE ${prefix}prg_programme (
  programme_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  prg_name VARCHAR2(800) NOT NULL,
  sponsor VARCHAR2(800) NOT NULL,
  prg_year NUMBER(10) NOT NULL,
  kind VARCHAR2(32) NOT NULL,
  budget_fen NUMBER(19) NOT NULL,
  elig_domains NUMBER(10) NOT NULL,
  elig_grade NUMBER(5) NOT NULL,
  elig_reg NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}prg_programme_pk PRIMARY KEY (programme_id)
);

CREATE INDEX ${prefix}prg_programme_yr ON ${prefix}prg_programme (prg_year, programme_id);

-- The calls of a programme in the order opened; version is the programme's version that wrote the
-- row (rows are rewritten with every save), closed_on NULL while not closed early.
CREATE TABLE ${prefix}prg_call (
  programme_id VARCHAR2(64) NOT NULL,
  call_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  ord NUMBER(10) NOT NULL,
  title VARCHAR2(800) NOT NULL,
  opens_on NUMBER(10) NOT NULL,
  closes_on NUMBER(10) NOT NULL,
  closed_on NUMBER(10),
  CONSTRAINT ${prefix}prg_call_pk PRIMARY KEY (programme_id, call_id)
);

-- The needs a call covers.
CREATE TABLE ${prefix}prg_call_need (
  programme_id VARCHAR2(64) NOT NULL,
  call_id VARCHAR2(64) NOT NULL,
  need_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}prg_call_need_pk PRIMARY KEY (programme_id, call_id, need_id)
);

-- One row per application; a project applies to a call once (unique key). origin_kind and
-- origin_ref are both NULL for an organization's own application.
CREATE TABLE ${prefix}prg_application (
  application_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  programme_id VARCHAR2(64) NOT NULL,
  call_id VARCHAR2(64) NOT NULL,
  applicant_id VARCHAR2(64) NOT NULL,
  project_id VARCHAR2(64) NOT NULL,
  svc_domain VARCHAR2(32) NOT NULL,
  requested_fen NUMBER(19) NOT NULL,
  applied_on NUMBER(10) NOT NULL,
  origin_kind VARCHAR2(32),
  origin_ref VARCHAR2(64),
  status VARCHAR2(16) NOT NULL,
  CONSTRAINT ${prefix}prg_application_pk PRIMARY KEY (application_id),
  CONSTRAINT ${prefix}prg_app_project_uq UNIQUE (programme_id, call_id, project_id)
);

CREATE INDEX ${prefix}prg_app_call ON ${prefix}prg_application (programme_id, call_id, application_id);

-- One row per programme budget: the ceiling, the version (moved by every save: two writers take
-- turns on this row) and how many movements the journal holds.
CREATE TABLE ${prefix}prg_budget (
  programme_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  ceiling_fen NUMBER(19) NOT NULL,
  movements NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}prg_budget_pk PRIMARY KEY (programme_id)
);

-- The running figures per project and source (the report sums these, never the journal);
-- upd_version is the budget version that last wrote the row.
CREATE TABLE ${prefix}prg_bline (
  programme_id VARCHAR2(64) NOT NULL,
  project_id VARCHAR2(64) NOT NULL,
  source VARCHAR2(32) NOT NULL,
  planned_fen NUMBER(19) NOT NULL,
  committed_fen NUMBER(19) NOT NULL,
  paid_fen NUMBER(19) NOT NULL,
  returned_fen NUMBER(19) NOT NULL,
  upd_version NUMBER(19) NOT NULL,
  CONSTRAINT ${prefix}prg_bline_pk PRIMARY KEY (programme_id, project_id, source)
);

-- The journal: one row per movement, numbered from 1 in each budget.
CREATE TABLE ${prefix}prg_bmove (
  programme_id VARCHAR2(64) NOT NULL,
  move_no NUMBER(19) NOT NULL,
  project_id VARCHAR2(64) NOT NULL,
  source VARCHAR2(32) NOT NULL,
  kind VARCHAR2(16) NOT NULL,
  amount_fen NUMBER(19) NOT NULL,
  actor_id VARCHAR2(64) NOT NULL,
  at_ms NUMBER(19) NOT NULL,
  at_nanos NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}prg_bmove_pk PRIMARY KEY (programme_id, move_no)
);
