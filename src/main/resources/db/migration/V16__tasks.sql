-- Plans and task follow-up (issue 8; seeds 002 I.2, 003 appendix, 001 IV, 000 IV-VI).
-- A plan (kế hoạch / chương trình hành động) of an issuing unit, possibly copied from a higher level's plan.
create table action_plan (
    id              bigserial primary key,
    number          varchar(60)  not null,
    issued_on       date         not null,
    issuer_unit_id  bigint       not null references org_unit (id),
    title           varchar(500) not null,
    kind            varchar(30)  not null check (kind in ('KE_HOACH', 'CHUONG_TRINH_HANH_DONG', 'KE_HOACH_TRIEN_KHAI', 'KHAC')),
    sources         jsonb        not null default '[]',
    parent_plan_id  bigint       references action_plan (id),
    created_by      varchar(60)  not null,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    unique (issuer_unit_id, number)
);
create index action_plan_parent on action_plan (parent_plan_id);

-- A task of a plan: number 1, 1.1 ...; group rows (heading) carry only a title.
create table plan_task (
    id                 bigserial primary key,
    plan_id            bigint        not null references action_plan (id),
    position           integer       not null,
    number             varchar(20)   not null,
    heading            boolean       not null default false,
    content            text          not null,
    lead_unit_id       bigint        references org_unit (id),
    lead_name          varchar(300),
    deadline_text      varchar(200),
    deadline_kind      varchar(20)   check (deadline_kind in ('DATE', 'MONTH', 'QUARTER', 'YEAR', 'YEARLY_BEFORE', 'ONGOING', 'AS_DIRECTED')),
    deadline_anchor    date,
    deadline_yearly    varchar(5),
    review_period      varchar(10),
    due_on             date,
    product            varchar(300),
    authority_unit_id  bigint        references org_unit (id),
    authority_name     varchar(300),
    status             varchar(20)   not null default 'NOT_STARTED'
                       check (status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'DONE', 'RETURNED', 'CANCELLED')),
    progress           integer       not null default 0 check (progress between 0 and 100),
    source_task_id     bigint        references plan_task (id),
    return_reason      text,
    submitted_by       varchar(60),
    done_on            date,
    reminded_due       date,
    overdue_notified   date,
    version            integer       not null default 0,
    unique (plan_id, number),
    check (heading or lead_unit_id is not null or lead_name is not null)
);
create index plan_task_plan on plan_task (plan_id, position);
create index plan_task_lead on plan_task (lead_unit_id);
create index plan_task_source on plan_task (source_task_id);
create index plan_task_due on plan_task (due_on) where status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED');

-- Coordinating units (phối hợp): an org unit when matched, else the name as written.
create table task_coordinator (
    task_id   bigint       not null references plan_task (id),
    position  integer      not null,
    unit_id   bigint       references org_unit (id),
    name      varchar(300) not null,
    primary key (task_id, position)
);
create index task_coordinator_unit on task_coordinator (unit_id);

-- Progress reports and products (báo cáo tiến độ, sản phẩm), with attachments checked by content.
create table task_report (
    id            bigserial primary key,
    task_id       bigint       not null references plan_task (id),
    reported_on   date         not null,
    percent       integer      not null check (percent between 0 and 100),
    text          text,
    product       boolean      not null default false,
    document_ref  varchar(300),
    reported_by   varchar(60)  not null,
    reported_at   timestamptz  not null default now()
);
create index task_report_task on task_report (task_id, id);

create table task_file (
    id            bigserial primary key,
    report_id     bigint        not null references task_report (id),
    filename      varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    integer       not null,
    content       bytea         not null,
    uploaded_by   varchar(60)   not null,
    uploaded_at   timestamptz   not null default now()
);
create index task_file_report on task_file (report_id);
