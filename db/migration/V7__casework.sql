-- Casework (issue 4/7): the routes of the case types (reference data seeded from the Longli plan, section 五),
-- the cases, their facts and their action logs. Cases are never deleted: they end in a closed state.

alter table record_change drop constraint record_change_action_check;
alter table record_change add constraint record_change_action_check
    check (action in ('CREATED', 'UPDATED', 'EXITED', 'RESTORED', 'VISITED', 'CASE'));

create table case_route (
    case_type          varchar(24)  primary key,
    version            bigint       not null default 0,
    department_type    varchar(24)  not null,
    town_unit_first    boolean      not null,
    time_limit_days    integer      not null check (time_limit_days between 1 and 365),
    lead_unit          varchar(100) not null,
    responsible_units  varchar(300) not null,
    basis              varchar(40)  not null,
    updated_at         timestamptz,
    updated_by         varchar(40)
);

-- Lead and responsible units as the plan names them. The plan's 完成时限 are campaign windows
-- (2016-12-21 to 2017-07-31), not per case; the per-case limits below are the county's to set:
-- a week for dropout follows 五（三）2 ("超过一个星期的，要及时组织劝返").
insert into case_route (case_type, department_type, town_unit_first, time_limit_days, lead_unit, responsible_units, basis) values
('GUARDIANSHIP',     'POLICE',        false, 15, '县公安局', '县民政局、县卫计局、县教育局、县人民法院、县检察院、县司法局、县妇联、各镇（街道）', '五（一）1'),
('DELEGATION',       'TOWN',          true,  30, '各镇（街道）', '村（社区）、县民政局', '五（一）1'),
('TEMPORARY_CARE',   'POLICE',        false,  3, '县公安局', '县民政局（救助管理机构、福利机构）、县教育局', '五（一）2'),
('MANDATORY_REPORT', 'POLICE',        true,   3, '各镇（街道）', '县公安局、县民政局、县教育局、县卫计局、县总工会、县关工委、县残联、县妇联、团县委', '五（二）'),
('DROPOUT',          'EDUCATION',     false,  7, '县教育局', '各镇（街道）、县民政局、县公安局、团县委', '五（三）'),
('HUKOU',            'POLICE',        false, 30, '县公安局', '县民政局、各镇（街道）', '五（四）'),
('SAFETY_NET',       'CIVIL_AFFAIRS', false, 30, '县民政局', '县卫计局、县人社局、县扶贫局、县残联、各镇（街道）', '五（五）');

create sequence case_file_seq increment by 50;
create table case_file (
    id                        bigint       primary key,
    version                   bigint       not null,
    case_type                 varchar(24)  not null references case_route (case_type),
    state                     varchar(24)  not null,
    stage                     varchar(50)  not null,
    closed                    boolean      not null,
    child_id                  bigint       references child (id),
    subject_name              varchar(50)  not null,
    subject_description       varchar(500),
    region_code               varchar(12)  not null references region (code),
    owner_organisation_id     bigint       references organisation (id),
    owner_department_type     varchar(24),
    opened_because            varchar(24)  not null,
    opened_flag               varchar(32),
    opened_at                 timestamptz  not null,
    opened_by                 varchar(40)  not null,
    due_at                    timestamptz  not null,
    closed_at                 timestamptz,
    updated_at                timestamptz  not null,
    severity                  varchar(12),
    situation                 varchar(32),
    reporter_account_id       bigint       references account (id),
    reporter_organisation_id  bigint       references organisation (id),
    reporter_name             varchar(120),
    related_case_id           bigint       references case_file (id),
    -- ",HEALTH,DISABLED,": the lines a safety-net case was referred to; they see it and may grant measures.
    referred_lines            varchar(200)
);
-- One open case of a type per child: the rule auto-opening relies on, kept by the database as well.
create unique index case_file_one_open_idx on case_file (child_id, case_type) where not closed and child_id is not null;
create index case_file_child_idx on case_file (child_id);
create index case_file_region_idx on case_file (region_code) where not closed;
create index case_file_owner_idx on case_file (owner_organisation_id, stage) where not closed;
create index case_file_reporter_idx on case_file (reporter_account_id) where reporter_account_id is not null;

create table case_fact (
    case_id  bigint        not null references case_file (id),
    field    varchar(40)   not null,
    value    varchar(2000) not null,
    primary key (case_id, field)
);

create sequence case_action_seq increment by 50;
create table case_action (
    id                bigint        primary key,
    case_id           bigint        not null references case_file (id),
    at                timestamptz   not null,
    actor_account_id  bigint,
    actor_name        varchar(100)  not null,
    step              varchar(32)   not null,
    from_state        varchar(24),
    to_state          varchar(24)   not null,
    note              varchar(2000)
);
create index case_action_case_idx on case_action (case_id, at);

create table case_action_value (
    action_id  bigint        not null references case_action (id),
    field      varchar(40)   not null,
    value      varchar(2000) not null,
    primary key (action_id, field)
);

-- The action log is append-only, like the audit trail.
create function case_action_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case actions are append-only';
end $$;
create trigger case_action_no_change before update or delete on case_action
    for each row execute function case_action_append_only();
create trigger case_action_value_no_change before update or delete on case_action_value
    for each row execute function case_action_append_only();

-- Work to do once per database after an upgrade, by one node (see EarlierKeyTargetsJob).
create table one_time_job (
    name     varchar(60)  primary key,
    done_at  timestamptz
);
-- Children who were key targets before casework existed get their cases once.
insert into one_time_job (name) values ('open-cases-for-earlier-key-targets');
