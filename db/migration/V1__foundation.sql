-- Foundation: regions, organisations, accounts and the append-only audit trail.

-- Regions: a tree of 12-digit statistical division codes (统计用区划代码). A region's subtree is
-- every code that starts with its significant prefix (county 6 digits, town 9, village 12).
create table region (
    code        varchar(12)  primary key check (code ~ '^[0-9]{12}$'),
    name        varchar(100) not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWN', 'VILLAGE')),
    parent_code varchar(12)  references region (code),
    kind        varchar(16)  not null default 'OTHER'
        check (kind in ('COUNTY', 'TOWN', 'TOWNSHIP', 'SUBDISTRICT', 'VILLAGE', 'COMMUNITY', 'OTHER')),
    sort_order  integer      not null default 0
);
create index region_parent_idx on region (parent_code);

-- Organisations: county departments (公安局, 教育局 …) and town units (派出所, 学校, 镇社会事业办 …).
create sequence organisation_seq increment by 50;
create table organisation (
    id              bigint       primary key,
    code            varchar(40)  not null unique,
    name            varchar(100) not null,
    kind            varchar(24)  not null
        check (kind in ('COUNTY_DEPARTMENT', 'TOWN_OFFICE', 'POLICE_STATION', 'SCHOOL', 'KINDERGARTEN',
                        'CLINIC', 'VILLAGE_COMMITTEE', 'INSTITUTION', 'SOCIAL_WORK', 'OTHER')),
    department_type varchar(24)
        check (department_type in ('CIVIL_AFFAIRS', 'POLICE', 'EDUCATION', 'HEALTH', 'WOMEN', 'DISABLED',
                                   'HUMAN_RESOURCES', 'POVERTY', 'JUSTICE', 'FINANCE', 'YOUTH_LEAGUE',
                                   'COURT', 'PROCURATORATE', 'INSPECTION', 'COMPREHENSIVE_GOVERNANCE',
                                   'ELDERLY_CARE_COMMITTEE', 'TOWN', 'OTHER')),
    region_code     varchar(12)  not null references region (code),
    sort_order      integer      not null default 0,
    active          boolean      not null default true,
    version         bigint       not null default 0
);
create index organisation_region_idx on organisation (region_code);

-- Accounts: one role and one scope each, a region (its subtree) or an organisation.
create sequence account_seq increment by 50;
create table account (
    id                    bigint       primary key,
    username              varchar(40)  not null,
    display_name          varchar(60)  not null,
    password_hash         varchar(120) not null,
    role                  varchar(16)  not null
        check (role in ('ADMIN', 'COUNTY', 'TOWN', 'VILLAGE', 'DEPARTMENT', 'REPORTER', 'INSPECTOR')),
    scope_region_code     varchar(12)  references region (code),
    scope_organisation_id bigint       references organisation (id),
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default true,
    failed_attempts       integer      not null default 0,
    locked_until          timestamptz,
    -- Bumped when an account is disabled or its password is reset: sessions that logged in under
    -- an older epoch are ended on their next request, on whichever node they arrive.
    session_epoch         integer      not null default 0,
    password_changed_at   timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    constraint account_scope_check check (
        (role in ('DEPARTMENT', 'REPORTER') and scope_organisation_id is not null and scope_region_code is null)
        or (role in ('COUNTY', 'TOWN', 'VILLAGE', 'INSPECTOR') and scope_region_code is not null and scope_organisation_id is null)
        or (role = 'ADMIN' and scope_organisation_id is null))
);
create unique index account_username_uq on account (lower(username));

-- Audit: append-only. The database itself refuses UPDATE, DELETE and TRUNCATE.
create sequence audit_event_seq increment by 50;
create table audit_event (
    id               bigint       primary key,
    occurred_at      timestamptz  not null,
    actor_account_id bigint,
    actor_username   varchar(40),
    ip               varchar(45),
    action           varchar(40)  not null,
    object_type      varchar(40),
    object_id        varchar(64),
    outcome          varchar(12)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    detail           varchar(1000)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_username, occurred_at desc);
create index audit_event_ip_failures_idx on audit_event (ip, occurred_at) where action = 'LOGIN' and outcome = 'FAILURE';

create function audit_event_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_reject_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_reject_change();
