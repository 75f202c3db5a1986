-- Organisation units: nation → province → commune (xã/phường/đặc khu) → agency → sub-agency.
-- Materialised path of codes ("/VN/31/11446/11446-UBND/") + level: a subtree is one indexed prefix query.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create table org_unit (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name          varchar(255) not null,
    kind          varchar(20)  not null check (kind in ('NATION', 'PROVINCE', 'COMMUNE', 'AGENCY')),
    subkind       varchar(30)  not null,
    parent_id     bigint references org_unit (id),
    path          varchar(400) not null unique,
    level         smallint     not null check (level between 0 and 6),
    province_code varchar(2),
    commune_code  varchar(5),
    active        boolean      not null default true,
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    check ((kind = 'NATION') = (parent_id is null))
);
create index org_unit_path_prefix on org_unit (path text_pattern_ops);
create index org_unit_parent on org_unit (parent_id);
create index org_unit_province on org_unit (province_code, kind);

-- A rename or move closes the old version here; ids stay stable.
create table org_unit_history (
    id          bigserial primary key,
    org_unit_id bigint       not null references org_unit (id),
    code        varchar(40)  not null,
    name        varchar(255) not null,
    parent_id   bigint,
    path        varchar(400) not null,
    valid_from  timestamptz  not null,
    valid_to    timestamptz  not null,
    changed_by  varchar(60)
);
create index org_unit_history_unit on org_unit_history (org_unit_id, valid_to);
