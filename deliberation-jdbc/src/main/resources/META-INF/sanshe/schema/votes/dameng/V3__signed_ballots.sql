-- Sanshe votes, schema version 3 (Dameng and other Oracle-flavoured databases: type names only
-- differ; texts are sized in UTF-8 bytes): signed ballots for owners'
-- assemblies. Portable subset as in version 1. A vote with a vt_scrutiny row is signed; votes
-- stored before this version have none and stay secret, readable as before. A signed vote also
-- keeps vt_register and vt_counter exactly as a secret one; the ballot register below must recount
-- to the counters.

-- How many scrutineers must sign the count of a signed vote.
CREATE TABLE ${prefix}vt_scrutiny (
  vote_id VARCHAR2(64) NOT NULL,
  required_no NUMBER(5) NOT NULL,
  scrutineer_count NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}vt_scrutiny_pk PRIMARY KEY (vote_id)
);

-- The scrutineers in the order they were named (ids, never names).
CREATE TABLE ${prefix}vt_scrutineer (
  vote_id VARCHAR2(64) NOT NULL,
  scrutineer_no NUMBER(5) NOT NULL,
  scrutineer_id VARCHAR2(64) NOT NULL,
  CONSTRAINT ${prefix}vt_scrutineer_pk PRIMARY KEY (vote_id, scrutineer_no),
  CONSTRAINT ${prefix}vt_scrutineer_uq UNIQUE (vote_id, scrutineer_id)
);

-- Written proxy authorizations in the order recorded; the unique key allows one per owner.
CREATE TABLE ${prefix}vt_proxy (
  vote_id VARCHAR2(64) NOT NULL,
  entry_no NUMBER(10) NOT NULL,
  position_no NUMBER(10) NOT NULL,
  proxy_id VARCHAR2(64) NOT NULL,
  document_text VARCHAR2(800) NOT NULL,
  recorded_ms NUMBER(19) NOT NULL,
  recorded_ns NUMBER(10) NOT NULL,
  CONSTRAINT ${prefix}vt_proxy_pk PRIMARY KEY (vote_id, entry_no),
  CONSTRAINT ${prefix}vt_proxy_uq UNIQUE (vote_id, position_no)
);

-- The ballot register of a signed vote in the order cast: owner (roster position), unit, option and
-- who cast it (the owner's id, or the proxy's). The area is the roster's. One ballot per owner.
CREATE TABLE ${prefix}vt_ballot (
  vote_id VARCHAR2(64) NOT NULL,
  entry_no NUMBER(10) NOT NULL,
  position_no NUMBER(10) NOT NULL,
  unit_text VARCHAR2(400) NOT NULL,
  option_no NUMBER(5) NOT NULL,
  cast_by VARCHAR2(64) NOT NULL,
  CONSTRAINT ${prefix}vt_ballot_pk PRIMARY KEY (vote_id, entry_no),
  CONSTRAINT ${prefix}vt_ballot_uq UNIQUE (vote_id, position_no)
);

-- The scrutineers who signed the count, in the order they signed, each once.
CREATE TABLE ${prefix}vt_signature (
  vote_id VARCHAR2(64) NOT NULL,
  entry_no NUMBER(5) NOT NULL,
  scrutineer_no NUMBER(5) NOT NULL,
  CONSTRAINT ${prefix}vt_signature_pk PRIMARY KEY (vote_id, entry_no),
  CONSTRAINT ${prefix}vt_signature_uq UNIQUE (vote_id, scrutineer_no)
);
