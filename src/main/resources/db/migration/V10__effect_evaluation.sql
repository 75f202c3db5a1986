-- Effect after training (Kirkpatrick level 3; seed 000 IV.3, 001 IV.3): the unit evaluates every completed training
-- at least 3 months after it, on six criteria, each scored 1–10; total = mean × 10 (0–100). One per enrollment.
create table effect_evaluation (
    id               bigserial primary key,
    enrollment_id    bigint        not null unique references enrollment (id),
    person_id        bigint        not null references person (id),
    org_unit_id      bigint        not null references org_unit (id),
    program_code     varchar(40)   not null references program (code),
    completed_on     date          not null,
    due_on           date          not null,
    status           varchar(10)   not null default 'DUE' check (status in ('DUE', 'SIGNED')),
    task_results     smallint      check (task_results between 1 and 10),
    advice_quality   smallint      check (advice_quality between 1 and 10),
    responsibility   smallint      check (responsibility between 1 and 10),
    discipline       smallint      check (discipline between 1 and 10),
    coordination     smallint      check (coordination between 1 and 10),
    satisfaction     smallint      check (satisfaction between 1 and 10),
    total            numeric(5, 2) check (total between 0 and 100),
    comments         jsonb         not null default '{}',
    evaluator        varchar(60),
    signed_at        timestamptz,
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    check (due_on >= completed_on + interval '3 months'),
    check (status = 'DUE' or (total is not null and signed_at is not null and evaluator is not null))
);
create index effect_evaluation_due on effect_evaluation (status, due_on);
create index effect_evaluation_unit on effect_evaluation (org_unit_id);
