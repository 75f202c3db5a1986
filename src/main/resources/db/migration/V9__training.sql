-- Training lifecycle (seed 000 III-IV, 001 II, IV): providers, annual plans, classes, sending staff (cử đi học),
-- decisions, attendance and results, office continuity. Programmes come from the catalog (V7, table program).

-- Cơ sở đào tạo, bồi dưỡng: serves the unit it is attached to (a province, or the nation for HCMA).
create table provider (
    id           bigserial primary key,
    name         varchar(200) not null,
    kind         varchar(20)  not null check (kind in ('TRUONG_CHINH_TRI', 'HVCTQG', 'DAI_HOC', 'SO_NGANH', 'KHAC')),
    org_unit_id  bigint       not null references org_unit (id),
    active       boolean      not null default true,
    unique (org_unit_id, name)
);
insert into provider (name, kind, org_unit_id)
select 'Học viện Chính trị quốc gia Hồ Chí Minh', 'HVCTQG', id from org_unit where path = '/VN/';
alter table app_user add constraint app_user_provider_fk foreign key (provider_id) references provider (id);

-- Kế hoạch bồi dưỡng hằng năm: agency needs -> commune plan -> province plan (001 IV.2).
create table training_plan (
    id             bigserial primary key,
    org_unit_id    bigint        not null references org_unit (id),
    level          varchar(10)   not null check (level in ('AGENCY', 'COMMUNE', 'PROVINCE')),
    year           integer       not null check (year between 2025 and 2100),
    status         varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    due_on         date          not null,
    note           varchar(2000),
    submitted_at   timestamptz,
    submitted_by   varchar(60),
    decided_at     timestamptz,
    decided_by     varchar(60),
    return_reason  varchar(1000),
    created_by     varchar(60)   not null,
    version        integer       not null default 0,
    unique (org_unit_id, year)
);

create table plan_line (
    id              bigserial primary key,
    plan_id         bigint       not null references training_plan (id) on delete cascade,
    program_code    varchar(40)  not null references program (code),
    source          varchar(12)  not null check (source in ('GAP', 'PROPOSAL', 'CONSOLIDATED')),
    people          integer      not null check (people >= 0),
    classes         integer      not null default 0 check (classes >= 0),
    quarter         smallint     check (quarter between 1 and 4),
    estimated_cost  bigint       not null default 0 check (estimated_cost >= 0),
    person_ids      bigint[]     not null default '{}',
    note            varchar(500)
);
create index plan_line_plan on plan_line (plan_id);

-- Lớp bồi dưỡng (seed 000 I.2, 001 IV.5: place, form, time slot; 001 IV.6, 004 IV: cost and support).
create table training_class (
    id                bigserial primary key,
    code              varchar(40)   not null unique,
    name              varchar(300)  not null,
    program_code      varchar(40)   not null references program (code),
    organiser_unit_id bigint        not null references org_unit (id),
    provider_id       bigint        references provider (id),
    plan_line_id      bigint        references plan_line (id) on delete set null,
    batch             varchar(60),
    starts_on         date          not null,
    ends_on           date          not null,
    sessions          integer       not null check (sessions > 0),
    schedule          varchar(300),
    place_kind        varchar(10)   not null check (place_kind in ('ON_SITE', 'CLUSTER', 'CENTRAL')),
    place             varchar(300),
    cluster           varchar(200),
    delivery          varchar(10)   not null check (delivery in ('IN_PERSON', 'ONLINE', 'BLENDED')),
    time_slot         varchar(12)   not null check (time_slot in ('OFFICE_HOURS', 'AFTER_HOURS', 'EVENING')),
    capacity          integer       not null check (capacity > 0),
    lecturers         varchar(1000),
    cost_per_class    bigint        not null default 0 check (cost_per_class >= 0),
    cost_per_trainee  bigint        not null default 0 check (cost_per_trainee >= 0),
    funding_source    varchar(12)   not null default 'NSNN_TINH'
                      check (funding_source in ('NSNN_TW', 'NSNN_TINH', 'NSNN_XA', 'CO_QUAN', 'KHAC')),
    support_women     bigint        not null default 0 check (support_women >= 0),
    support_ethnic    bigint        not null default 0 check (support_ethnic >= 0),
    status            varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'RUNNING', 'FINISHED', 'CANCELLED')),
    created_by        varchar(60)   not null,
    version           integer       not null default 0,
    check (ends_on >= starts_on)
);
create index training_class_organiser on training_class (organiser_unit_id);
create index training_class_dates on training_class (starts_on, ends_on);

-- Quyết định cử đi bồi dưỡng (ND 30/2020 layout), generated once and kept as issued.
create table training_decision (
    id            bigserial primary key,
    class_id      bigint        not null references training_class (id),
    org_unit_id   bigint        not null references org_unit (id),
    number        varchar(40)   not null,
    signed_on     date          not null,
    signer_name   varchar(120)  not null,
    signer_title  varchar(120)  not null,
    people        integer       not null,
    docx          bytea         not null,
    pdf           bytea         not null,
    created_by    varchar(60)   not null,
    created_at    timestamptz   not null default now(),
    unique (org_unit_id, number)
);

-- Ghi danh: PROPOSED -> APPROVED (or WAITLISTED when full) -> ATTENDING -> COMPLETED / NOT_COMPLETED; WITHDRAWN, REJECTED.
create table enrollment (
    id                bigserial primary key,
    class_id          bigint        not null references training_class (id),
    person_id         bigint        not null references person (id),
    status            varchar(14)   not null check (status in ('PROPOSED', 'APPROVED', 'WAITLISTED', 'ATTENDING',
                                                               'COMPLETED', 'NOT_COMPLETED', 'WITHDRAWN', 'REJECTED')),
    waitlist_pos      integer,
    proposed_by       varchar(60)   not null,
    proposed_at       timestamptz   not null default now(),
    proposal_note     varchar(500),
    decided_by        varchar(60),
    decided_at        timestamptz,
    decision_note     varchar(500),
    override_reason   varchar(500),
    decision_id       bigint        references training_decision (id),
    sessions_attended integer       check (sessions_attended >= 0),
    grade             numeric(4, 2) check (grade between 0 and 10),
    passed            boolean,
    certificate_no    varchar(60),
    certificate_date  date,
    result_by         varchar(60),
    result_at         timestamptz,
    self_reported_at  timestamptz,
    self_note         varchar(500),
    verified_by       varchar(60),
    verified_at       timestamptz,
    completed_on      date,
    version           integer       not null default 0
);
create unique index enrollment_active_once on enrollment (class_id, person_id) where status not in ('WITHDRAWN', 'REJECTED');
create index enrollment_person on enrollment (person_id);
create index enrollment_class on enrollment (class_id, status);

-- A certificate scan a trainee uploads (PDF, JPEG or PNG, checked by content).
create table evidence_file (
    id             bigserial primary key,
    enrollment_id  bigint        not null references enrollment (id),
    filename       varchar(200)  not null,
    content_type   varchar(40)   not null,
    size_bytes     integer       not null,
    content        bytea         not null,
    uploaded_by    varchar(60)   not null,
    uploaded_at    timestamptz   not null default now()
);
create index evidence_enrollment on evidence_file (enrollment_id);

-- Office continuity (seed 000 I.2: sending staff must not stall the agency).
create table unit_continuity (
    org_unit_id             bigint       primary key references org_unit (id),
    min_present_percent     integer      not null check (min_present_percent between 0 and 100),
    single_holder_positions text[]       not null default '{}',
    updated_by              varchar(60)  not null,
    updated_at              timestamptz  not null default now(),
    version                 integer      not null default 0
);
