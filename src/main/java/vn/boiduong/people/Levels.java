package vn.boiduong.people;

import java.util.List;

/** Coded values of a personnel file; the UI shows them through messages ("level.education.DAI_HOC"). */
public final class Levels {

    private Levels() {
    }

    public static final List<String> STAFF_KINDS = List.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC", "NGUOI_LAO_DONG");
    public static final List<String> EDUCATION = List.of("TRUNG_CAP", "CAO_DANG", "DAI_HOC", "THAC_SI", "TIEN_SI");
    /** Lý luận chính trị. */
    public static final List<String> POLITICAL_THEORY = List.of("NONE", "SO_CAP", "TRUNG_CAP", "CAO_CAP", "CU_NHAN");
    /** Quản lý nhà nước: chương trình chuyên viên / chuyên viên chính / chuyên viên cao cấp. */
    public static final List<String> STATE_MANAGEMENT = List.of("NONE", "CHUYEN_VIEN", "CHUYEN_VIEN_CHINH", "CHUYEN_VIEN_CAO_CAP");
    /** Ngạch (TT 2/2021/TT-BNV). */
    public static final List<String> RANKS = List.of("01.001", "01.002", "01.003", "01.004", "01.005");
    public static final List<String> STATUSES = List.of("ACTIVE", "RETIRED", "TRANSFERRED_OUT", "STREAMLINED");
}
