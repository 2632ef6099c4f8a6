-- Sanshe community affairs, schema version 3 (Dameng and other Oracle-flavoured databases: type names
-- only differ): open channels (issue 17). A preset channel keeps its stable channel_code (1..7); an
-- integrator-defined channel is stored as channel_code 0 with its code in channel_text. Rows of
-- versions 1 and 2 are presets.
ALTER TABLE ${prefix}af_matter ADD channel_text VARCHAR2(40);
