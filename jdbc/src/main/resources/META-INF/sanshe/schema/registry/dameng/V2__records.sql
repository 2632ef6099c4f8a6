-- Sanshe registry, schema version 2 (Dameng and other Oracle-flavoured databases): what a
-- registration form holds beyond version 1 (issue 19). Same portable subset as version 1; text is
-- stored in UTF-8 bytes, four bytes per character for names and free text.

-- How many rows each new child table holds for an organization (0 for rows written before).
ALTER TABLE ${prefix}reg_org ADD n_detail NUMBER(10) DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}reg_org ADD n_contacts NUMBER(10) DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}reg_org ADD n_attrs NUMBER(10) DEFAULT 0 NOT NULL;

-- The scalar details, at most one row (ord 0) per organization; absent when nothing is known.
-- legal_rep is personal data. Dates are epoch days.
CREATE TABLE ${prefix}reg_org_detail (
  org_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  legal_rep VARCHAR2(400),
  email VARCHAR2(254),
  website VARCHAR2(500),
  addr_place VARCHAR2(12),
  addr_line VARCHAR2(800),
  biz_scope VARCHAR2(2000),
  sup_unit VARCHAR2(800),
  founded_on NUMBER(10),
  incubator VARCHAR2(64),
  inc_from NUMBER(10),
  inc_until NUMBER(10),
  inc_grad NUMBER(10),
  closed_on NUMBER(10),
  CONSTRAINT ${prefix}reg_org_detail_pk PRIMARY KEY (org_id, ord)
);

-- Phones (kind P: phone, personal 1 for a person's number) then contact persons (kind C: name,
-- title, phone, personal data), in the record's order.
CREATE TABLE ${prefix}reg_org_contact (
  org_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  kind CHAR(1) NOT NULL,
  person_name VARCHAR2(400),
  title VARCHAR2(400),
  phone VARCHAR2(32),
  personal NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}reg_org_contact_pk PRIMARY KEY (org_id, ord)
);

-- Integrator-defined attributes in key order.
CREATE TABLE ${prefix}reg_org_attr (
  org_id VARCHAR2(64) NOT NULL,
  ord NUMBER(10) NOT NULL,
  attr_key VARCHAR2(64) NOT NULL,
  attr_value VARCHAR2(2000) NOT NULL,
  CONSTRAINT ${prefix}reg_org_attr_pk PRIMARY KEY (org_id, ord)
);

-- Community workers (社区工作者), one row each; worker_name is personal data; certified_as is the
-- same person's certified social-worker id; left_on is NULL while serving.
CREATE TABLE ${prefix}reg_cworker (
  worker_id VARCHAR2(64) NOT NULL,
  version NUMBER(19) NOT NULL,
  worker_name VARCHAR2(400) NOT NULL,
  community VARCHAR2(12) NOT NULL,
  post VARCHAR2(32) NOT NULL,
  since_day NUMBER(10) NOT NULL,
  certified_as VARCHAR2(64),
  left_on NUMBER(10),
  CONSTRAINT ${prefix}reg_cworker_pk PRIMARY KEY (worker_id)
);

CREATE INDEX ${prefix}reg_cworker_comm ON ${prefix}reg_cworker (community, worker_id);
