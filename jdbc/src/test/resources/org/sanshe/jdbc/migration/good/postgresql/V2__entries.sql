-- Entries refer to accounts: applying V2 before V1 fails.
create table ${prefix}entry (
  ledger_id varchar(40) not null,
  seq bigint not null,
  account_id varchar(40) not null,
  note varchar(80),
  primary key (ledger_id, seq),
  foreign key (ledger_id, account_id) references ${prefix}account (ledger_id, account_id)
);
insert into ${prefix}account (ledger_id, account_id, opened_at) values ('l1', 'issuance', 0);
insert into ${prefix}entry (ledger_id, seq, account_id, note) values ('l1', 1, 'issuance', 'a; b');
