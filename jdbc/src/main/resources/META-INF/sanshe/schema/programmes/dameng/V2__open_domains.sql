-- Sanshe programmes, schema version 2 (Dameng and other Oracle-flavoured databases): open service
-- domains (issue 17). Same portable subset as version 1.

-- The funded service domains as their codes (presets and integrator-defined), in code order,
-- separated by commas (codes hold none), NULL for every domain: at most 16 codes of at most 32
-- ASCII characters. elig_domains keeps the bits of the preset domains (bit = index of the preset,
-- the former enum's ordinal). Rows written before this version have no codes and are read from
-- elig_domains alone, so no row is rewritten here.
ALTER TABLE ${prefix}prg_programme ADD elig_codes VARCHAR2(600);
