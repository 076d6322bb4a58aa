-- Several application nodes (issue 7/7): sessions live in the database (Spring Session JDBC, its PostgreSQL
-- schema), scheduled jobs take a lock row first so that one node runs each (ShedLock), and the audit log may
-- lose rows only past the retention period, never younger than six months, whatever the application says.

create table spring_session (
    primary_id             char(36)      not null,
    session_id             char(36)      not null,
    creation_time          bigint        not null,
    last_access_time       bigint        not null,
    max_inactive_interval  int           not null,
    expiry_time            bigint        not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamptz   not null,
    locked_at   timestamptz   not null,
    locked_by   varchar(255)  not null
);

-- The audit log stays append-only, with one exception: the retention job, which declares itself for its own
-- transaction (set local registry.audit_purge = 'on'), may delete rows older than six months.
create or replace function audit_event_reject_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('registry.audit_purge', true) = 'on'
            and old.occurred_at < now() - interval '6 months' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
