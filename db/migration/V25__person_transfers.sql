-- Children and elders move (round 2, issue 1/6): the county office transfers a person from one town's village to
-- another's. The person's history records it (the new town sees it there); this log lets the old town, which no
-- longer sees the person, see that and where to the person went. A name and a masked number are kept, no more.
alter table record_change drop constraint record_change_action_check;
alter table record_change add constraint record_change_action_check
    check (action in ('CREATED', 'UPDATED', 'EXITED', 'RESTORED', 'VISITED', 'CASE', 'TRANSFERRED'));

create sequence person_transfer_seq increment by 50;
create table person_transfer (
    id               bigint       primary key,
    person_type      varchar(8)   not null check (person_type in ('CHILD', 'ELDER')),
    person_id        bigint       not null,
    person_name      varchar(50)  not null,
    masked_id_number varchar(18),
    from_village     varchar(12)  not null references region (code),
    to_village       varchar(12)  not null references region (code),
    transferred_at   timestamptz  not null,
    transferred_by   varchar(40)  not null,
    note             varchar(500)
);
create index person_transfer_from_idx on person_transfer (from_village, transferred_at desc);
create index person_transfer_to_idx on person_transfer (to_village, transferred_at desc);
