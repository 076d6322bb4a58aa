-- Reads of people are audited (round 2, issue 1/6): opening a person's page and searching by identity number leave
-- one audit row per user, object and day. This table remembers which of those rows today already has, so that the
-- row and its check are one statement; yesterday's and older keys are deleted by the nightly audit job.
create table audit_daily (
    day          date         not null,
    account_id   bigint       not null,
    action       varchar(40)  not null,
    object_type  varchar(40)  not null,
    object_id    varchar(64)  not null,
    primary key (day, account_id, action, object_type, object_id)
);
