-- Yearly report on training (báo cáo kết quả công tác bồi dưỡng năm; seeds 000 IV.3, VI.2; 001 V; 003 IV), its
-- submission upward (agency -> commune -> province -> ministry) and the reporting calendar.

-- Hạn nộp báo cáo: "before dd/MM" of the report year, per kind of reporting unit. A row at a unit applies to every
-- reporter under it; the most specific (longest path) wins, so a province may set its own dates over the nation's.
create table report_deadline (
    id            bigserial primary key,
    org_unit_id   bigint        not null references org_unit (id),
    reporter      varchar(10)   not null check (reporter in ('AGENCY', 'PARTY', 'COMMUNE', 'PROVINCE')),
    due_month     smallint      not null check (due_month between 1 and 12),
    due_day       smallint      not null check (due_day between 1 and 31),
    source_ref    varchar(200),
    updated_by    varchar(60)   not null,
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    unique (org_unit_id, reporter)
);
insert into report_deadline (org_unit_id, reporter, due_month, due_day, source_ref, updated_by)
select o.id, d.reporter, d.m, d.d, d.src, 'system'
from org_unit o,
     (values ('AGENCY', 12, 10, 'seed 000 VI.2: cơ quan, đơn vị báo cáo về phòng Văn hóa - Xã hội trước ngày 10/12'),
             ('PARTY', 12, 5, 'seed 003 IV: báo cáo Ban Thường vụ Đảng ủy trước ngày 05/12'),
             ('COMMUNE', 12, 15, 'seed 001 V (hằng năm, qua Sở Nội vụ): chọn trước ngày 15/12, sau hạn của cơ quan'),
             ('PROVINCE', 12, 25, 'seed 001 V (Sở Nội vụ tham mưu báo cáo Bộ Nội vụ): chọn trước ngày 25/12'))
         as d (reporter, m, d, src)
where o.path = '/VN/';

-- Báo cáo năm của một đơn vị: figures recomputed while DRAFT or RETURNED, frozen (snapshot and files) when submitted.
create table yearly_report (
    id             bigserial primary key,
    org_unit_id    bigint         not null references org_unit (id),
    year           integer        not null check (year between 2000 and 2100),
    status         varchar(10)    not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    difficulties   varchar(4000),
    proposals      varchar(4000),
    snapshot       jsonb,
    docx           bytea,
    pdf            bytea,
    xlsx           bytea,
    due_before     date,
    submitted_at   timestamptz,
    submitted_by   varchar(60),
    reviewed_at    timestamptz,
    reviewed_by    varchar(60),
    return_reason  varchar(1000),
    created_by     varchar(60)    not null,
    created_at     timestamptz    not null default now(),
    version        integer        not null default 0,
    unique (org_unit_id, year),
    check (status in ('DRAFT', 'RETURNED') or (snapshot is not null and submitted_at is not null and due_before is not null))
);
create index yearly_report_year on yearly_report (year, status);
