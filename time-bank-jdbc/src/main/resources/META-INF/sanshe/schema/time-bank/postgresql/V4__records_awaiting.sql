-- Sanshe time bank, schema version 4: an index for a coordinator's queue of service records awaiting
-- verification (status 1, recorded), read by organization in the order recorded.
CREATE INDEX ${prefix}tb_record_org ON ${prefix}tb_record (ledger_no, org_id, status_code, seq_no);
