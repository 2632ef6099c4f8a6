-- Sanshe consultation forms, schema version 1 (Dameng and other Oracle-flavoured databases): open
-- consultation forms (issue 17). A preset form keeps its stable form_code (1..5); an
-- integrator-defined form is stored as form_code 0 with its code in form_text. Rows written before
-- read as presets.
ALTER TABLE ${prefix}af_con ADD form_text VARCHAR2(40);

-- The parties the rules of a consultation require for forms other than the five presets, one row
-- per form that requires any, rewritten with the other details on every update.
CREATE TABLE ${prefix}af_con_freq (
  consultation_id VARCHAR2(64) NOT NULL,
  form_text VARCHAR2(40) NOT NULL,
  parties_text VARCHAR2(200) NOT NULL,
  CONSTRAINT ${prefix}af_con_freq_pk PRIMARY KEY (consultation_id, form_text)
);
