-- Sanshe time bank, schema version 5: an index on the client key of journal entries, so that a
-- ledger restarted from a checkpoint accepts commands at once and looks up each client key it has
-- not read back yet (a retried id is never applied twice) instead of waiting for all older keys.
CREATE INDEX ${prefix}tb_journal_key ON ${prefix}tb_journal (ledger_no, client_key);
