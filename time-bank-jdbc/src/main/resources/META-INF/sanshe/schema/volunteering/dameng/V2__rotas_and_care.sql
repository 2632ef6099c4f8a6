-- Sanshe volunteering, schema version 2 (Dameng and other Oracle-flavoured databases: type names only differ): patrol rotas with their
-- swaps and absences, and care pairings (结对) with their visits (issue 17). Same portable subset as
-- version 1; dates are epoch days, local times nanoseconds of the day and lengths nanoseconds, so that
-- they read back exactly.

-- Rotas. n_slots and n_changes count the child rows; a rota's weekly slots are written once, with
-- the rota; swaps and absences are appended in the order made.
CREATE TABLE ${prefix}vo_rota (
  rota_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  team_id VARCHAR2(256) NOT NULL,
  org_id VARCHAR2(256) NOT NULL,
  category_code VARCHAR2(256) NOT NULL,
  zone_id VARCHAR2(256) NOT NULL,
  first_day NUMBER(10) NOT NULL,
  last_day NUMBER(10) NOT NULL,
  drawn_by VARCHAR2(256) NOT NULL,
  drawn_ms NUMBER(19) NOT NULL,
  drawn_ns NUMBER(10) NOT NULL,
  n_slots NUMBER(10) NOT NULL,
  n_changes NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}vo_rota_pk PRIMARY KEY (rota_id)
);
CREATE INDEX ${prefix}vo_rota_team ON ${prefix}vo_rota (team_id, rota_id);

-- The weekly slots: day_code 1 Monday .. 7 Sunday.
CREATE TABLE ${prefix}vo_rota_slot (
  rota_id VARCHAR2(256) NOT NULL,
  slot_no NUMBER(10) NOT NULL,
  day_code NUMBER(5) NOT NULL,
  start_nod NUMBER(19) NOT NULL,
  length_nanos NUMBER(19) NOT NULL,
  place_text VARCHAR2(800),
  n_members NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}vo_rota_slot_pk PRIMARY KEY (rota_id, slot_no)
);

-- The members of each slot, in order, with the account their shifts are credited to.
CREATE TABLE ${prefix}vo_rota_member (
  rota_id VARCHAR2(256) NOT NULL,
  slot_no NUMBER(10) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  volunteer_id VARCHAR2(256) NOT NULL,
  account_id VARCHAR2(256) NOT NULL,
  CONSTRAINT ${prefix}vo_rota_member_pk PRIMARY KEY (rota_id, slot_no, seq_no)
);

-- Swaps and absences in the order made; an absence has no replacement (repl_id NULL).
CREATE TABLE ${prefix}vo_rota_change (
  rota_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  shift_day NUMBER(10) NOT NULL,
  slot_no NUMBER(10) NOT NULL,
  member_id VARCHAR2(256) NOT NULL,
  repl_id VARCHAR2(256),
  repl_account VARCHAR2(256),
  CONSTRAINT ${prefix}vo_rota_change_pk PRIMARY KEY (rota_id, seq_no)
);

-- Care pairings: a volunteer (volunteer_id) or a team (team_id) paired with a resident known only
-- by a keyed hash. need_code 1 lone elderly, 2 left-behind child, 3 disabled.
CREATE TABLE ${prefix}vo_care (
  pairing_id VARCHAR2(256) NOT NULL,
  version NUMBER(19) NOT NULL,
  resident_hash CHAR(64) NOT NULL,
  need_code NUMBER(5) NOT NULL,
  volunteer_id VARCHAR2(256),
  team_id VARCHAR2(256),
  org_id VARCHAR2(256) NOT NULL,
  category_code VARCHAR2(256) NOT NULL,
  paired_by VARCHAR2(256) NOT NULL,
  paired_ms NUMBER(19) NOT NULL,
  paired_ns NUMBER(10) NOT NULL,
  ended_ms NUMBER(19),
  ended_ns NUMBER(10),
  n_visits NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}vo_care_pk PRIMARY KEY (pairing_id)
);
CREATE INDEX ${prefix}vo_care_res ON ${prefix}vo_care (resident_hash, pairing_id);

-- The visits recorded as service, in order: the service records' ids.
CREATE TABLE ${prefix}vo_care_visit (
  pairing_id VARCHAR2(256) NOT NULL,
  seq_no NUMBER(10) NOT NULL,
  record_id VARCHAR2(256) NOT NULL,
  CONSTRAINT ${prefix}vo_care_visit_pk PRIMARY KEY (pairing_id, seq_no)
);
