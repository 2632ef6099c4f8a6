-- Sanshe registry, schema version 2 (PostgreSQL, openGauss, KingbaseES): what a registration form
-- holds beyond version 1 (issue 19). Same portable subset as version 1.

-- How many rows each new child table holds for an organization (0 for rows written before).
ALTER TABLE ${prefix}reg_org ADD n_detail INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}reg_org ADD n_contacts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}reg_org ADD n_attrs INTEGER DEFAULT 0 NOT NULL;

-- The scalar details, at most one row (ord 0) per organization; absent when nothing is known.
-- legal_rep is personal data. Dates are epoch days.
CREATE TABLE ${prefix}reg_org_detail (
  org_id VARCHAR(64) COLLATE "C" NOT NULL,
  ord INTEGER NOT NULL,
  legal_rep VARCHAR(100),
  email VARCHAR(254),
  website VARCHAR(500),
  addr_place VARCHAR(12),
  addr_line VARCHAR(200),
  biz_scope VARCHAR(500),
  sup_unit VARCHAR(200),
  founded_on INTEGER,
  incubator VARCHAR(64),
  inc_from INTEGER,
  inc_until INTEGER,
  inc_grad INTEGER,
  closed_on INTEGER,
  CONSTRAINT ${prefix}reg_org_detail_pk PRIMARY KEY (org_id, ord)
);

-- Phones (kind P: phone, personal 1 for a person's number) then contact persons (kind C: name,
-- title, phone, personal data), in the record's order.
CREATE TABLE ${prefix}reg_org_contact (
  org_id VARCHAR(64) COLLATE "C" NOT NULL,
  ord INTEGER NOT NULL,
  kind CHAR(1) NOT NULL,
  person_name VARCHAR(100),
  title VARCHAR(100),
  phone VARCHAR(32),
  personal INTEGER NOT NULL,
  CONSTRAINT ${prefix}reg_org_contact_pk PRIMARY KEY (org_id, ord)
);

-- Integrator-defined attributes in key order.
CREATE TABLE ${prefix}reg_org_attr (
  org_id VARCHAR(64) COLLATE "C" NOT NULL,
  ord INTEGER NOT NULL,
  attr_key VARCHAR(64) NOT NULL,
  attr_value VARCHAR(500) NOT NULL,
  CONSTRAINT ${prefix}reg_org_attr_pk PRIMARY KEY (org_id, ord)
);

-- Community workers (社区工作者), one row each; worker_name is personal data; certified_as is the
-- same person's certified social-worker id; left_on is NULL while serving.
CREATE TABLE ${prefix}reg_cworker (
  worker_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  worker_name VARCHAR(100) NOT NULL,
  community VARCHAR(12) COLLATE "C" NOT NULL,
  post VARCHAR(32) NOT NULL,
  since_day INTEGER NOT NULL,
  certified_as VARCHAR(64),
  left_on INTEGER,
  CONSTRAINT ${prefix}reg_cworker_pk PRIMARY KEY (worker_id)
);

CREATE INDEX ${prefix}reg_cworker_comm ON ${prefix}reg_cworker (community, worker_id);
