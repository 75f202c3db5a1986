-- Training programme catalog (danh mục chương trình bồi dưỡng): what cadres can be sent to. National rows
-- (owner_unit_id null) come from the seeds; a province may add its own (owner = the province unit).
create table program (
    id              bigserial primary key,
    code            varchar(40)  not null unique check (code ~ '^[A-Z0-9_]+$'),
    name            varchar(300) not null,
    category        varchar(30)  not null check (category in ('CHUYEN_MON', 'QLNN', 'LLCT', 'KY_NANG_NGANH',
                                                              'KY_NANG_BO_TRO', 'CAP_NHAT', 'CNTT', 'DAO_TAO', 'KHAC')),
    duration_days   integer      not null check (duration_days > 0),
    duration_text   varchar(60)  not null,
    target_group    varchar(300) not null,
    organiser       varchar(200) not null,
    certificate     varchar(200),
    phase           smallint check (phase in (1, 2)),
    source_ref      varchar(100),
    owner_unit_id   bigint       references org_unit (id),
    active          boolean      not null default true,
    version         integer      not null default 0,
    search_key      text         not null default ''
);
create index program_owner on program (owner_unit_id);
create index program_category on program (category);

-- Seed 000 III and 001 II (programmes and durations of the 2026–2031 plan), seed 004 II–III (provincial plan
-- 2023–2025: leadership classes, public-service classes, postgraduate and medical training), DOMAIN.md rule 3.
-- Where a seed names a programme without its length, duration_text says "ước tính" (an estimate to revise).
insert into program (code, name, category, duration_days, duration_text, target_group, organiser, certificate, phase, source_ref) values
-- seed 000 III.1.a / 001 II.1.a: specialised professional knowledge of the (new) position, 3 months
('CMCN', 'Bồi dưỡng kiến thức chuyên môn chuyên ngành theo vị trí việc làm', 'CHUYEN_MON', 66, '3 tháng',
 'Cán bộ, công chức cấp xã chưa đáp ứng yêu cầu về chuyên môn, nghiệp vụ của vị trí việc làm (mới)',
 'Cơ sở đào tạo, bồi dưỡng do cấp trên tổ chức (Sở Nội vụ chủ trì)', 'Chứng chỉ bồi dưỡng kiến thức chuyên môn chuyên ngành', 1, 'seed 000 III.1.a; 001 II.1.a'),
-- seed 000 III.1.b, III.2.a / 001 II.1.b, II.2.a: state management for leaders, HCMA programme
('QLNN_LANH_DAO_HVCTQG', 'Bồi dưỡng kiến thức, kỹ năng quản lý nhà nước đối với chức danh lãnh đạo, quản lý', 'QLNN', 20, '4 tuần (ước tính)',
 'Cán bộ, công chức lãnh đạo, quản lý cấp xã', 'Học viện Chính trị quốc gia Hồ Chí Minh',
 'Chứng chỉ bồi dưỡng quản lý nhà nước theo chương trình Học viện Chính trị quốc gia Hồ Chí Minh', null, 'seed 000 III.1.b, III.2.a; 001 II.1.b'),
-- seed 000 III.1.b, III.2.b / 001 II.1.b, II.2.b: general state management for the 2-level government, 2 weeks
('QLNN_CHUNG_2CAP', 'Bồi dưỡng kiến thức chung về quản lý nhà nước đáp ứng yêu cầu vận hành chính quyền địa phương 2 cấp', 'QLNN', 10, '2 tuần',
 'Công chức chuyên môn cấp xã', 'Sở Nội vụ phối hợp Trường Chính trị tỉnh',
 'Chứng chỉ bồi dưỡng kiến thức chung về quản lý nhà nước', null, 'seed 000 III.1.b, III.2.b; 001 II.1.b'),
-- seed 004 II.2.b, III.3.a: commune chairs and vice-chairs
('QLNN_CT_PCT_UBND_XA', 'Bồi dưỡng quản lý nhà nước về phát triển kinh tế - xã hội, quốc phòng, an ninh, môi trường và kỹ năng lãnh đạo, quản lý cho Chủ tịch, Phó Chủ tịch UBND cấp xã', 'QLNN', 5, '5 ngày (ước tính)',
 'Chủ tịch, Phó Chủ tịch Ủy ban nhân dân cấp xã', 'Sở Nội vụ phối hợp Trường Chính trị tỉnh', null, null, 'seed 004 II.2.b, III.3.a'),
-- seed 004 II.2.a, III.3.a: leadership classes of 40–50 people
('LD_QUAN_LY_NANG_CAO', 'Bồi dưỡng nâng cao năng lực lãnh đạo, quản lý theo ngành, lĩnh vực (lớp từ 40 đến 50 học viên)', 'QLNN', 5, '5 ngày (ước tính)',
 'Cán bộ, công chức lãnh đạo, quản lý cấp phòng trở lên', 'Sở Nội vụ phối hợp cơ sở đào tạo, bồi dưỡng có uy tín', null, null, 'seed 004 II.2.a, III.3.a'),
-- political theory levels named by the standards (sơ cấp for commune civil servants, trung cấp for leaders)
('LLCT_SO_CAP', 'Sơ cấp lý luận chính trị', 'LLCT', 30, '240 tiết (ước tính 6 tuần)',
 'Công chức cấp xã chưa có trình độ lý luận chính trị', 'Trường Chính trị tỉnh hoặc cơ sở được cấp ủy giao',
 'Giấy chứng nhận sơ cấp lý luận chính trị', null, 'DOMAIN.md (tiêu chuẩn LLCT công chức cấp xã)'),
('LLCT_TRUNG_CAP', 'Trung cấp lý luận chính trị - hành chính', 'LLCT', 176, '8 tháng (ước tính, hệ tập trung)',
 'Cán bộ lãnh đạo, cấp ủy viên; Chủ tịch, Phó Chủ tịch HĐND, UBND cấp xã', 'Trường Chính trị tỉnh',
 'Bằng tốt nghiệp trung cấp lý luận chính trị', null, 'seed 003 II.2.2; DOMAIN.md (tiêu chuẩn LLCT)'),
-- IT: basic IT use (a standard of every position); digital skills in phase 2
('CNTT_CO_BAN', 'Ứng dụng công nghệ thông tin cơ bản', 'CNTT', 10, '2 tuần (ước tính)',
 'Công chức cấp xã chưa đạt chuẩn kỹ năng sử dụng công nghệ thông tin cơ bản', 'Cơ sở đào tạo, bồi dưỡng được Sở Nội vụ lựa chọn',
 'Chứng chỉ ứng dụng công nghệ thông tin cơ bản', null, 'seed 001 II.2.b; tiêu chuẩn CNTT của vị trí việc làm'),
('CNTT_KY_NANG_SO', 'Ứng dụng công nghệ thông tin, kỹ năng số, công nghệ số hỗ trợ hoạt động công vụ', 'CNTT', 3, '3 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Khoa học và Công nghệ phối hợp Sở Nội vụ', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
-- seed 000 III.1.b / 001 II.1.b: sector courses, 2 to 5 days each
('NGANH_QUY_HOACH', 'Lập quy hoạch phát triển kinh tế - xã hội', 'KY_NANG_NGANH', 3, '3 ngày',
 'Công chức Phòng Kinh tế và lãnh đạo cấp xã', 'Sở Tài chính phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_DAU_TU_CONG', 'Quản lý dự án đầu tư công', 'KY_NANG_NGANH', 5, '5 ngày',
 'Công chức Phòng Kinh tế; công chức tài chính - kế hoạch', 'Sở Tài chính phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_TAI_CHINH', 'Quản lý tài chính, ngân sách cấp xã', 'KY_NANG_NGANH', 3, '3 ngày',
 'Kế toán; công chức tài chính - kế hoạch', 'Sở Tài chính phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_DAU_THAU', 'Nghiệp vụ đấu thầu', 'KY_NANG_NGANH', 5, '5 ngày',
 'Công chức tham gia lựa chọn nhà thầu ở cấp xã', 'Sở Tài chính phối hợp cơ sở đào tạo, bồi dưỡng',
 'Chứng chỉ đào tạo về đấu thầu', 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_DAT_DAI', 'Quản lý đất đai', 'KY_NANG_NGANH', 5, '5 ngày',
 'Công chức địa chính - đất đai; lãnh đạo Phòng Kinh tế', 'Sở Nông nghiệp và Môi trường phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_TRAT_TU_XAY_DUNG', 'Quản lý trật tự xây dựng', 'KY_NANG_NGANH', 3, '3 ngày',
 'Công chức xây dựng - đô thị cấp xã', 'Sở Xây dựng phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_AN_SINH_XA_HOI', 'Chính sách an sinh xã hội', 'KY_NANG_NGANH', 3, '3 ngày',
 'Công chức lao động - chính sách xã hội, Phòng Văn hóa - Xã hội', 'Sở Nội vụ phối hợp Sở Y tế', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_DU_LICH_CONG_DONG', 'Phát triển du lịch cộng đồng', 'KY_NANG_NGANH', 3, '3 ngày',
 'Công chức văn hóa - du lịch; lãnh đạo cấp xã có tiềm năng du lịch', 'Sở Văn hóa, Thể thao và Du lịch', null, null, 'seed 000 III.1.b, III.2.b; 001 II.2.b'),
('NGANH_RUI_RO_XA_HOI', 'Quản trị rủi ro xã hội', 'KY_NANG_NGANH', 3, '3 ngày',
 'Cán bộ, công chức cấp xã', 'Sở Nội vụ phối hợp Công an tỉnh', null, null, 'seed 000 III.1.b, III.2.b; 001 II.2.b'),
('NGANH_KINH_TE_SO_NONG_NGHIEP', 'Kinh tế số nông nghiệp, nông thôn', 'KY_NANG_NGANH', 3, '3 ngày',
 'Công chức nông nghiệp - môi trường; lãnh đạo Phòng Kinh tế', 'Sở Nông nghiệp và Môi trường', null, null, 'seed 000 III.1.b, III.2.b; 001 II.2.b'),
('NGANH_KHIEU_NAI_TO_CAO', 'Tiếp công dân, giải quyết khiếu nại, tố cáo', 'KY_NANG_NGANH', 3, '3 ngày',
 'Lãnh đạo, công chức làm công tác tiếp dân, thanh tra, tư pháp cấp xã', 'Thanh tra tỉnh phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('NGANH_CONG_TAC_DANG', 'Nghiệp vụ công tác Đảng', 'KY_NANG_NGANH', 4, '4 ngày',
 'Cán bộ, công chức khối Đảng cấp xã', 'Ban Tổ chức Tỉnh ủy phối hợp Trường Chính trị tỉnh', null, 1, 'seed 001 II.1.b'),
-- seed 004 II.2.a, III.3.a: public-service classes (7–10 a year)
('NGANH_QUAN_LY_DO_THI', 'Quản lý đô thị', 'KY_NANG_NGANH', 5, '5 ngày (ước tính)',
 'Công chức chuyên môn quản lý đô thị', 'Sở Xây dựng phối hợp Sở Nội vụ', null, null, 'seed 004 II.2.a, III.3.a'),
('NGANH_CDS_DAT_DAI', 'Chuyển đổi số trong công tác quản lý đất đai', 'KY_NANG_NGANH', 3, '3 ngày (ước tính)',
 'Công chức địa chính - đất đai', 'Sở Nông nghiệp và Môi trường', null, null, 'seed 004 II.2.a, III.3.a'),
('NGANH_CDS_LUU_TRU', 'Chuyển đổi số trong công tác lưu trữ', 'KY_NANG_NGANH', 3, '3 ngày (ước tính)',
 'Công chức văn thư - lưu trữ', 'Sở Nội vụ', null, null, 'seed 004 II.2.a, III.3.a'),
-- seed 000 III.1.b / 001 II.1.b: supplementary skills, 2 to 5 days each
('KN_THU_TUC_HANH_CHINH', 'Kỹ năng giải quyết thủ tục hành chính', 'KY_NANG_BO_TRO', 3, '3 ngày',
 'Công chức Trung tâm Phục vụ hành chính công và công chức chuyên môn cấp xã', 'Sở Nội vụ phối hợp Văn phòng UBND tỉnh', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('KN_GIAO_TIEP_HANH_CHINH', 'Kỹ năng giao tiếp hành chính', 'KY_NANG_BO_TRO', 2, '2 ngày',
 'Cán bộ, công chức cấp xã', 'Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('KN_GIAI_QUYET_MAU_THUAN', 'Kỹ năng giải quyết mâu thuẫn và tương tác với người dân', 'KY_NANG_BO_TRO', 2, '2 ngày',
 'Cán bộ, công chức cấp xã', 'Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('KN_DU_LIEU_CONG_CU_SO', 'Khai thác, sử dụng dữ liệu, hồ sơ số và công cụ số trong quản lý công việc', 'KY_NANG_BO_TRO', 3, '3 ngày',
 'Cán bộ, công chức cấp xã', 'Sở Khoa học và Công nghệ phối hợp Sở Nội vụ', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('KN_RA_QUYET_DINH', 'Kỹ năng ra quyết định tại cơ sở', 'KY_NANG_BO_TRO', 2, '2 ngày',
 'Cán bộ, công chức lãnh đạo, quản lý cấp xã', 'Sở Nội vụ phối hợp Trường Chính trị tỉnh', null, 1, 'seed 001 II.1.b'),
('KN_XU_LY_TINH_HUONG', 'Năng lực xử lý tình huống trong thực thi công vụ ở cấp xã', 'KY_NANG_BO_TRO', 2, '2 ngày',
 'Cán bộ, công chức cấp xã', 'Sở Nội vụ phối hợp Trường Chính trị tỉnh', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
('KN_TRUYEN_THONG_CHINH_SACH', 'Kỹ năng truyền thông chính sách', 'KY_NANG_BO_TRO', 2, '2 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Văn hóa, Thể thao và Du lịch phối hợp Sở Nội vụ', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
('KN_PHOI_HOP_LIEN_NGANH', 'Kỹ năng phối hợp liên ngành', 'KY_NANG_BO_TRO', 2, '2 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Nội vụ', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
-- seed 000 III.1.b / 001 II.1.b: by title, by problem, by local practice
('BD_THEO_CHUC_DANH_VAN_DE', 'Bồi dưỡng theo chức danh, theo vấn đề và theo thực tiễn của địa phương', 'KHAC', 3, '3 ngày',
 'Cán bộ, công chức cấp xã theo chức danh', 'Sở Nội vụ phối hợp sở, ngành liên quan', null, 1, 'seed 000 III.1.b; 001 II.1.b'),
-- seed 000 III.2 / 001 II.2: phase-2 updates, 2 to 5 days each
('CN_LANH_DAO_QUAN_TRI', 'Cập nhật kiến thức, kỹ năng lãnh đạo, quản lý: kỷ nguyên mới, phương thức sản xuất số, quản trị công hiện đại', 'CAP_NHAT', 5, '5 ngày',
 'Cán bộ, công chức lãnh đạo, quản lý cấp xã', 'Sở Nội vụ phối hợp Trường Chính trị tỉnh', null, 2, 'seed 000 III.2.a; 001 II.2.a'),
('CN_CHINH_QUYEN_SO', 'Xây dựng chính quyền số, ứng dụng công nghệ thông tin trong lãnh đạo, chỉ đạo, điều hành', 'CAP_NHAT', 3, '3 ngày',
 'Cán bộ, công chức lãnh đạo, quản lý cấp xã', 'Sở Khoa học và Công nghệ phối hợp Sở Nội vụ', null, 2, 'seed 000 III.2.a; 001 II.2.a'),
('CN_PHAP_LUAT', 'Cập nhật kiến thức pháp luật', 'CAP_NHAT', 2, '2 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Tư pháp', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
('CN_DAO_DUC_CONG_VU', 'Đạo đức công vụ', 'CAP_NHAT', 2, '2 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Nội vụ', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
('CN_VAN_HOA_CONG_SO_LIEM_CHINH', 'Văn hóa công sở, liêm chính', 'CAP_NHAT', 2, '2 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Nội vụ', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
('CN_PHUC_VU_DOANH_NGHIEP', 'Phục vụ doanh nghiệp', 'CAP_NHAT', 2, '2 ngày',
 'Công chức chuyên môn cấp xã', 'Sở Tài chính phối hợp Sở Nội vụ', null, 2, 'seed 001 II.2.b'),
('CN_NGHIEP_VU_CHUYEN_SAU', 'Cập nhật kiến thức, kỹ năng chuyên môn, nghiệp vụ mới và nghiệp vụ chuyên sâu', 'CAP_NHAT', 5, '5 ngày',
 'Công chức chuyên môn cấp xã', 'Sở, ngành quản lý lĩnh vực phối hợp Sở Nội vụ', null, 2, 'seed 000 III.2.b; 001 II.2.b'),
-- seed 004 II.2.a: young leaders abroad
('BD_NUOC_NGOAI_LD_TRE', 'Bồi dưỡng ở nước ngoài cho cán bộ lãnh đạo, quản lý trẻ (dưới 45 tuổi) theo chương trình, đề án của Trung ương', 'KHAC', 20, '4 tuần (ước tính)',
 'Cán bộ lãnh đạo, quản lý trẻ có năng lực nổi trội', 'Theo chương trình, đề án của Trung ương', null, null, 'seed 004 II.2.a'),
-- seed 004 II.2.d, III.3.b and DOMAIN.md rule 3: degrees
('DT_VAN_BANG_2', 'Đào tạo văn bằng hai trình độ đại học, ngành phù hợp vị trí việc làm', 'DAO_TAO', 330, '18 tháng (ước tính)',
 'Cán bộ, công chức có ngành đào tạo chưa phù hợp vị trí việc làm', 'Cơ sở giáo dục đại học', 'Bằng tốt nghiệp đại học (văn bằng hai)', null, 'DOMAIN.md rule 3 (004)'),
('DT_THAC_SI', 'Đào tạo trình độ thạc sĩ', 'DAO_TAO', 440, '2 năm (ước tính)',
 'Cán bộ, công chức, viên chức được cử đi đào tạo sau đại học', 'Cơ sở giáo dục đại học trong nước hoặc nước ngoài', 'Bằng thạc sĩ', null, 'seed 004 II.2.d, III.3.b'),
('DT_TIEN_SI', 'Đào tạo trình độ tiến sĩ', 'DAO_TAO', 660, '3 năm (ước tính)',
 'Cán bộ, công chức, viên chức được cử đi đào tạo sau đại học', 'Cơ sở giáo dục đại học trong nước hoặc nước ngoài', 'Bằng tiến sĩ', null, 'seed 004 II.2.d, III.3.b'),
('DT_CHUYEN_KHOA_Y_DUOC', 'Đào tạo chuyên khoa cấp I, cấp II các chuyên ngành y, dược', 'DAO_TAO', 440, '2 năm (ước tính)',
 'Viên chức ngành y tế', 'Cơ sở đào tạo y, dược', 'Bằng chuyên khoa cấp I, cấp II', null, 'seed 004 II.2.d, III.3.b');

-- accent-free lower-case name and code for search, the same key as VietnameseText.searchKey(name + ' ' + code)
update program set search_key = lower(unaccent(name || ' ' || code));
