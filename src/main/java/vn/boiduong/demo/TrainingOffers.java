package vn.boiduong.demo;

import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Which programmes of the catalogue (chương trình bồi dưỡng) a synthetic cadre is sent to in 2026, at which level the
 * class is organised, and how likely each cadre is to go: those who need a course go far more often than others.
 */
final class TrainingOffers {

    private TrainingOffers() {
    }

    /** A person who may be sent to training (học viên), as the generator needs them. */
    record Trainee(long id, String personnelCode, long unitId, String agency, String communeCode, String position,
                   String group, boolean leader, String staffKind, boolean female, boolean minority, boolean affected,
                   String theory, String itLevel) {
    }

    /**
     * Where the class is held: the province's political school (central), the national academy (HVCTQG), a cluster
     * of neighbouring communes, or the commune itself (on site, commune budget).
     */
    enum Level { PROVINCE, ACADEMY, CLUSTER, COMMUNE }

    /**
     * @param chance per-mille chance that a trainee attends this programme in the year
     * @param fromWeek first week of 2026 in which a class may start, {@code toWeek} the last
     */
    record Offer(String program, Level level, int capacity, int fromWeek, int toWeek, ToIntFunction<Trainee> chance) {
    }

    private static final Set<String> UBND_CHAIRS = Set.of("CT_UBND", "PCT_UBND");

    private static int specialist(Trainee t, int perMille) {
        return t.leader() ? 0 : perMille;
    }

    private static int in(Trainee t, String agency, int perMille, int otherwise) {
        return agency.equals(t.agency()) ? perMille : otherwise;
    }

    private static int holds(Trainee t, String position, int perMille, int otherwise) {
        return position.equals(t.position()) ? perMille : otherwise;
    }

    static final List<Offer> ALL = List.of(
            // seed 000 III.1.a / 001 II.1.a: specialised knowledge for those placed in a new position by the reorganisation
            new Offer("CMCN", Level.PROVINCE, 60, 2, 36, t -> t.leader() ? 0 : t.affected() ? 420 : 40),
            // seed 000 III.1.b, III.2.b: general state management for the 2-level government, every commune specialist
            new Offer("QLNN_CHUNG_2CAP", Level.PROVINCE, 60, 2, 46, t -> "CONG_CHUC".equals(t.staffKind()) && !t.leader() ? 420 : 20),
            // seed 000 III.1.b, III.2.a: leaders and managers at the national academy's programme
            new Offer("QLNN_LANH_DAO_HVCTQG", Level.ACADEMY, 60, 6, 44, t -> t.leader() ? 330 : 0),
            // seed 004 II.2.b, III.3.a: commune chairs and vice-chairs
            new Offer("QLNN_CT_PCT_UBND_XA", Level.PROVINCE, 50, 8, 44, t -> UBND_CHAIRS.contains(t.position()) ? 600 : 0),
            // seed 004 II.2.a, III.3.a: leadership classes of 40–50
            new Offer("LD_QUAN_LY_NANG_CAO", Level.PROVINCE, 50, 10, 46, t -> t.leader() ? 160 : 0),
            // DOMAIN.md: sơ cấp LLCT for commune civil servants, trung cấp for leaders
            new Offer("LLCT_SO_CAP", Level.PROVINCE, 60, 4, 40, t -> "NONE".equals(t.theory()) ? 260 : 0),
            new Offer("LLCT_TRUNG_CAP", Level.PROVINCE, 60, 2, 12, t -> t.leader() && "SO_CAP".equals(t.theory()) ? 300 : 0),
            // tiêu chuẩn CNTT của vị trí việc làm: basic IT for those without it
            new Offer("CNTT_CO_BAN", Level.PROVINCE, 50, 4, 46, t -> t.itLevel() == null ? 380 : 0),
            // seed 000 III.1.b / 001 II.1.b: sector courses, by the agency and position that need them
            new Offer("NGANH_QUY_HOACH", Level.CLUSTER, 40, 4, 46, t -> in(t, "KT", 150, t.leader() ? 40 : 0)),
            new Offer("NGANH_DAU_TU_CONG", Level.CLUSTER, 40, 4, 46, t -> holds(t, "CV_TAI_CHINH_KE_HOACH", 320, in(t, "KT", 90, 0))),
            new Offer("NGANH_TAI_CHINH", Level.CLUSTER, 40, 4, 46, t -> holds(t, "KE_TOAN", 420, holds(t, "CV_TAI_CHINH_KE_HOACH", 350, 0))),
            new Offer("NGANH_DAU_THAU", Level.CLUSTER, 40, 4, 46, t -> in(t, "KT", 120, holds(t, "KE_TOAN", 200, 0))),
            new Offer("NGANH_DAT_DAI", Level.CLUSTER, 40, 4, 46, t -> holds(t, "CV_DAT_DAI", 420, in(t, "KT", t.leader() ? 220 : 0, 0))),
            new Offer("NGANH_TRAT_TU_XAY_DUNG", Level.CLUSTER, 40, 4, 46, t -> holds(t, "CV_XAY_DUNG_CONG_THUONG", 420, 0)),
            new Offer("NGANH_AN_SINH_XA_HOI", Level.CLUSTER, 40, 4, 46, t -> holds(t, "CV_LAO_DONG_XA_HOI", 450, in(t, "VHXH", 100, 0))),
            new Offer("NGANH_KHIEU_NAI_TO_CAO", Level.CLUSTER, 40, 4, 46, t -> holds(t, "CV_TU_PHAP", 380, t.leader() ? 100 : in(t, "PVHCC", 100, 0))),
            new Offer("NGANH_CONG_TAC_DANG", Level.CLUSTER, 40, 4, 46, t -> in(t, "DU", 380, in(t, "MTTQ", 150, 0))),
            new Offer("NGANH_RUI_RO_XA_HOI", Level.CLUSTER, 40, 4, 46, t -> 60),
            // seed 000 III.2.b / 001 II.2.b (phase 2): sector and update courses, from the second half of the year
            new Offer("NGANH_KINH_TE_SO_NONG_NGHIEP", Level.CLUSTER, 40, 27, 48, t -> holds(t, "CV_NONG_NGHIEP_MOI_TRUONG", 320, 0)),
            new Offer("NGANH_DU_LICH_CONG_DONG", Level.CLUSTER, 40, 27, 48, t -> holds(t, "CV_VAN_HOA", 360, 0)),
            new Offer("NGANH_QUAN_LY_DO_THI", Level.CLUSTER, 40, 10, 46, t -> holds(t, "CV_XAY_DUNG_CONG_THUONG", 220, 0)),
            new Offer("NGANH_CDS_DAT_DAI", Level.CLUSTER, 40, 10, 46, t -> holds(t, "CV_DAT_DAI", 260, 0)),
            new Offer("NGANH_CDS_LUU_TRU", Level.CLUSTER, 40, 10, 46, t -> holds(t, "VAN_THU", 500, 0)),
            new Offer("CN_LANH_DAO_QUAN_TRI", Level.PROVINCE, 50, 27, 48, t -> t.leader() ? 220 : 0),
            new Offer("CN_CHINH_QUYEN_SO", Level.PROVINCE, 50, 27, 48, t -> t.leader() ? 220 : 0),
            new Offer("CN_PHAP_LUAT", Level.CLUSTER, 40, 27, 48, t -> holds(t, "CV_TU_PHAP", 300, specialist(t, 90))),
            new Offer("CN_NGHIEP_VU_CHUYEN_SAU", Level.CLUSTER, 40, 27, 48, t -> specialist(t, 90)),
            new Offer("CNTT_KY_NANG_SO", Level.CLUSTER, 40, 27, 48, t -> specialist(t, 160)),
            new Offer("KN_TRUYEN_THONG_CHINH_SACH", Level.CLUSTER, 40, 27, 48, t -> specialist(t, 90)),
            new Offer("KN_PHOI_HOP_LIEN_NGANH", Level.CLUSTER, 40, 27, 48, t -> specialist(t, 90)),
            // seed 000 III.1.b / 001 II.1.b: supplementary skills, short courses held in the commune
            new Offer("KN_GIAO_TIEP_HANH_CHINH", Level.COMMUNE, 35, 3, 48, t -> in(t, "PVHCC", 420, 170)),
            new Offer("KN_GIAI_QUYET_MAU_THUAN", Level.COMMUNE, 35, 3, 48, t -> 140),
            new Offer("KN_XU_LY_TINH_HUONG", Level.COMMUNE, 35, 3, 48, t -> 170),
            new Offer("KN_DU_LIEU_CONG_CU_SO", Level.COMMUNE, 35, 3, 48, t -> 170),
            new Offer("KN_THU_TUC_HANH_CHINH", Level.COMMUNE, 35, 3, 48, t -> in(t, "PVHCC", 520, 90)),
            new Offer("KN_RA_QUYET_DINH", Level.COMMUNE, 35, 3, 48, t -> t.leader() ? 320 : 0),
            new Offer("BD_THEO_CHUC_DANH_VAN_DE", Level.COMMUNE, 35, 3, 48, t -> 110),
            new Offer("CN_DAO_DUC_CONG_VU", Level.COMMUNE, 35, 27, 48, t -> specialist(t, 150)),
            new Offer("CN_VAN_HOA_CONG_SO_LIEM_CHINH", Level.COMMUNE, 35, 27, 48, t -> 130),
            new Offer("CN_PHUC_VU_DOANH_NGHIEP", Level.COMMUNE, 35, 27, 48, t -> in(t, "KT", 180, in(t, "PVHCC", 180, 0))));
}
