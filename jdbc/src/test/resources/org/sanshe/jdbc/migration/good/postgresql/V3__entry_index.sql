create index ${prefix}entry_acct on ${prefix}entry (ledger_id, account_id);
