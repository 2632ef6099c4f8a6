-- Sanshe programmes, schema version 1 (PostgreSQL, openGauss, KingbaseES): funding programmes and
-- their calls, applications, and programme budgets with their journal of movements (issue 18).
-- Portable subset: application-assigned keys, dates as epoch-day INTEGER, times as epoch-ms
-- BIGINT, amounts as BIGINT fen, enums as their constant names, no BOOLEAN, BYTEA, JSON, arrays,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are
-- not told apart. Ids sort with COLLATE "C" (code-point order, as Java orders them).

-- One row per programme. elig_domains is a bit mask of the funded service domains (bit = ordinal,
-- 0 = every domain); elig_grade the minimum grade's number of A's (0 = none); elig_reg 1 when
-- registration is required.
CREATE TABLE ${prefix}prg_programme (
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  prg_name VARCHAR(200) NOT NULL,
  sponsor VARCHAR(200) NOT NULL,
  prg_year INTEGER NOT NULL,
  kind VARCHAR(32) NOT NULL,
  budget_fen BIGINT NOT NULL,
  elig_domains INTEGER NOT NULL,
  elig_grade SMALLINT NOT NULL,
  elig_reg SMALLINT NOT NULL,
  CONSTRAINT ${prefix}prg_programme_pk PRIMARY KEY (programme_id)
);

CREATE INDEX ${prefix}prg_programme_yr ON ${prefix}prg_programme (prg_year, programme_id);

-- The calls of a programme in the order opened; version is the programme's version that wrote the
-- row (rows are rewritten with every save), closed_on NULL while not closed early.
CREATE TABLE ${prefix}prg_call (
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  call_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  ord INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  opens_on INTEGER NOT NULL,
  closes_on INTEGER NOT NULL,
  closed_on INTEGER,
  CONSTRAINT ${prefix}prg_call_pk PRIMARY KEY (programme_id, call_id)
);

-- The needs a call covers.
CREATE TABLE ${prefix}prg_call_need (
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  call_id VARCHAR(64) COLLATE "C" NOT NULL,
  need_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT ${prefix}prg_call_need_pk PRIMARY KEY (programme_id, call_id, need_id)
);

-- One row per application; a project applies to a call once (unique key). origin_kind and
-- origin_ref are both NULL for an organization's own application.
CREATE TABLE ${prefix}prg_application (
  application_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  call_id VARCHAR(64) COLLATE "C" NOT NULL,
  applicant_id VARCHAR(64) COLLATE "C" NOT NULL,
  project_id VARCHAR(64) COLLATE "C" NOT NULL,
  svc_domain VARCHAR(32) NOT NULL,
  requested_fen BIGINT NOT NULL,
  applied_on INTEGER NOT NULL,
  origin_kind VARCHAR(32),
  origin_ref VARCHAR(64),
  status VARCHAR(16) NOT NULL,
  CONSTRAINT ${prefix}prg_application_pk PRIMARY KEY (application_id),
  CONSTRAINT ${prefix}prg_app_project_uq UNIQUE (programme_id, call_id, project_id)
);

CREATE INDEX ${prefix}prg_app_call ON ${prefix}prg_application (programme_id, call_id, application_id);

-- One row per programme budget: the ceiling, the version (moved by every save: two writers take
-- turns on this row) and how many movements the journal holds.
CREATE TABLE ${prefix}prg_budget (
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  ceiling_fen BIGINT NOT NULL,
  movements BIGINT NOT NULL,
  CONSTRAINT ${prefix}prg_budget_pk PRIMARY KEY (programme_id)
);

-- The running figures per project and source (the report sums these, never the journal);
-- upd_version is the budget version that last wrote the row.
CREATE TABLE ${prefix}prg_bline (
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  project_id VARCHAR(64) COLLATE "C" NOT NULL,
  source VARCHAR(32) COLLATE "C" NOT NULL,
  planned_fen BIGINT NOT NULL,
  committed_fen BIGINT NOT NULL,
  paid_fen BIGINT NOT NULL,
  returned_fen BIGINT NOT NULL,
  upd_version BIGINT NOT NULL,
  CONSTRAINT ${prefix}prg_bline_pk PRIMARY KEY (programme_id, project_id, source)
);

-- The journal: one row per movement, numbered from 1 in each budget.
CREATE TABLE ${prefix}prg_bmove (
  programme_id VARCHAR(64) COLLATE "C" NOT NULL,
  move_no BIGINT NOT NULL,
  project_id VARCHAR(64) COLLATE "C" NOT NULL,
  source VARCHAR(32) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  amount_fen BIGINT NOT NULL,
  actor_id VARCHAR(64) NOT NULL,
  at_ms BIGINT NOT NULL,
  at_nanos INTEGER NOT NULL,
  CONSTRAINT ${prefix}prg_bmove_pk PRIMARY KEY (programme_id, move_no)
);
