-- Personnel registry (issue 3): leaving keeps the file, marked; who changed a file last; import jobs.
alter table person
    add column left_on      date,
    add column leave_reason varchar(300),
    add column updated_by   varchar(60);
alter table person add constraint person_citizen_id_unique unique (citizen_id);
create index person_position on person (job_position_code);

-- An uploaded roster: validated into a preview, then committed all or nothing.
create table import_job (
    id             bigserial primary key,
    kind           varchar(30)  not null,
    username       varchar(60)  not null,
    scope_path     varchar(400) not null,
    file_name      varchar(255) not null,
    file_sha256    varchar(64)  not null,
    content        bytea        not null,
    status         varchar(20)  not null check (status in ('VALIDATING', 'INVALID', 'READY', 'COMMITTING', 'DONE', 'FAILED')),
    total_rows     integer      not null default 0,
    processed_rows integer      not null default 0,
    new_rows       integer      not null default 0,
    updated_rows   integer      not null default 0,
    unchanged_rows integer      not null default 0,
    problems       jsonb,
    error          text,
    created_at     timestamptz  not null default now(),
    finished_at    timestamptz
);
create index import_job_user on import_job (username, created_at desc);
