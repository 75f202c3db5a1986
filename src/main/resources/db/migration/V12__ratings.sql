-- Quarterly and yearly rating of cadres (đánh giá, xếp loại hằng quý, hằng năm; seed 003 III.3, ND 335/2025/NĐ-CP).

-- Indicator sets (bộ chỉ số đánh giá) per title: a job position code or a group (LANH_DAO, CHUYEN_MON, HO_TRO).
-- Versioned: a change closes the current set (valid_to) and opens the next version; ratings keep the set they used.
create table rating_indicator_set (
    id          bigserial primary key,
    applies_to  varchar(40)  not null,
    version     integer      not null,
    source_ref  varchar(300),
    valid_from  timestamptz  not null default now(),
    valid_to    timestamptz,
    changed_by  varchar(60)  not null default 'system',
    unique (applies_to, version)
);
create unique index rating_indicator_set_current on rating_indicator_set (applies_to) where valid_to is null;

-- seed 003 III.3: four indicator groups — (i) task results; (ii) service to citizens and businesses;
-- (iii) inter-agency coordination; (iv) discipline, integrity. Weights of a set sum to 100 (checked on save).
create table rating_indicator (
    set_id    bigint       not null references rating_indicator_set (id),
    code      varchar(40)  not null,
    grp       varchar(20)  not null check (grp in ('TASK_RESULTS', 'SERVICE', 'COORDINATION', 'DISCIPLINE')),
    name      varchar(300) not null,
    weight    smallint     not null check (weight between 1 and 100),
    position  smallint     not null,
    primary key (set_id, code)
);

-- One rating per person and period: 'YYYY-Qn' (quarter) or 'YYYY' (year). Quarter: SELF → REVIEWED → APPROVED;
-- reopening (with a reason) returns an approved rating to REVIEWED. Self and review values are both kept.
create table rating (
    id               bigserial primary key,
    person_id        bigint        not null references person (id),
    org_unit_id      bigint        not null references org_unit (id),
    period           varchar(7)    not null check (period ~ '^[0-9]{4}(-Q[1-4])?$'),
    indicator_set_id bigint        references rating_indicator_set (id),
    self_values      jsonb,
    self_score       numeric(5, 2) check (self_score between 0 and 100),
    self_comment     varchar(1000),
    self_at          timestamptz,
    review_values    jsonb,
    review_score     numeric(5, 2) check (review_score between 0 and 100),
    review_comment   varchar(1000),
    reviewed_by      varchar(60),
    reviewed_at      timestamptz,
    score            numeric(5, 2) check (score between 0 and 100),
    band             varchar(20)   check (band in ('XUAT_SAC', 'TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH', 'KHONG_XEP_LOAI')),
    basis            jsonb,
    status           varchar(10)   not null check (status in ('SELF', 'REVIEWED', 'APPROVED')),
    approved_by      varchar(60),
    approved_at      timestamptz,
    reopen_reason    varchar(500),
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    unique (person_id, period),
    check (status <> 'APPROVED' or (band is not null and approved_by is not null))
);
create index rating_unit_period on rating (org_unit_id, period);
create index rating_status on rating (status, period);

-- Disciplinary decisions (kỷ luật): any of these forms in a year makes the yearly rating "Không hoàn thành"
-- (ND 335/2025: disciplined, khiển trách or above, in the year). Entered by the commune officer.
create table discipline_record (
    id          bigserial primary key,
    person_id   bigint       not null references person (id),
    year        smallint     not null check (year between 2000 and 2100),
    level       varchar(20)  not null check (level in ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC')),
    decided_on  date         not null,
    note        varchar(500),
    created_by  varchar(60)  not null,
    created_at  timestamptz  not null default now()
);
create index discipline_record_person on discipline_record (person_id, year);

-- Default sets per title group (seed 003 III.3 groups; ND 335/2025: task results weigh most, leaders add the
-- results of the unit they lead). Province and ministry adjust them (EVALUATION_CONFIG).
insert into rating_indicator_set (applies_to, version, source_ref) values
 ('LANH_DAO', 1, 'KH seed 003 III.3 (4 nhóm chỉ số); NĐ 335/2025/NĐ-CP (kết quả đơn vị phụ trách)'),
 ('CHUYEN_MON', 1, 'KH seed 003 III.3 (4 nhóm chỉ số); NĐ 335/2025/NĐ-CP'),
 ('HO_TRO', 1, 'KH seed 003 III.3 (4 nhóm chỉ số); NĐ 335/2025/NĐ-CP');

insert into rating_indicator (set_id, code, grp, name, weight, position)
select s.id, i.code, i.grp, i.name, i.weight, i.position from rating_indicator_set s join (values
 ('LANH_DAO', 'KQ_NHIEM_VU', 'TASK_RESULTS', 'Kết quả thực hiện nhiệm vụ được giao (số lượng, chất lượng sản phẩm)', 25, 1),
 ('LANH_DAO', 'KQ_DON_VI', 'TASK_RESULTS', 'Kết quả hoạt động của cơ quan, đơn vị, lĩnh vực phụ trách', 20, 2),
 ('LANH_DAO', 'KQ_TIEN_DO', 'TASK_RESULTS', 'Tiến độ, thời hạn hoàn thành nhiệm vụ', 10, 3),
 ('LANH_DAO', 'PV_HAI_LONG', 'SERVICE', 'Mức độ hài lòng của người dân, doanh nghiệp trong lĩnh vực phụ trách', 10, 4),
 ('LANH_DAO', 'PV_CCHC', 'SERVICE', 'Chỉ đạo cải cách hành chính, giải quyết kịp thời kiến nghị của người dân', 5, 5),
 ('LANH_DAO', 'PH_LIEN_NGANH', 'COORDINATION', 'Năng lực phối hợp, điều hành liên ngành', 15, 6),
 ('LANH_DAO', 'KL_KY_CUONG', 'DISCIPLINE', 'Chấp hành kỷ luật, kỷ cương hành chính, công vụ', 7, 7),
 ('LANH_DAO', 'KL_LIEM_CHINH', 'DISCIPLINE', 'Liêm chính, nêu gương, trách nhiệm giải trình', 8, 8),
 ('CHUYEN_MON', 'KQ_SO_LUONG', 'TASK_RESULTS', 'Số lượng sản phẩm, công việc hoàn thành so với được giao', 20, 1),
 ('CHUYEN_MON', 'KQ_CHAT_LUONG', 'TASK_RESULTS', 'Chất lượng sản phẩm đạt yêu cầu', 20, 2),
 ('CHUYEN_MON', 'KQ_TIEN_DO', 'TASK_RESULTS', 'Tiến độ, đúng thời hạn', 15, 3),
 ('CHUYEN_MON', 'PV_HAI_LONG', 'SERVICE', 'Mức độ hài lòng của người dân, doanh nghiệp', 10, 4),
 ('CHUYEN_MON', 'PV_THU_TUC', 'SERVICE', 'Giải quyết hồ sơ, thủ tục đúng hạn, không gây phiền hà', 10, 5),
 ('CHUYEN_MON', 'PH_LIEN_NGANH', 'COORDINATION', 'Phối hợp với cơ quan, đơn vị liên quan', 10, 6),
 ('CHUYEN_MON', 'KL_KY_CUONG', 'DISCIPLINE', 'Chấp hành kỷ luật, kỷ cương hành chính, giờ giấc', 8, 7),
 ('CHUYEN_MON', 'KL_LIEM_CHINH', 'DISCIPLINE', 'Liêm chính, đạo đức công vụ, văn hóa công sở', 7, 8),
 ('HO_TRO', 'KQ_SO_LUONG', 'TASK_RESULTS', 'Số lượng công việc hoàn thành so với được giao', 25, 1),
 ('HO_TRO', 'KQ_CHAT_LUONG', 'TASK_RESULTS', 'Chất lượng công việc đạt yêu cầu', 20, 2),
 ('HO_TRO', 'KQ_TIEN_DO', 'TASK_RESULTS', 'Tiến độ, đúng thời hạn', 15, 3),
 ('HO_TRO', 'PV_THAI_DO', 'SERVICE', 'Thái độ phục vụ, giao tiếp với người dân', 15, 4),
 ('HO_TRO', 'PH_LIEN_NGANH', 'COORDINATION', 'Phối hợp, hỗ trợ trong công việc', 10, 5),
 ('HO_TRO', 'KL_KY_CUONG', 'DISCIPLINE', 'Chấp hành kỷ luật, kỷ cương, giờ giấc', 8, 6),
 ('HO_TRO', 'KL_LIEM_CHINH', 'DISCIPLINE', 'Liêm chính, đạo đức công vụ, văn hóa công sở', 7, 7)
) as i(applies_to, code, grp, name, weight, position) on i.applies_to = s.applies_to;
