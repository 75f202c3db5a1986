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
    /**
     * Training programmes that certificates name, until the catalog (issue 5) owns them: CMCN = the specialised
     * professional course of a position (3 months, seed 000 III.1.a); QLNN_CHUNG_2CAP = general state management
     * for the 2-level government (2 weeks); QLNN_LANH_DAO_HVCTQG = state management for leaders (HCMA).
     */
    public static final List<String> PROGRAMS = List.of("CMCN", "QLNN_CHUNG_2CAP", "QLNN_LANH_DAO_HVCTQG", "LLCT_SO_CAP",
            "LLCT_TRUNG_CAP", "CNTT_CO_BAN");
    public static final List<String> STATUSES = List.of("ACTIVE", "RETIRED", "TRANSFERRED_OUT", "STREAMLINED");
}
