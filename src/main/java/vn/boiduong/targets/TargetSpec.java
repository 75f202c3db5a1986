package vn.boiduong.targets;

import java.util.List;
import java.util.Set;

/**
 * The structured parts of a target, stored as jsonb and turned into SQL only through {@link TargetSql}'s whitelist:
 * every field is a closed choice or a code checked against its list, never SQL text.
 */
public final class TargetSpec {

    public static final Set<String> POPULATION_KINDS = Set.of("PEOPLE", "ENROLLMENTS", "EFFECTS", "CLASSES");
    public static final Set<String> STAFF_KINDS = Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC", "NGUOI_LAO_DONG");
    public static final Set<String> POSITION_GROUPS = Set.of("LANH_DAO", "CHUYEN_MON", "HO_TRO");
    public static final Set<String> GAP_CATEGORIES = Set.of("SPECIALISED", "TITLE_STANDARD", "OTHER");
    public static final Set<String> ENROLLED_STATUSES = Set.of("APPROVED", "ATTENDING", "COMPLETED", "NOT_COMPLETED");
    /** Condition kinds per population kind. */
    public static final List<String> PEOPLE_CONDITIONS = List.of("TRAINED", "ENROLLED", "NO_GAP", "GENDER_F", "AGE_UNDER", "SCI_TECH");

    private TargetSpec() {
    }

    /**
     * Who is counted. For people: staff kinds, leader or not, job-position groups or codes, gender, party-committee
     * member (cấp ủy viên), age under N, affected by the reorganisation, has a gap of a category, or "lacking": has a
     * gap of the category or already went to one of the programmes that close it (so those sent stay counted).
     * For classes: programmes or catalog categories.
     */
    public record Population(List<String> staffKinds, Boolean leader, List<String> positionGroups, List<String> positionCodes,
                             String gender, Boolean partyCommittee, Integer ageUnder, Boolean affectedByReorg, String gapCategory,
                             Lacking lacking, List<String> programs, List<String> categories) {

        public static Population none() {
            return new Population(null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** Has a gap of {@code gapCategory} now, or an enrollment in one of {@code programs}. */
    public record Lacking(String gapCategory, List<String> programs) {
    }

    /**
     * What a counted person must reach: TRAINED (a certificate or a completed class of these programmes/categories),
     * ENROLLED (sent: approved, attending or completed, or the given statuses), NO_GAP of a category, GENDER_F,
     * AGE_UNDER years, SCI_TECH background; REPORTED for enrollments, SIGNED for effect evaluations; none for classes.
     */
    public record Condition(String kind, List<String> programs, List<String> categories, List<String> statuses, Integer years,
                            String category) {

        public static Condition none() {
            return new Condition(null, null, null, null, null, null);
        }
    }
}
