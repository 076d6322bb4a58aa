-- The registry (一人一档): children and elders, their visits and the field-level history of every change.

create extension if not exists pg_trgm;

create sequence elder_seq increment by 50;
create table elder (
    id                  bigint       primary key,
    version             bigint       not null default 0,
    status              varchar(12)  not null default 'ACTIVE' check (status in ('ACTIVE', 'EXITED')),
    exit_reason         varchar(24),
    exit_date           date,
    exit_note           varchar(200),
    name                varchar(50)  not null,
    pinyin_full         varchar(200) not null default '',
    pinyin_initials     varchar(50)  not null default '',
    sex                 varchar(8)   not null check (sex in ('MALE', 'FEMALE')),
    ethnicity           varchar(20),
    birth_date          date         not null,
    id_number           varchar(18)  unique,
    village_code        varchar(12)  not null references region (code),
    current_address     varchar(200),
    phone               varchar(20),
    marital_status      varchar(16),
    children_count      integer,
    living_arrangement  varchar(24),
    health              varchar(12),
    self_care           varchar(16),
    economic_source     varchar(100),
    policies            varchar(300),
    needs               varchar(200),
    contact_name        varchar(50),
    contact_phone       varchar(20),
    responsible_cadre   varchar(50),
    cadre_phone         varchar(20),
    notes               varchar(1000),
    last_visit_date     date,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index elder_village_idx on elder (village_code, id);
create index elder_name_trgm_idx on elder using gin (name gin_trgm_ops);

create table elder_child_away (
    elder_id   bigint       not null references elder (id),
    position   integer      not null,
    name       varchar(50)  not null,
    work_place varchar(100),
    phone      varchar(20),
    primary key (elder_id, position)
);

create sequence child_seq increment by 50;
create table child (
    id                       bigint       primary key,
    version                  bigint       not null default 0,
    status                   varchar(12)  not null default 'ACTIVE' check (status in ('ACTIVE', 'EXITED')),
    exit_reason              varchar(24),
    exit_date                date,
    exit_note                varchar(200),
    left_behind              boolean      not null,
    in_difficulty            boolean      not null,
    difficulty_categories    varchar(200) not null default '',
    name                     varchar(50)  not null,
    pinyin_full              varchar(200) not null default '',
    pinyin_initials          varchar(50)  not null default '',
    sex                      varchar(8)   not null check (sex in ('MALE', 'FEMALE')),
    ethnicity                varchar(20),
    birth_date               date         not null,
    id_number                varchar(18)  unique,
    has_hukou                boolean      not null,
    hukou_address            varchar(200),
    village_code             varchar(12)  not null references region (code),
    current_address          varchar(200),
    phone                    varchar(20),
    father_name              varchar(50),
    father_id_number         varchar(18),
    father_birth_date        date,
    father_phone             varchar(20),
    father_status            varchar(16),
    father_work_place        varchar(100),
    mother_name              varchar(50),
    mother_id_number         varchar(18),
    mother_birth_date        date,
    mother_phone             varchar(20),
    mother_status            varchar(16),
    mother_work_place        varchar(100),
    grandfather_name         varchar(50),
    grandfather_birth_date   date,
    grandmother_name         varchar(50),
    grandmother_birth_date   date,
    maternal_grandfather_name       varchar(50),
    maternal_grandfather_birth_date date,
    maternal_grandmother_name       varchar(50),
    maternal_grandmother_birth_date date,
    guardian_kind            varchar(24),
    guardianship_type        varchar(24),
    delegated                boolean      not null default false,
    delegate_elder_id        bigint       references elder (id),
    delegate_name            varchar(50),
    delegate_id_number       varchar(18),
    delegate_phone           varchar(20),
    delegate_relation        varchar(30),
    delegate_address         varchar(200),
    schooling                varchar(24),
    school_name              varchar(100),
    grade                    varchar(30),
    boarding                 boolean      not null default false,
    health                   varchar(12),
    disability_category      varchar(30),
    disability_grade         varchar(10),
    illness                  varchar(100),
    income_sources           varchar(200) not null default '',
    assistance               varchar(300) not null default '',
    responsible_cadre        varchar(50),
    cadre_phone              varchar(20),
    notes                    varchar(1000),
    -- Derived by KeyTargets from the fields above, written by the same code path that changes them.
    flag_unattended          boolean      not null default false,
    flag_one_away_incapable  boolean      not null default false,
    flag_dropout             boolean      not null default false,
    flag_no_hukou            boolean      not null default false,
    flag_hardship            boolean      not null default false,
    flag_serious_illness     boolean      not null default false,
    flag_disabled            boolean      not null default false,
    key_target               boolean      not null default false,
    last_visit_date          date,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null
);
create index child_village_idx on child (village_code, id);
create index child_birth_idx on child (birth_date, id);
create index child_name_trgm_idx on child using gin (name gin_trgm_ops);
create index child_pinyin_idx on child (pinyin_full text_pattern_ops);
create index child_initials_idx on child (pinyin_initials text_pattern_ops);
create index child_key_target_idx on child (village_code, id) where key_target;
create index child_name_birth_idx on child (name, birth_date);

create sequence visit_seq increment by 50;
create table visit (
    id              bigint       primary key,
    person_type     varchar(8)   not null check (person_type in ('CHILD', 'ELDER')),
    person_id       bigint       not null,
    visit_date      date         not null,
    visitor         varchar(50)  not null,
    kind            varchar(12)  not null check (kind in ('HOME', 'CALL_ON', 'FOLLOW_UP', 'PHONE')),
    findings        varchar(1000) not null,
    follow_up_needed boolean     not null default false,
    follow_up       varchar(500),
    recorded_by     varchar(40)  not null,
    recorded_at     timestamptz  not null
);
create index visit_person_idx on visit (person_type, person_id, visit_date desc);

-- Field-level history: one row per change of a record, one row per changed field.
create sequence record_change_seq increment by 50;
create table record_change (
    id           bigint       primary key,
    person_type  varchar(8)   not null check (person_type in ('CHILD', 'ELDER')),
    person_id    bigint       not null,
    changed_at   timestamptz  not null,
    actor        varchar(40)  not null,
    action       varchar(16)  not null check (action in ('CREATED', 'UPDATED', 'EXITED', 'RESTORED', 'VISITED')),
    summary      varchar(300)
);
create index record_change_person_idx on record_change (person_type, person_id, changed_at desc);

create table record_change_field (
    change_id  bigint        not null references record_change (id),
    position   integer       not null,
    field      varchar(60)   not null,
    before     varchar(1000),
    after      varchar(1000),
    primary key (change_id, position)
);
