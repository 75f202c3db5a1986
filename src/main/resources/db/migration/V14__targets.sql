-- Targets (chỉ tiêu) as data and their pre-aggregated facts (issue 7; the DHIS2 pattern: dashboards read the
-- rollups, never the live tables). Seeds 000 II.2, 001 II, 003 II.2.2, 004 II, 000 IV.3.

create table target (
    id               bigserial primary key,
    code             varchar(40)   not null unique check (code ~ '^[A-Z0-9_]+$'),
    name             varchar(300)  not null,
    source_ref       varchar(200)  not null,
    population_kind  varchar(12)   not null check (population_kind in ('PEOPLE', 'ENROLLMENTS', 'EFFECTS', 'CLASSES')),
    population       jsonb         not null default '{}',
    condition        jsonb         not null default '{}',
    measure          varchar(8)    not null check (measure in ('PERCENT', 'COUNT')),
    target_value     numeric(9, 2) not null check (target_value >= 0),
    per_year         boolean       not null default false,
    baseline_on      date          not null,
    deadline         date          not null,
    level            varchar(10)   not null check (level in ('NATION', 'PROVINCE', 'COMMUNE', 'AGENCY')),
    owner_unit_id    bigint        references org_unit (id),
    active           boolean       not null default true,
    updated_by       varchar(60)   not null default 'system',
    version          integer       not null default 0,
    check (deadline > baseline_on),
    check (measure = 'COUNT' or target_value <= 100)
);
create index target_owner on target (owner_unit_id);

-- Every unit with its parent, level and the ids of its province and commune (rebuilt with the facts).
create table fact_unit (
    unit_id      bigint    primary key,
    parent_id    bigint,
    level        smallint  not null,
    province_id  bigint,
    commune_id   bigint
);

-- Every unit with its ancestors (itself included): the rollup joins through it instead of path LIKE per row.
create table fact_unit_ancestor (
    unit_id      bigint   not null,
    ancestor_id  bigint   not null,
    primary key (unit_id, ancestor_id)
);
create index fact_unit_ancestor_up on fact_unit_ancestor (ancestor_id);

-- Leaf facts: one row per target, month (first day) and unit holding the records, with a column per level.
create table target_fact (
    target_id    bigint  not null references target (id) on delete cascade,
    period       date    not null,
    unit_id      bigint  not null,
    province_id  bigint,
    commune_id   bigint,
    numerator    bigint  not null,
    denominator  bigint  not null,
    primary key (target_id, period, unit_id)
);
create index target_fact_commune on target_fact (commune_id, period);

-- Rollup: one row per target, month and unit at every level (nation, province, commune, agency).
-- "Every child of X at period P" is one range scan of target_rollup_children.
create table target_rollup (
    org_unit_id  bigint  not null,
    period       date    not null,
    target_id    bigint  not null references target (id) on delete cascade,
    parent_id    bigint,
    numerator    bigint  not null,
    denominator  bigint  not null,
    primary key (org_unit_id, period, target_id)
);
create index target_rollup_children on target_rollup (parent_id, period, target_id);

-- Training facts by year × programme × category × delivery form × leader or not (seed 000 IV.3 follow-up items).
create table training_fact (
    unit_id       bigint       not null,
    province_id   bigint,
    commune_id    bigint,
    year          integer      not null,
    program_code  varchar(40)  not null,
    category      varchar(30)  not null,
    delivery      varchar(10)  not null,
    leader        boolean      not null,
    sent          bigint       not null,
    completed     bigint       not null,
    passed        bigint       not null,
    reported      bigint       not null
);
create index training_fact_commune on training_fact (commune_id);
create table training_rollup (
    org_unit_id   bigint       not null,
    parent_id     bigint,
    year          integer      not null,
    program_code  varchar(40)  not null,
    category      varchar(30)  not null,
    delivery      varchar(10)  not null,
    leader        boolean      not null,
    sent          bigint       not null,
    completed     bigint       not null,
    passed        bigint       not null,
    reported      bigint       not null,
    primary key (org_unit_id, year, program_code, delivery, leader)
);

-- Effect-evaluation facts by year of the due date (seed 000 IV.3: 100% evaluated after ≥ 3 months).
create table effect_fact (
    unit_id      bigint   not null,
    province_id  bigint,
    commune_id   bigint,
    year         integer  not null,
    completed    bigint   not null,
    due          bigint   not null,
    signed       bigint   not null,
    overdue      bigint   not null
);
create index effect_fact_commune on effect_fact (commune_id);
create table effect_rollup (
    org_unit_id  bigint   not null,
    parent_id    bigint,
    year         integer  not null,
    completed    bigint   not null,
    due          bigint   not null,
    signed       bigint   not null,
    overdue      bigint   not null,
    primary key (org_unit_id, year)
);
create index effect_rollup_children on effect_rollup (parent_id, year);

-- Communes whose records changed since their facts were refreshed (filled by event listeners).
create table fact_dirty (
    commune_id  bigint       primary key,
    since       timestamptz  not null default now()
);

-- The last full rebuild.
create table fact_build (
    id           integer      primary key check (id = 1),
    built_at     timestamptz  not null,
    as_of        date         not null,
    millis       bigint       not null,
    rows         bigint       not null
);

-- The targets of the seeds (the ministry's: owner_unit_id null, apply everywhere).
insert into target (code, name, source_ref, population_kind, population, condition, measure, target_value, per_year,
                    baseline_on, deadline, level) values
('CMCN_CU_DI_2028', 'Cán bộ, công chức chưa đáp ứng yêu cầu chuyên môn của vị trí việc làm (mới) được cử đi bồi dưỡng kiến thức chuyên môn chuyên ngành',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục II.1.a (seed 001); KH phường — mục II.2.a (seed 000)', 'PEOPLE',
 '{"staffKinds": ["CAN_BO", "CONG_CHUC"], "lacking": {"gapCategory": "SPECIALISED", "programs": ["CMCN"]}}',
 '{"kind": "ENROLLED", "programs": ["CMCN"]}', 'PERCENT', 100, false, '2026-01-01', '2028-12-31', 'AGENCY'),
('QLNN_CHUNG_50_2028', 'Công chức chuyên môn được bồi dưỡng kiến thức chung về quản lý nhà nước (chính quyền địa phương 02 cấp)',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục II.1.b (seed 001); KH phường — mục II.2.a (seed 000)', 'PEOPLE',
 '{"staffKinds": ["CONG_CHUC"], "positionGroups": ["CHUYEN_MON"]}',
 '{"kind": "TRAINED", "programs": ["QLNN_CHUNG_2CAP"]}', 'PERCENT', 50, false, '2026-01-01', '2028-12-31', 'AGENCY'),
('KY_NANG_NGANH_2028', 'Cán bộ, công chức được bồi dưỡng, tập huấn chuyên môn, nghiệp vụ theo ngành, lĩnh vực',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục II.1.b (seed 001); KH phường — mục II.2.a (seed 000)', 'PEOPLE',
 '{"staffKinds": ["CAN_BO", "CONG_CHUC"]}',
 '{"kind": "TRAINED", "categories": ["KY_NANG_NGANH"]}', 'PERCENT', 100, false, '2026-01-01', '2028-12-31', 'AGENCY'),
('KY_NANG_BO_TRO_2028', 'Cán bộ, công chức được bồi dưỡng các kỹ năng bổ trợ',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục II.1.b (seed 001); KH phường — mục II.2.a (seed 000)', 'PEOPLE',
 '{"staffKinds": ["CAN_BO", "CONG_CHUC"]}',
 '{"kind": "TRAINED", "categories": ["KY_NANG_BO_TRO"]}', 'PERCENT', 100, false, '2026-01-01', '2028-12-31', 'AGENCY'),
('QLNN_CHUNG_100_2031', 'Cán bộ, công chức được bồi dưỡng kiến thức chung về quản lý nhà nước (chính quyền địa phương 02 cấp)',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục II.2 (seed 001); KH phường — mục II.2.b (seed 000)', 'PEOPLE',
 '{"staffKinds": ["CAN_BO", "CONG_CHUC"]}',
 '{"kind": "TRAINED", "programs": ["QLNN_CHUNG_2CAP", "QLNN_LANH_DAO_HVCTQG"]}', 'PERCENT', 100, false, '2026-01-01', '2031-12-31', 'AGENCY'),
('NU_CAP_UY_2030', 'Tỷ lệ cấp ủy viên nữ',
 'NQ 09-NQ/TU; CTHĐ Đảng ủy phường — mục II.2.2 (2) (seed 003)', 'PEOPLE',
 '{"partyCommittee": true}', '{"kind": "GENDER_F"}', 'PERCENT', 20, false, '2026-01-01', '2030-12-31', 'COMMUNE'),
('CAN_BO_TRE_2030', 'Tỷ lệ cán bộ trẻ (dưới 42 tuổi)',
 'NQ 09-NQ/TU; CTHĐ Đảng ủy phường — mục II.2.2 (2) (seed 003)', 'PEOPLE',
 '{"staffKinds": ["CAN_BO"]}', '{"kind": "AGE_UNDER", "years": 42}', 'PERCENT', 15, false, '2026-01-01', '2030-12-31', 'COMMUNE'),
('LANH_DAO_DAT_CHUAN_2030', 'Cán bộ lãnh đạo, quản lý đạt chuẩn trình độ chuyên môn, lý luận chính trị, quản lý nhà nước theo tiêu chuẩn chức danh',
 'NQ 09-NQ/TU; CTHĐ Đảng ủy phường — mục II.2.2 (3) (seed 003)', 'PEOPLE',
 '{"leader": true}', '{"kind": "NO_GAP", "category": "TITLE_STANDARD"}', 'PERCENT', 100, false, '2026-01-01', '2030-12-31', 'AGENCY'),
('DAO_TAO_NGANH_BO_TRO_2030', 'Cán bộ, công chức được đào tạo, bồi dưỡng chuyên môn, nghiệp vụ theo ngành, lĩnh vực hoặc kỹ năng bổ trợ',
 'NQ 09-NQ/TU; CTHĐ Đảng ủy phường — mục II.2.2 (4) (seed 003)', 'PEOPLE',
 '{"staffKinds": ["CAN_BO", "CONG_CHUC"]}',
 '{"kind": "TRAINED", "categories": ["KY_NANG_NGANH", "KY_NANG_BO_TRO"]}', 'PERCENT', 100, false, '2026-01-01', '2030-12-31', 'AGENCY'),
('KHCN_CAP_UY_2030', 'Tỷ lệ cấp ủy viên có trình độ khoa học, công nghệ',
 'NQ 09-NQ/TU; CTHĐ Đảng ủy phường — mục II.2.2 (5) (seed 003)', 'PEOPLE',
 '{"partyCommittee": true}', '{"kind": "SCI_TECH"}', 'PERCENT', 5, false, '2026-01-01', '2030-12-31', 'COMMUNE'),
('CT_PCT_UBND_QLNN_2025', 'Chủ tịch, Phó Chủ tịch UBND cấp xã được bồi dưỡng quản lý nhà nước về phát triển kinh tế - xã hội, quốc phòng, an ninh, môi trường và kỹ năng lãnh đạo, quản lý',
 'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục II.2.b (seed 004)', 'PEOPLE',
 '{"positionCodes": ["CT_UBND", "PCT_UBND"]}',
 '{"kind": "TRAINED", "programs": ["QLNN_CT_PCT_UBND_XA"]}', 'PERCENT', 100, false, '2023-06-01', '2025-12-31', 'COMMUNE'),
('CONG_CHUC_XA_CAP_NHAT_2025', 'Công chức cấp xã được bồi dưỡng, cập nhật kiến thức chuyên môn, nghiệp vụ',
 'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục II.2.b (seed 004)', 'PEOPLE',
 '{"staffKinds": ["CONG_CHUC"]}',
 '{"kind": "TRAINED", "categories": ["CHUYEN_MON", "KY_NANG_NGANH", "CAP_NHAT"]}', 'PERCENT', 100, false, '2023-06-01', '2025-12-31', 'AGENCY'),
('TRUONG_PHONG_QUAN_TRI_2025', 'Trưởng, phó phòng được bồi dưỡng nâng cao kiến thức, kỹ năng quản lý, quản trị (mức tối thiểu 30%)',
 'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục II.2.a (seed 004; áp dụng cho trưởng, phó phòng cấp xã)', 'PEOPLE',
 '{"positionCodes": ["TRUONG_PHONG_KT", "PHO_TRUONG_PHONG_KT", "TRUONG_PHONG_VHXH", "PHO_TRUONG_PHONG_VHXH", "CHANH_VAN_PHONG", "PHO_CHANH_VAN_PHONG"]}',
 '{"kind": "TRAINED", "programs": ["LD_QUAN_LY_NANG_CAO", "CN_LANH_DAO_QUAN_TRI"]}', 'PERCENT', 30, false, '2023-06-01', '2025-12-31', 'COMMUNE'),
('LOP_LANH_DAO_NAM', 'Số lớp bồi dưỡng nâng cao năng lực lãnh đạo, quản lý tổ chức trong năm (ít nhất 03 lớp)',
 'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục II.2.a (seed 004)', 'CLASSES',
 '{"programs": ["LD_QUAN_LY_NANG_CAO", "CN_LANH_DAO_QUAN_TRI", "QLNN_CT_PCT_UBND_XA"]}', '{}', 'COUNT', 3, true, '2023-06-01', '2030-12-31', 'PROVINCE'),
('LOP_KY_NANG_NAM', 'Số lớp bồi dưỡng nâng cao năng lực thực thi công vụ tổ chức trong năm (từ 07 đến 10 lớp)',
 'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục II.2.a (seed 004)', 'CLASSES',
 '{"categories": ["KY_NANG_NGANH", "KY_NANG_BO_TRO"]}', '{}', 'COUNT', 7, true, '2023-06-01', '2030-12-31', 'PROVINCE'),
('BAO_CAO_KET_QUA', 'Người được cử đi bồi dưỡng đã báo cáo kết quả trên phần mềm',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục IV.3 (seed 001); KH phường — mục IV.3 (seed 000)', 'ENROLLMENTS',
 '{}', '{"kind": "REPORTED"}', 'PERCENT', 100, false, '2026-01-01', '2031-12-31', 'AGENCY'),
('DANH_GIA_HIEU_QUA', 'Người đã hoàn thành bồi dưỡng được đánh giá hiệu quả sau tối thiểu 03 tháng (đã ký ÷ đến hạn)',
 'QĐ 700/QĐ-TTg; KH tỉnh — mục IV.3 (seed 001); KH phường — mục IV.3 (seed 000)', 'EFFECTS',
 '{}', '{"kind": "SIGNED"}', 'PERCENT', 100, false, '2026-01-01', '2031-12-31', 'AGENCY');
