-- Sanshe volunteering, schema version 3: indexes for a volunteer's shifts across every rota (the rotas
-- naming a volunteer on a weekly slot or as the replacement of a swap, issue 17).
CREATE INDEX ${prefix}vo_rota_mem_vol ON ${prefix}vo_rota_member (volunteer_id, rota_id);
CREATE INDEX ${prefix}vo_rota_chg_repl ON ${prefix}vo_rota_change (repl_id, rota_id);
