package vn.boiduong.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target (chỉ tiêu): who is counted ({@code populationKind} + {@code population}, a whitelisted filter), what they
 * must reach ({@code condition}), the value to reach by the deadline, PERCENT or COUNT, the lowest level it is measured
 * at, and the unit that owns it (null: the ministry's, applies everywhere; a province's applies to its subtree).
 * {@code perYear} COUNT targets are due again every calendar year (e.g. classes organised a year).
 */
public record Target(long id, String code, String name, String shortName, String sourceRef, String populationKind, TargetSpec.Population population,
                     TargetSpec.Condition condition, String measure, BigDecimal targetValue, boolean perYear, LocalDate baselineOn,
                     LocalDate deadline, String level, Long ownerUnitId, String ownerPath, boolean active, int version) {

    /** Levels from the top: NATION 0, PROVINCE 1, COMMUNE 2, AGENCY 3 (the org_unit level, agencies deeper). */
    public static int rank(String level) {
        return switch (level) {
            case "NATION" -> 0;
            case "PROVINCE" -> 1;
            case "COMMUNE" -> 2;
            default -> 3;
        };
    }

    /**
     * Whether the target is shown at a unit of this tree level: a PERCENT target at its level and every level above
     * (shares roll up), a COUNT target only at its own level (a count per province means nothing summed nationally).
     */
    public boolean appliesAt(int unitLevel) {
        int mine = Math.min(unitLevel, 3);
        return "COUNT".equals(measure) ? mine == rank(level) : mine <= rank(level);
    }

    /** What headers, legends and axes show: the short name, else the name (the code only in a tooltip). */
    public String label() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public boolean percent() {
        return "PERCENT".equals(measure);
    }
}
