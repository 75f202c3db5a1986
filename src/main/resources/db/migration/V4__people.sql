-- Electronic personnel file (hồ sơ cán bộ, công chức). Names stored NFC; search_name is unaccented
-- lower case with đ→d; sort_key is the vi-VN collation key of (given, middle, family).
create table person (
    id                       bigserial primary key,
    personnel_code           varchar(30)  not null unique,
    full_name                varchar(200) not null,
    family_name              varchar(60)  not null,
    middle_name              varchar(100) not null default '',
    given_name               varchar(60)  not null,
    search_name              varchar(200) not null,
    sort_key                 bytea        not null,
    birth_date               date         not null,
    gender                   varchar(1)   not null check (gender in ('M', 'F')),
    ethnicity_code           varchar(2)   not null,
    ethnicity_system         varchar(20)  not null default 'QD1019_2008',
    citizen_id               varchar(12),
    party_member_since       date,
    staff_kind               varchar(20)  not null check (staff_kind in ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG')),
    is_leader                boolean      not null default false,
    title                    varchar(150) not null,
    job_position_code        varchar(40),
    rank_code                varchar(10),
    education_level          varchar(20),
    education_field          varchar(120),
    political_theory         varchar(20)  not null default 'NONE',
    state_management         varchar(30)  not null default 'NONE',
    it_level                 varchar(30),
    language_level           varchar(30),
    sci_tech_background      boolean      not null default false,
    party_committee_member   boolean      not null default false,
    affected_by_reorg        boolean      not null default false,
    joined_on                date,
    org_unit_id              bigint       not null references org_unit (id),
    status                   varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED', 'TRANSFERRED_OUT', 'STREAMLINED')),
    version                  integer      not null default 0,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now()
);
create index person_unit on person (org_unit_id);
create index person_sort on person (sort_key);
create index person_search_trgm on person using gin (search_name gin_trgm_ops);

-- Work history: the open assignment (to_date null) is the current position.
create table assignment (
    id                bigserial primary key,
    person_id         bigint       not null references person (id),
    org_unit_id       bigint       not null references org_unit (id),
    job_position_code varchar(40),
    title             varchar(150) not null,
    from_date         date         not null,
    to_date           date,
    note              varchar(300)
);
create index assignment_person on assignment (person_id, from_date);

alter table app_user add constraint app_user_person foreign key (person_id) references person (id);

-- Marker so the demo province is loaded on first start only.
create table demo_load (
    id         integer primary key check (id = 1),
    province   varchar(2)  not null,
    loaded_at  timestamptz not null default now(),
    people     integer     not null
);
