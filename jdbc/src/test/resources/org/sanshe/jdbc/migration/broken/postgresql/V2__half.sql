create table ${prefix}half (id bigint not null primary key);
insert into ${prefix}nowhere (id) values (1);
