package vn.boiduong.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.boiduong.orgunit.OrgUnit;

/**
 * One unit's dashboard (bảng theo dõi chỉ tiêu), read only from the rollup tables: the cards of the unit, the matrix
 * of its child units × targets with the late columns and the overdue effect evaluations, the monthly history of
 * each card, the training facts by programme and the effect-evaluation coverage per child.
 */
public record Dashboard(OrgUnit unit, List<OrgUnit> breadcrumbs, LocalDate asOf, int year, List<TargetProgress> cards,
                        List<Column> columns, List<ChildRow> rows, List<LateColumn> late, List<History> history,
                        List<ProgramRow> programs, EffectCounts effectTotal) {

    /** A matrix column: a target measured at the children's level. */
    public record Column(long targetId, String code, String name, String label, String measure, BigDecimal target, String populationKind) {
    }

    /** A column of things late below (reports, tasks …), from a {@link LateItems} implementation. */
    public record LateColumn(String labelKey, int index) {
    }

    /** One child unit: a cell per column (absent: nothing counted), late counts by column index, effect coverage. */
    public record ChildRow(long unitId, String code, String name, Map<Long, Cell> cells, List<Late> late, EffectCounts effect) {
    }

    public record Late(int count, String link) {
    }

    public record Cell(long numerator, long denominator, BigDecimal value, BigDecimal projected, String status) {
    }

    /** The monthly values of one target at the unit (null where nothing was counted). */
    public record History(long targetId, String code, String label, List<LocalDate> periods, List<BigDecimal> values) {
    }

    /** Training by programme in the year (seed 000 IV.3: number sent, results). */
    public record ProgramRow(String code, String name, String category, long sent, long completed, long passed, long reported) {

        private static final int LABEL_MAX = 40;

        /** A short label for legends and axes: the name without its leading "Bồi dưỡng", cut at a word (code in the tooltip). */
        public String label() {
            String s = name == null ? code : name.replaceFirst("^(Bồi dưỡng|Đào tạo),?\\s+", "");
            if (s.isEmpty()) {
                return code;
            }
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            if (s.length() <= LABEL_MAX) {
                return s;
            }
            int cut = s.lastIndexOf(' ', LABEL_MAX - 1);
            return s.substring(0, cut > 10 ? cut : LABEL_MAX - 1).replaceAll("[,;:\\s]+$", "") + "…";
        }
    }

    /** Effect evaluations (completed trainings, due now, signed, overdue) — seed 000 IV.3. */
    public record EffectCounts(long completed, long due, long signed, long overdue) {

        public static final EffectCounts NONE = new EffectCounts(0, 0, 0, 0);

        public BigDecimal percentOfDue() {
            return due == 0 ? null : BigDecimal.valueOf(signed * 100L).divide(BigDecimal.valueOf(due), 1, java.math.RoundingMode.HALF_UP);
        }
    }
}
