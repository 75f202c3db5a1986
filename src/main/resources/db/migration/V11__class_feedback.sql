-- Trainees' feedback on a class (ý kiến học viên; Kirkpatrick level 1; TT 10/2017/TT-BNV: questionnaires scored 1–10).
-- One per enrollment, written only by that trainee. No person column: readers get aggregates and unsigned comments;
-- the enrollment link exists only so that each trainee answers once.
create table class_feedback (
    id             bigserial primary key,
    enrollment_id  bigint        not null unique references enrollment (id),
    class_id       bigint        not null references training_class (id),
    provider_id    bigint        references provider (id),
    content        smallint      not null check (content between 1 and 10),
    lecturers      smallint      not null check (lecturers between 1 and 10),
    organisation   smallint      not null check (organisation between 1 and 10),
    usefulness     smallint      not null check (usefulness between 1 and 10),
    comment        varchar(2000),
    submitted_at   timestamptz   not null default now()
);
create index class_feedback_class on class_feedback (class_id);
create index class_feedback_provider on class_feedback (provider_id);
