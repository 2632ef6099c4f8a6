-- Sanshe registry, schema version 4 (PostgreSQL, openGauss, KingbaseES): open service domains
-- (issue 17). Same portable subset as version 1.

-- An organization's service domains as their codes (presets and integrator-defined), in code
-- order, separated by commas (codes hold none), NULL for none: at most 16 codes of at most 32
-- characters. domain_mask keeps the bits of the preset domains (bit = index of the preset, the
-- former enum's ordinal). Rows written before this version have no codes and are read from
-- domain_mask alone, so no row is rewritten here; reg_org_domain already held codes.
ALTER TABLE ${prefix}reg_org ADD domain_codes VARCHAR(600);
