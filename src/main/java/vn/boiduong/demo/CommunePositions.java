package vn.boiduong.demo;

import java.util.List;

/**
 * The positions of a commune after the 2025 reorganisation (ND 150/2025, CV 7415/BNV-CCVC): where each sits,
 * how many hold it, and what kind of staff. Codes match the job-position catalog of the standards module.
 */
final class CommunePositions {

    private CommunePositions() {
    }

    /**
     * @param agency   suffix of the agency code inside the commune (DU, HDND, UBND, VP, KT, VHXH, PVHCC, MTTQ)
     * @param min      fewest holders
     * @param max      most holders
     * @param field    usual field of education
     * @param committee share (0–100) of holders sitting on the party committee (cấp ủy)
     */
    record Position(String code, String title, String agency, String staffKind, boolean leader, int min, int max,
                    String field, int committee) {
    }

    static final List<Position> ALL = List.of(
            new Position("BI_THU_DANG_UY", "Bí thư Đảng ủy", "DU", "CAN_BO", true, 1, 1, "Xây dựng Đảng và chính quyền nhà nước", 100),
            new Position("PHO_BI_THU_DANG_UY", "Phó Bí thư Đảng ủy", "DU", "CAN_BO", true, 1, 2, "Luật", 100),
            new Position("CHU_NHIEM_UBKT", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", "DU", "CAN_BO", true, 1, 1, "Luật", 100),
            new Position("TRUONG_BAN_XDD", "Trưởng Ban Xây dựng Đảng", "DU", "CAN_BO", true, 1, 1, "Xây dựng Đảng và chính quyền nhà nước", 100),
            new Position("CV_XAY_DUNG_DANG", "Chuyên viên Ban Xây dựng Đảng", "DU", "CONG_CHUC", false, 2, 4, "Xây dựng Đảng và chính quyền nhà nước", 0),
            new Position("CV_KIEM_TRA_DANG", "Chuyên viên Ủy ban Kiểm tra Đảng ủy", "DU", "CONG_CHUC", false, 1, 2, "Luật", 0),
            new Position("CV_VAN_PHONG_DANG_UY", "Chuyên viên Văn phòng Đảng ủy", "DU", "CONG_CHUC", false, 1, 2, "Hành chính học", 0),
            new Position("PCT_HDND", "Phó Chủ tịch HĐND", "HDND", "CAN_BO", true, 1, 1, "Luật", 100),
            new Position("TRUONG_BAN_HDND", "Trưởng Ban HĐND", "HDND", "CAN_BO", true, 2, 2, "Luật", 50),
            new Position("CT_UBND", "Chủ tịch UBND", "UBND", "CAN_BO", true, 1, 1, "Kinh tế", 100),
            new Position("PCT_UBND", "Phó Chủ tịch UBND", "UBND", "CAN_BO", true, 2, 3, "Kinh tế", 100),
            new Position("CHANH_VAN_PHONG", "Chánh Văn phòng HĐND và UBND", "VP", "CONG_CHUC", true, 1, 1, "Hành chính học", 80),
            new Position("PHO_CHANH_VAN_PHONG", "Phó Chánh Văn phòng HĐND và UBND", "VP", "CONG_CHUC", true, 1, 2, "Hành chính học", 10),
            new Position("CV_TONG_HOP", "Chuyên viên tổng hợp", "VP", "CONG_CHUC", false, 3, 6, "Hành chính học", 0),
            new Position("CV_TU_PHAP", "Chuyên viên tư pháp - hộ tịch", "VP", "CONG_CHUC", false, 1, 3, "Luật", 0),
            new Position("CV_CNTT", "Chuyên viên công nghệ thông tin", "VP", "CONG_CHUC", false, 1, 1, "Công nghệ thông tin", 0),
            new Position("KE_TOAN", "Kế toán", "VP", "CONG_CHUC", false, 1, 1, "Tài chính - Kế toán", 0),
            new Position("VAN_THU", "Văn thư - lưu trữ", "VP", "CONG_CHUC", false, 1, 2, "Lưu trữ học", 0),
            new Position("TRUONG_PHONG_KT", "Trưởng phòng Kinh tế", "KT", "CONG_CHUC", true, 1, 1, "Kinh tế", 70),
            new Position("PHO_TRUONG_PHONG_KT", "Phó Trưởng phòng Kinh tế", "KT", "CONG_CHUC", true, 1, 2, "Kinh tế", 0),
            new Position("CV_TAI_CHINH_KE_HOACH", "Chuyên viên tài chính - kế hoạch", "KT", "CONG_CHUC", false, 2, 4, "Tài chính - Kế toán", 0),
            new Position("CV_XAY_DUNG_CONG_THUONG", "Chuyên viên xây dựng - công thương", "KT", "CONG_CHUC", false, 2, 4, "Xây dựng", 0),
            new Position("CV_NONG_NGHIEP_MOI_TRUONG", "Chuyên viên nông nghiệp - môi trường", "KT", "CONG_CHUC", false, 2, 4, "Nông nghiệp", 0),
            new Position("CV_DAT_DAI", "Chuyên viên địa chính - đất đai", "KT", "CONG_CHUC", false, 2, 4, "Quản lý đất đai", 0),
            new Position("TRUONG_PHONG_VHXH", "Trưởng phòng Văn hóa - Xã hội", "VHXH", "CONG_CHUC", true, 1, 1, "Văn hóa học", 70),
            new Position("PHO_TRUONG_PHONG_VHXH", "Phó Trưởng phòng Văn hóa - Xã hội", "VHXH", "CONG_CHUC", true, 1, 2, "Công tác xã hội", 0),
            new Position("CV_NOI_VU", "Chuyên viên nội vụ", "VHXH", "CONG_CHUC", false, 1, 2, "Hành chính học", 0),
            new Position("CV_VAN_HOA", "Chuyên viên văn hóa - thể thao - du lịch", "VHXH", "CONG_CHUC", false, 1, 3, "Văn hóa học", 0),
            new Position("CV_LAO_DONG_XA_HOI", "Chuyên viên lao động - chính sách xã hội", "VHXH", "CONG_CHUC", false, 1, 3, "Công tác xã hội", 0),
            new Position("CV_GIAO_DUC", "Chuyên viên giáo dục - đào tạo", "VHXH", "CONG_CHUC", false, 1, 2, "Sư phạm", 0),
            new Position("CV_Y_TE", "Chuyên viên y tế", "VHXH", "CONG_CHUC", false, 1, 1, "Y tế công cộng", 0),
            new Position("PHO_GIAM_DOC_PVHCC", "Phó Giám đốc Trung tâm Phục vụ hành chính công", "PVHCC", "CONG_CHUC", true, 1, 1, "Hành chính học", 0),
            new Position("CV_MOT_CUA", "Chuyên viên tiếp nhận và trả kết quả", "PVHCC", "CONG_CHUC", false, 4, 8, "Luật", 0),
            new Position("CT_MTTQ", "Chủ tịch Ủy ban MTTQ Việt Nam", "MTTQ", "CAN_BO", true, 1, 1, "Xây dựng Đảng và chính quyền nhà nước", 100),
            new Position("PCT_MTTQ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam", "MTTQ", "CAN_BO", true, 3, 4, "Công tác xã hội", 30),
            new Position("CV_MTTQ", "Chuyên viên Ủy ban MTTQ", "MTTQ", "CONG_CHUC", false, 2, 4, "Công tác xã hội", 0));

    /** Specialist positions that take the extra staff of larger communes. */
    static final List<String> GROWABLE = List.of("CV_TONG_HOP", "CV_TAI_CHINH_KE_HOACH", "CV_XAY_DUNG_CONG_THUONG",
            "CV_NONG_NGHIEP_MOI_TRUONG", "CV_DAT_DAI", "CV_VAN_HOA", "CV_LAO_DONG_XA_HOI", "CV_MOT_CUA", "CV_TU_PHAP",
            "CV_XAY_DUNG_DANG", "CV_MTTQ");
}
