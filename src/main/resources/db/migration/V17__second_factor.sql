-- Second factor (TOTP, RFC 6238) and its one-time recovery codes. A row with enabled_at null is an enrolment
-- started but not yet confirmed with a code. last_step: the last 30-second step whose code was accepted, so a
-- code is accepted once only.
create table user_totp (
    user_id    bigint primary key references app_user (id) on delete cascade,
    secret     text        not null,
    enabled_at timestamptz,
    last_step  bigint      not null default 0,
    created_at timestamptz not null default now()
);

-- Recovery codes: SHA-256 of a random 50-bit code (high-entropy, so a fast hash suffices), each usable once.
create table user_recovery_code (
    id        bigserial primary key,
    user_id   bigint      not null references app_user (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz,
    unique (user_id, code_hash)
);
