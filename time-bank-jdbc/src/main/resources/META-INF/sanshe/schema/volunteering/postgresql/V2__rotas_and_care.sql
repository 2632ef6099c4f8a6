-- Sanshe volunteering, schema version 2 (PostgreSQL, openGauss, KingbaseES): patrol rotas with their
-- swaps and absences, and care pairings (结对) with their visits (issue 17). Same portable subset as
-- version 1; dates are epoch days (INTEGER), local times nanoseconds of the day and lengths
-- nanoseconds (BIGINT), so that they read back exactly.

-- Rotas. n_slots and n_changes count the child rows; a rota's weekly slots are written once, with
-- the rota; swaps and absences are appended in the order made.
CREATE TABLE ${prefix}vo_rota (
  rota_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  team_id VARCHAR(64) COLLATE "C" NOT NULL,
  org_id VARCHAR(64) NOT NULL,
  category_code VARCHAR(64) NOT NULL,
  zone_id VARCHAR(64) NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  drawn_by VARCHAR(64) NOT NULL,
  drawn_ms BIGINT NOT NULL,
  drawn_ns INTEGER NOT NULL,
  n_slots INTEGER NOT NULL,
  n_changes INTEGER NOT NULL,
  CONSTRAINT ${prefix}vo_rota_pk PRIMARY KEY (rota_id)
);
CREATE INDEX ${prefix}vo_rota_team ON ${prefix}vo_rota (team_id, rota_id);

-- The weekly slots: day_code 1 Monday .. 7 Sunday.
CREATE TABLE ${prefix}vo_rota_slot (
  rota_id VARCHAR(64) COLLATE "C" NOT NULL,
  slot_no INTEGER NOT NULL,
  day_code SMALLINT NOT NULL,
  start_nod BIGINT NOT NULL,
  length_nanos BIGINT NOT NULL,
  place_text VARCHAR(200),
  n_members INTEGER NOT NULL,
  CONSTRAINT ${prefix}vo_rota_slot_pk PRIMARY KEY (rota_id, slot_no)
);

-- The members of each slot, in order, with the account their shifts are credited to.
CREATE TABLE ${prefix}vo_rota_member (
  rota_id VARCHAR(64) COLLATE "C" NOT NULL,
  slot_no INTEGER NOT NULL,
  seq_no INTEGER NOT NULL,
  volunteer_id VARCHAR(64) NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}vo_rota_member_pk PRIMARY KEY (rota_id, slot_no, seq_no)
);

-- Swaps and absences in the order made; an absence has no replacement (repl_id NULL).
CREATE TABLE ${prefix}vo_rota_change (
  rota_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  shift_day INTEGER NOT NULL,
  slot_no INTEGER NOT NULL,
  member_id VARCHAR(64) NOT NULL,
  repl_id VARCHAR(64),
  repl_account VARCHAR(64),
  CONSTRAINT ${prefix}vo_rota_change_pk PRIMARY KEY (rota_id, seq_no)
);

-- Care pairings: a volunteer (volunteer_id) or a team (team_id) paired with a resident known only
-- by a keyed hash. need_code 1 lone elderly, 2 left-behind child, 3 disabled.
CREATE TABLE ${prefix}vo_care (
  pairing_id VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  resident_hash CHAR(64) COLLATE "C" NOT NULL,
  need_code SMALLINT NOT NULL,
  volunteer_id VARCHAR(64),
  team_id VARCHAR(64),
  org_id VARCHAR(64) NOT NULL,
  category_code VARCHAR(64) NOT NULL,
  paired_by VARCHAR(64) NOT NULL,
  paired_ms BIGINT NOT NULL,
  paired_ns INTEGER NOT NULL,
  ended_ms BIGINT,
  ended_ns INTEGER,
  n_visits INTEGER NOT NULL,
  CONSTRAINT ${prefix}vo_care_pk PRIMARY KEY (pairing_id)
);
CREATE INDEX ${prefix}vo_care_res ON ${prefix}vo_care (resident_hash, pairing_id);

-- The visits recorded as service, in order: the service records' ids.
CREATE TABLE ${prefix}vo_care_visit (
  pairing_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  CONSTRAINT ${prefix}vo_care_visit_pk PRIMARY KEY (pairing_id, seq_no)
);
