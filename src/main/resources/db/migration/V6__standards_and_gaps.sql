-- Job positions (vị trí việc làm) and titles (chức danh) of the commune, with their requirements as data,
-- versioned: a change closes the current row (valid_to) and opens a new one. Seeded from the 2025 guidance
-- (CV 7415/BNV-CCVC, ND 150/2025) and the seeds (000 III.1, 001 II); editable by province and ministry users.
create table job_position (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    grp         varchar(20)  not null check (grp in ('LANH_DAO', 'CHUYEN_MON', 'HO_TRO')),
    kind        varchar(20)  not null check (kind in ('CHUC_DANH', 'VI_TRI')),
    active      boolean      not null default true,
    version     integer      not null default 0
);

create table requirement (
    id               bigserial primary key,
    job_position_id  bigint       not null references job_position (id),
    type             varchar(20)  not null check (type in ('EDUCATION', 'POLITICAL_THEORY', 'STATE_MANAGEMENT', 'PROGRAM', 'IT')),
    min_level        varchar(30),
    accepted_fields  text[]       not null default '{}',
    satisfied_by     text[]       not null default '{}',
    note             varchar(300),
    valid_from       timestamptz  not null default now(),
    valid_to         timestamptz,
    changed_by       varchar(60)  not null default 'system'
);
create index requirement_current on requirement (job_position_id) where valid_to is null;

-- Certificates and other qualifications of a person (chứng chỉ); training results land here too.
create table qualification (
    id              bigserial primary key,
    person_id       bigint       not null references person (id),
    program_code    varchar(40)  not null,
    for_position    varchar(40),
    certificate_no  varchar(60),
    issued_on       date         not null,
    issuer          varchar(200),
    source          varchar(20)  not null default 'MANUAL',
    created_at      timestamptz  not null default now()
);
create index qualification_person on qualification (person_id);

-- Derived: what each person lacks against the requirements of their position (recomputed, never edited).
create table person_gap (
    person_id        bigint      not null references person (id),
    requirement_id   bigint      not null references requirement (id),
    category         varchar(20) not null check (category in ('SPECIALISED', 'TITLE_STANDARD', 'OTHER')),
    priority         smallint    not null,
    closing_program  varchar(40),
    computed_at      timestamptz not null default now(),
    primary key (person_id, requirement_id)
);
create index person_gap_priority on person_gap (priority, person_id);

insert into job_position (code, name, grp, kind) values
 ('BI_THU_DANG_UY', 'Bí thư Đảng ủy', 'LANH_DAO', 'CHUC_DANH'),
 ('PHO_BI_THU_DANG_UY', 'Phó Bí thư Đảng ủy', 'LANH_DAO', 'CHUC_DANH'),
 ('CHU_NHIEM_UBKT', 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', 'LANH_DAO', 'CHUC_DANH'),
 ('TRUONG_BAN_XDD', 'Trưởng Ban Xây dựng Đảng', 'LANH_DAO', 'CHUC_DANH'),
 ('PCT_HDND', 'Phó Chủ tịch Hội đồng nhân dân', 'LANH_DAO', 'CHUC_DANH'),
 ('TRUONG_BAN_HDND', 'Trưởng Ban Hội đồng nhân dân', 'LANH_DAO', 'CHUC_DANH'),
 ('CT_UBND', 'Chủ tịch Ủy ban nhân dân', 'LANH_DAO', 'CHUC_DANH'),
 ('PCT_UBND', 'Phó Chủ tịch Ủy ban nhân dân', 'LANH_DAO', 'CHUC_DANH'),
 ('CT_MTTQ', 'Chủ tịch Ủy ban MTTQ Việt Nam', 'LANH_DAO', 'CHUC_DANH'),
 ('PCT_MTTQ', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam', 'LANH_DAO', 'CHUC_DANH'),
 ('CHANH_VAN_PHONG', 'Chánh Văn phòng HĐND và UBND', 'LANH_DAO', 'VI_TRI'),
 ('PHO_CHANH_VAN_PHONG', 'Phó Chánh Văn phòng HĐND và UBND', 'LANH_DAO', 'VI_TRI'),
 ('TRUONG_PHONG_KT', 'Trưởng phòng Kinh tế (Kinh tế, Hạ tầng và Đô thị)', 'LANH_DAO', 'VI_TRI'),
 ('PHO_TRUONG_PHONG_KT', 'Phó Trưởng phòng Kinh tế (Kinh tế, Hạ tầng và Đô thị)', 'LANH_DAO', 'VI_TRI'),
 ('TRUONG_PHONG_VHXH', 'Trưởng phòng Văn hóa - Xã hội', 'LANH_DAO', 'VI_TRI'),
 ('PHO_TRUONG_PHONG_VHXH', 'Phó Trưởng phòng Văn hóa - Xã hội', 'LANH_DAO', 'VI_TRI'),
 ('PHO_GIAM_DOC_PVHCC', 'Phó Giám đốc Trung tâm Phục vụ hành chính công', 'LANH_DAO', 'VI_TRI'),
 ('CV_XAY_DUNG_DANG', 'Chuyên viên Ban Xây dựng Đảng', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_KIEM_TRA_DANG', 'Chuyên viên Ủy ban Kiểm tra Đảng ủy', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_VAN_PHONG_DANG_UY', 'Chuyên viên Văn phòng Đảng ủy', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_TONG_HOP', 'Chuyên viên tổng hợp (Văn phòng HĐND và UBND)', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_TU_PHAP', 'Chuyên viên tư pháp - hộ tịch', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_CNTT', 'Chuyên viên công nghệ thông tin', 'CHUYEN_MON', 'VI_TRI'),
 ('KE_TOAN', 'Kế toán', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_TAI_CHINH_KE_HOACH', 'Chuyên viên tài chính - kế hoạch', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_XAY_DUNG_CONG_THUONG', 'Chuyên viên xây dựng - công thương', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_NONG_NGHIEP_MOI_TRUONG', 'Chuyên viên nông nghiệp - môi trường', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_DAT_DAI', 'Chuyên viên địa chính - đất đai', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_NOI_VU', 'Chuyên viên nội vụ', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_VAN_HOA', 'Chuyên viên văn hóa - thể thao - du lịch', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_LAO_DONG_XA_HOI', 'Chuyên viên lao động - chính sách xã hội', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_GIAO_DUC', 'Chuyên viên giáo dục - đào tạo', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_Y_TE', 'Chuyên viên y tế', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_MOT_CUA', 'Chuyên viên tiếp nhận và trả kết quả', 'CHUYEN_MON', 'VI_TRI'),
 ('CV_MTTQ', 'Chuyên viên Ủy ban MTTQ', 'CHUYEN_MON', 'VI_TRI'),
 ('VAN_THU', 'Văn thư - lưu trữ', 'HO_TRO', 'VI_TRI');

-- Education and field of each position; the certificate of the position's specialised course (CMCN)
-- satisfies it (seed 000 III.1.a).
insert into requirement (job_position_id, type, min_level, accepted_fields, satisfied_by, note)
select p.id, 'EDUCATION', 'DAI_HOC', cast(f.fields as text[]), '{CMCN}', 'Trình độ đại học, ngành phù hợp với vị trí việc làm'
from job_position p join (values
 ('CV_XAY_DUNG_DANG', '{"Xây dựng Đảng và chính quyền nhà nước","Chính trị học","Hành chính học","Luật"}'),
 ('CV_KIEM_TRA_DANG', '{"Luật","Xây dựng Đảng và chính quyền nhà nước","Tài chính - Kế toán"}'),
 ('CV_VAN_PHONG_DANG_UY', '{"Hành chính học","Xây dựng Đảng và chính quyền nhà nước","Lưu trữ học"}'),
 ('CV_TONG_HOP', '{"Hành chính học","Luật","Kinh tế","Quản lý nhà nước"}'),
 ('CV_TU_PHAP', '{"Luật"}'),
 ('CV_CNTT', '{"Công nghệ thông tin"}'),
 ('KE_TOAN', '{"Tài chính - Kế toán"}'),
 ('CV_TAI_CHINH_KE_HOACH', '{"Tài chính - Kế toán","Kinh tế"}'),
 ('CV_XAY_DUNG_CONG_THUONG', '{"Xây dựng","Kinh tế","Kiến trúc"}'),
 ('CV_NONG_NGHIEP_MOI_TRUONG', '{"Nông nghiệp","Môi trường","Kinh tế"}'),
 ('CV_DAT_DAI', '{"Quản lý đất đai","Địa chính"}'),
 ('CV_NOI_VU', '{"Hành chính học","Quản lý nhà nước","Luật"}'),
 ('CV_VAN_HOA', '{"Văn hóa học","Du lịch","Thể dục thể thao"}'),
 ('CV_LAO_DONG_XA_HOI', '{"Công tác xã hội","Kinh tế","Luật"}'),
 ('CV_GIAO_DUC', '{"Sư phạm","Quản lý giáo dục"}'),
 ('CV_Y_TE', '{"Y tế công cộng","Y khoa","Điều dưỡng"}'),
 ('CV_MOT_CUA', '{"Luật","Hành chính học","Quản lý nhà nước"}'),
 ('CV_MTTQ', '{"Công tác xã hội","Xây dựng Đảng và chính quyền nhà nước","Luật"}'),
 ('CHANH_VAN_PHONG', '{"Hành chính học","Luật","Kinh tế","Quản lý nhà nước"}'),
 ('PHO_CHANH_VAN_PHONG', '{"Hành chính học","Luật","Kinh tế","Quản lý nhà nước"}'),
 ('TRUONG_PHONG_KT', '{"Kinh tế","Tài chính - Kế toán","Xây dựng","Nông nghiệp","Quản lý đất đai"}'),
 ('PHO_TRUONG_PHONG_KT', '{"Kinh tế","Tài chính - Kế toán","Xây dựng","Nông nghiệp","Quản lý đất đai"}'),
 ('TRUONG_PHONG_VHXH', '{"Văn hóa học","Công tác xã hội","Hành chính học","Sư phạm"}'),
 ('PHO_TRUONG_PHONG_VHXH', '{"Văn hóa học","Công tác xã hội","Hành chính học","Sư phạm"}'),
 ('PHO_GIAM_DOC_PVHCC', '{"Hành chính học","Luật","Quản lý nhà nước"}')
) as f(code, fields) on f.code = p.code;
insert into requirement (job_position_id, type, min_level, note)
select id, 'EDUCATION', 'TRUNG_CAP', 'Trình độ trung cấp trở lên' from job_position where code = 'VAN_THU';
insert into requirement (job_position_id, type, min_level, note)
select id, 'EDUCATION', 'DAI_HOC', 'Trình độ đại học trở lên (tiêu chuẩn chức danh)' from job_position where kind = 'CHUC_DANH';

-- Political theory: sơ cấp for commune civil servants; trung cấp for leaders and titles.
insert into requirement (job_position_id, type, min_level, note)
select id, 'POLITICAL_THEORY', case when grp = 'LANH_DAO' then 'TRUNG_CAP' else 'SO_CAP' end,
       case when grp = 'LANH_DAO' then 'Lý luận chính trị trung cấp trở lên' else 'Lý luận chính trị sơ cấp trở lên' end
from job_position where grp in ('LANH_DAO', 'CHUYEN_MON');

-- State management: specialists need the general QLNN course for the 2-level government (2 weeks) or the
-- specialist programme (seed 000 III.1.b); leaders need the HCMA state-management programme for leaders.
insert into requirement (job_position_id, type, min_level, satisfied_by, note)
select id, 'STATE_MANAGEMENT', 'CHUYEN_VIEN', '{QLNN_CHUNG_2CAP}', 'Kiến thức chung về QLNN (chương trình chuyên viên hoặc khóa 2 tuần cho chính quyền 2 cấp)'
from job_position where grp = 'CHUYEN_MON';
insert into requirement (job_position_id, type, satisfied_by, note)
select id, 'PROGRAM', '{QLNN_LANH_DAO_HVCTQG}', 'Bồi dưỡng QLNN cho chức danh lãnh đạo, quản lý (chương trình Học viện CTQG Hồ Chí Minh)'
from job_position where grp = 'LANH_DAO';

-- Basic IT use for every civil-servant position.
insert into requirement (job_position_id, type, min_level, note)
select id, 'IT', 'CO_BAN', 'Ứng dụng công nghệ thông tin cơ bản' from job_position where kind = 'VI_TRI';
