-- Sanshe registry, schema version 3 (Dameng and other Oracle-flavoured databases): a street's
-- landings read from one index (issue 12). Same portable subset as version 1.

-- Each landing row repeats its organization's area_key (street or district) and the version of
-- the organization that wrote it, so that a listing of one street reads the landings of its page
-- from one range of an index (no join, no lookup per organization) and can tell a row another
-- server rewrote after the page's main rows were read.
ALTER TABLE ${prefix}reg_org_landing ADD area_key VARCHAR2(12);
ALTER TABLE ${prefix}reg_org_landing ADD org_version NUMBER(19);

UPDATE ${prefix}reg_org_landing SET
  area_key = (SELECT o.area_key FROM ${prefix}reg_org o
              WHERE o.org_id = ${prefix}reg_org_landing.org_id),
  org_version = (SELECT o.version FROM ${prefix}reg_org o
                 WHERE o.org_id = ${prefix}reg_org_landing.org_id);

-- Every column a listing reads, so that the database answers from the index alone.
CREATE INDEX ${prefix}reg_org_landing_a ON ${prefix}reg_org_landing
  (area_key, org_id, ord, org_version, community, from_day, until_day);
