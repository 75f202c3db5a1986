-- Background jobs: db-scheduler's table for PostgreSQL exactly as db-scheduler 16.x ships it
-- (kagkarlsson/db-scheduler, db-scheduler/src/test/resources/postgresql_tables.sql; 16.12 reads and writes `priority`).
create table scheduled_tasks (
  task_name text not null,
  task_instance text not null,
  task_data bytea,
  execution_time timestamp with time zone not null,
  picked BOOLEAN not null,
  picked_by text,
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures INT,
  last_heartbeat timestamp with time zone,
  version BIGINT not null,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Notices (thông báo) to one user, shown in the app; the e-mail copy goes through SMTP when configured,
-- otherwise it waits in the outbox (OUTBOX) where an administrator of the recipient's scope can read it.
-- email_status: NONE (no address), PENDING (to send), SENT, FAILED (after the last attempt), OUTBOX (no SMTP).
create table notification (
    id             bigserial    primary key,
    user_id        bigint       not null references app_user (id),
    subject        varchar(200) not null check (length(btrim(subject)) > 0),
    body           text,
    -- a path of this application only (no "//host", no backslash, no white space): never an open redirect
    link           varchar(500) check (link ~ '^/([^/\\[:space:]][^\\[:space:]]*)?$'),
    dedupe_key     varchar(200),
    created_at     timestamptz  not null default now(),
    read_at        timestamptz,
    email_to       varchar(200),
    email_status   varchar(10)  not null default 'NONE'
                   check (email_status in ('NONE', 'PENDING', 'SENT', 'FAILED', 'OUTBOX')),
    email_attempts integer      not null default 0,
    email_error    text,
    sent_at        timestamptz,
    check (email_status = 'NONE' or email_to is not null)
);
-- one notice per (user, dedupe key): a reminder job may run any number of times
create unique index notification_dedupe on notification (user_id, dedupe_key) where dedupe_key is not null;
-- the menu badge: unread notices of one user
create index notification_unread on notification (user_id) where read_at is null;
-- "my notices", newest first
create index notification_user_newest on notification (user_id, id desc);
-- the mailer's queue and the administrators' outbox
create index notification_mail_pending on notification (id) where email_status = 'PENDING';
create index notification_mail_outbox on notification (id desc) where email_status in ('OUTBOX', 'FAILED');
