-- Sanshe consultation forms, schema version 1 (PostgreSQL, openGauss, KingbaseES): open consultation
-- forms (issue 17). A component of its own beside "affairs". A preset form keeps its stable
-- form_code (1..5); an integrator-defined form is stored as form_code 0 with its code in form_text.
-- Rows written before read as presets.
ALTER TABLE ${prefix}af_con ADD form_text VARCHAR(40);

-- The parties the rules of a consultation require for forms other than the five presets (whose
-- requirements stay in af_con.req_*), one row per form that requires any, written with the
-- consultation and rewritten with its other details on every update.
CREATE TABLE ${prefix}af_con_freq (
  consultation_id VARCHAR(64) COLLATE "C" NOT NULL,
  form_text VARCHAR(40) COLLATE "C" NOT NULL,
  parties_text VARCHAR(200) NOT NULL,
  CONSTRAINT ${prefix}af_con_freq_pk PRIMARY KEY (consultation_id, form_text)
);
