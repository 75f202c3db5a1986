package vn.boiduong.people;

import java.util.List;

/**
 * Filters of the people list; null means "any". {@code ageBand} is one of {@link #AGE_BANDS}
 * ("LT42" = the young cadres of seed 003 II.2.2: under 42).
 */
public record PersonQuery(Long unitId, String text, String staffKind, Boolean leader, String status, String gender,
                          String position, String education, String politicalTheory, String stateManagement,
                          String ageBand) {

    public static final List<String> AGE_BANDS = List.of("LT30", "30_39", "40_49", "50_59", "GE60", "LT42");

    public PersonQuery(Long unitId, String text, String staffKind, Boolean leader, String status) {
        this(unitId, text, staffKind, leader, status, null, null, null, null, null, null);
    }

    public static PersonQuery all() {
        return new PersonQuery(null, null, null, null, "ACTIVE");
    }

    /** [min age inclusive, max age exclusive) of the band, or null. */
    int[] ages() {
        if (ageBand == null) {
            return null;
        }
        return switch (ageBand) {
            case "LT30" -> new int[] {0, 30};
            case "30_39" -> new int[] {30, 40};
            case "40_49" -> new int[] {40, 50};
            case "50_59" -> new int[] {50, 60};
            case "GE60" -> new int[] {60, 200};
            case "LT42" -> new int[] {0, 42};
            default -> null;
        };
    }
}
