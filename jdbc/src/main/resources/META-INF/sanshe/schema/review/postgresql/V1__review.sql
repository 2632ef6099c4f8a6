-- Sanshe expert rosters, schema version 1 (PostgreSQL, openGauss, KingbaseES): a district's expert
-- pool for a year (专家库) with declared ties, and every review panel drawn from it with its seed
-- (issue 18). Portable subset: application-assigned keys, no BOOLEAN, BYTEA, JSON, arrays,
-- sequences or upserts; ${prefix} is the table prefix (default sanshe_). Empty text and NULL are not
-- told apart. Ids sort with COLLATE "C". Expert ids never hold white space, so a panel's lists of
-- experts are stored as ids separated by single spaces.

-- One row per district and year; version moves with every save (two writers take turns on it).
CREATE TABLE ${prefix}rv_roster (
  district VARCHAR(12) COLLATE "C" NOT NULL,
  rv_year INTEGER NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT ${prefix}rv_roster_pk PRIMARY KEY (district, rv_year)
);

-- The enrolled experts (by id only: no personal data) and their declared ties; upd_version is the
-- roster's version that wrote the row (rows are rewritten with every save).
CREATE TABLE ${prefix}rv_expert (
  district VARCHAR(12) COLLATE "C" NOT NULL,
  rv_year INTEGER NOT NULL,
  expert_id VARCHAR(64) COLLATE "C" NOT NULL,
  upd_version BIGINT NOT NULL,
  CONSTRAINT ${prefix}rv_expert_pk PRIMARY KEY (district, rv_year, expert_id)
);

CREATE TABLE ${prefix}rv_tie (
  district VARCHAR(12) COLLATE "C" NOT NULL,
  rv_year INTEGER NOT NULL,
  expert_id VARCHAR(64) COLLATE "C" NOT NULL,
  org_id VARCHAR(64) COLLATE "C" NOT NULL,
  upd_version BIGINT NOT NULL,
  CONSTRAINT ${prefix}rv_tie_pk PRIMARY KEY (district, rv_year, expert_id, org_id)
);

-- One row per panel (one per project and review stage), ord the draw order: the seed, the
-- candidates of the draw, the experts drawn (in draw order) and those seated later by hand.
CREATE TABLE ${prefix}rv_panel (
  district VARCHAR(12) COLLATE "C" NOT NULL,
  rv_year INTEGER NOT NULL,
  project_id VARCHAR(64) COLLATE "C" NOT NULL,
  stage VARCHAR(16) NOT NULL,
  ord INTEGER NOT NULL,
  applicant_id VARCHAR(64) NOT NULL,
  seed BIGINT NOT NULL,
  candidates TEXT NOT NULL,
  drawn TEXT NOT NULL,
  seated TEXT,
  upd_version BIGINT NOT NULL,
  CONSTRAINT ${prefix}rv_panel_pk PRIMARY KEY (district, rv_year, project_id, stage)
);
