-- Issue 14, points 4 and 5: users read names, not codes, and no internal references.
-- 1. A short label per target, shown in the matrix headers, chart legends and axes (the code only in a tooltip or
--    a column of its own); filled here for the targets of V14, editable in the target administration form.
alter table target add column short_name varchar(60);

update target set short_name = s.label
from (values ('CMCN_CU_DI_2028', 'Cử đi BD chuyên môn 2028'),
             ('QLNN_CHUNG_50_2028', 'QLNN chung 50% (2028)'),
             ('KY_NANG_NGANH_2028', 'Kỹ năng ngành (2028)'),
             ('KY_NANG_BO_TRO_2028', 'Kỹ năng bổ trợ (2028)'),
             ('QLNN_CHUNG_100_2031', 'QLNN chung 100% (2031)'),
             ('NU_CAP_UY_2030', 'Cấp ủy viên nữ (2030)'),
             ('CAN_BO_TRE_2030', 'Cán bộ trẻ (2030)'),
             ('LANH_DAO_DAT_CHUAN_2030', 'Lãnh đạo đạt chuẩn (2030)'),
             ('DAO_TAO_NGANH_BO_TRO_2030', 'ĐT, BD ngành, bổ trợ (2030)'),
             ('KHCN_CAP_UY_2030', 'Cấp ủy viên có KH-CN (2030)'),
             ('CT_PCT_UBND_QLNN_2025', 'CT, PCT UBND học QLNN (2025)'),
             ('CONG_CHUC_XA_CAP_NHAT_2025', 'Công chức xã cập nhật (2025)'),
             ('TRUONG_PHONG_QUAN_TRI_2025', 'Trưởng, phó phòng quản trị (2025)'),
             ('LOP_LANH_DAO_NAM', 'Lớp lãnh đạo, quản lý/năm'),
             ('LOP_KY_NANG_NAM', 'Lớp thực thi công vụ/năm'),
             ('BAO_CAO_KET_QUA', 'Báo cáo kết quả học'),
             ('DANH_GIA_HIEU_QUA', 'Đánh giá hiệu quả sau BD'))
         as s (code, label)
where target.code = s.code;

-- 2. The documents cited by their official numbers (issuer and title where the text has no number) instead of the
--    internal seed numbers the early migrations stored (seed 000 = KH 219/KH-UBND of phường Phù Liễn, 001 = the
--    city's plan implementing Đề án 700, 002 = the plan of phường Việt Hòa, 003 = CTr 17-CTr/ĐU, 004 = the province's
--    training plan 2023-2025). The same rewrite as vn.boiduong.shared.SourceDocuments.cite.
create function pg_temp.cite(s text) returns text language sql immutable as $$
select regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
       regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
       s,
       'KH tỉnh — mục (\S+) \(seed 001\)', 'Kế hoạch triển khai Đề án 700 của UBND thành phố, mục \1', 'g'),
       'KH phường — mục (\S+) \(seed 000\)', 'Kế hoạch 219/KH-UBND, mục \1', 'g'),
       'CTHĐ Đảng ủy phường — mục (.+?) \(seed 003\)', 'Chương trình hành động 17-CTr/ĐU, mục \1', 'g'),
       'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục (\S+) \(seed 004\)',
       'Kế hoạch đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của UBND tỉnh, mục \1', 'g'),
       'KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục (\S+) \(seed 004; ',
       'Kế hoạch đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của UBND tỉnh, mục \1 (', 'g'),
       'KH seed 003 ', 'Chương trình hành động 17-CTr/ĐU, mục ', 'g'),
       '[Ss]eed 000 ', 'Kế hoạch 219/KH-UBND, mục ', 'g'),
       '[Ss]eed 001 ', 'Kế hoạch triển khai Đề án 700 của UBND thành phố, mục ', 'g'),
       '[Ss]eed 002 ', 'Kế hoạch nâng cao chất lượng đội ngũ cán bộ, công chức của UBND phường Việt Hòa, mục ', 'g'),
       '[Ss]eed 003 ', 'Chương trình hành động 17-CTr/ĐU, mục ', 'g'),
       '[Ss]eed 004 ', 'Kế hoạch đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của UBND tỉnh, mục ', 'g'),
       '; 001 ', '; Kế hoạch triển khai Đề án 700 của UBND thành phố, mục ', 'g'),
       'DOMAIN\.md rule 3 \(004\)', 'Kế hoạch đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của UBND tỉnh', 'g'),
       '; DOMAIN\.md \(tiêu chuẩn LLCT\)', '; tiêu chuẩn lý luận chính trị của vị trí việc làm', 'g'),
       'DOMAIN\.md \(tiêu chuẩn LLCT công chức cấp xã\)', 'Tiêu chuẩn lý luận chính trị của công chức cấp xã', 'g')
$$;

-- the citations are longer than the codes were
alter table program alter column source_ref type varchar(300);
alter table target alter column source_ref type varchar(400);
alter table report_deadline alter column source_ref type varchar(400);

update program set source_ref = pg_temp.cite(source_ref) where source_ref ~ '(seed|Seed|DOMAIN\.md)';
update target set source_ref = pg_temp.cite(source_ref) where source_ref ~ '(seed|Seed|DOMAIN\.md)';
update report_deadline set source_ref = pg_temp.cite(source_ref) where source_ref ~ '(seed|Seed|DOMAIN\.md)';
update rating_indicator_set set source_ref = pg_temp.cite(source_ref) where source_ref ~ '(seed|Seed|DOMAIN\.md)';
update notification set subject = pg_temp.cite(subject), body = pg_temp.cite(body)
where subject ~ '(seed|Seed)' or body ~ '(seed|Seed)';
