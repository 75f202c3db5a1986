-- Users: each bound to one org unit; the unit's path is the user's data scope.
create table app_user (
    id              bigserial primary key,
    username        varchar(60)  not null unique,
    password_hash   varchar(200) not null,
    full_name       varchar(200) not null,
    email           varchar(200),
    role            varchar(30)  not null check (role in ('MINISTRY_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER',
                                                          'UNIT_HEAD', 'STAFF', 'PROVIDER')),
    org_unit_id     bigint       not null references org_unit (id),
    person_id       bigint,
    provider_id     bigint,
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now()
);
create index app_user_unit on app_user (org_unit_id);

-- Append-only audit trail, hash-chained so that tampering shows (hash = sha256(prev_hash || canonical row)).
create table audit_event (
    id          bigserial primary key,
    at          timestamptz  not null default clock_timestamp(),
    username    varchar(60)  not null,
    action      varchar(40)  not null,
    entity      varchar(60)  not null,
    entity_id   varchar(60),
    scope_path  varchar(400) not null,
    before      jsonb,
    after       jsonb,
    reason      text,
    prev_hash   varchar(64),
    hash        varchar(64)  not null
);
create index audit_event_scope on audit_event (scope_path text_pattern_ops, id desc);
create index audit_event_entity on audit_event (entity, entity_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- The one definition of an audit row's hash, used when writing and when verifying the chain.
create function audit_hash(prev varchar, at timestamptz, username varchar, action varchar, entity varchar,
                           entity_id varchar, scope_path varchar, before jsonb, after jsonb, reason text)
    returns varchar language sql immutable as $$
select encode(sha256(convert_to(concat_ws('|', coalesce(prev, ''),
        to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), username, action, entity,
        coalesce(entity_id, ''), scope_path, coalesce(before::text, ''), coalesce(after::text, ''),
        coalesce(reason, '')), 'UTF8')), 'hex')
$$;
