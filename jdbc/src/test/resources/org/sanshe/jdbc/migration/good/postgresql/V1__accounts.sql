-- Accounts of a test ledger (the migrator's own test schema).
-- A comment line with a semicolon at its end must not split anything;
create table ${prefix}account (
  ledger_id varchar(40) not null,
  account_id varchar(40) not null,
  -- a comment inside a statement
  opened_at bigint not null,
  primary key (ledger_id, account_id)
);
