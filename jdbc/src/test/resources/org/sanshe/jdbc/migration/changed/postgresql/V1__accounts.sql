-- Accounts of a test ledger, edited after it was applied.
create table ${prefix}account (
  ledger_id varchar(40) not null,
  account_id varchar(60) not null,
  opened_at bigint not null,
  primary key (ledger_id, account_id)
);
