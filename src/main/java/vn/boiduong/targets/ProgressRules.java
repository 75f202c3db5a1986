package vn.boiduong.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Status and projection of a target at a unit (đánh giá tiến độ), a pure function:
 * <ul>
 * <li>MET: the value reaches the target (value ≥ target);</li>
 * <li>OFF_TRACK: the deadline has passed and the target is not met;</li>
 * <li>otherwise the value is projected to the deadline linearly from the start point (the earliest snapshot of the last
 * 12 months, or the baseline date at 0) at the pace so far: ON_TRACK when the projection reaches the target; AT_RISK when
 * it falls short by less than {@value #AT_RISK_POINTS} percentage points (PERCENT) or less than 10% of the target
 * (COUNT); OFF_TRACK beyond that. Without a pace (no earlier point) the projection is the value itself.</li>
 * <li>NO_DATA: a PERCENT target with nobody in its population (nothing to measure).</li>
 * </ul>
 * Per-year COUNT targets count from 1 January, due on 31 December of the same year (seed 004 II: classes a year).
 */
final class ProgressRules {

    static final int AT_RISK_POINTS = 10;

    /** A point of the pace: the value on a day. */
    record Point(LocalDate on, BigDecimal value) {
    }

    record Outcome(BigDecimal value, BigDecimal gap, BigDecimal projected, String status, LocalDate deadline) {
    }

    private ProgressRules() {
    }

    static BigDecimal value(boolean percent, long numerator, long denominator) {
        if (!percent) {
            return BigDecimal.valueOf(numerator);
        }
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /**
     * @param start the earliest point of the pace window (may be null); ignored for per-year targets
     */
    static Outcome evaluate(boolean percent, boolean perYear, BigDecimal target, LocalDate deadline, LocalDate baseline,
                            LocalDate asOf, BigDecimal value, Point start) {
        LocalDate due = deadline;
        Point from = start;
        if (perYear) {
            LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
            due = yearEnd.isBefore(deadline) ? yearEnd : deadline;
            from = new Point(LocalDate.of(asOf.getYear(), 1, 1), BigDecimal.ZERO);
        } else if ((from == null || !from.on().isBefore(asOf)) && baseline.isBefore(asOf)) {
            from = new Point(baseline, BigDecimal.ZERO);
        }
        if (value == null) {
            return new Outcome(null, null, null, "NO_DATA", due);
        }
        BigDecimal gap = target.subtract(value).max(BigDecimal.ZERO);
        BigDecimal projected = project(percent, value, from, asOf, due);
        String status;
        if (value.compareTo(target) >= 0) {
            status = "MET";
        } else if (asOf.isAfter(due)) {
            status = "OFF_TRACK";
        } else if (projected.compareTo(target) >= 0) {
            status = "ON_TRACK";
        } else {
            BigDecimal tolerance = percent ? BigDecimal.valueOf(AT_RISK_POINTS) : target.multiply(BigDecimal.valueOf(0.1));
            status = target.subtract(projected).compareTo(tolerance) < 0 ? "AT_RISK" : "OFF_TRACK";
        }
        return new Outcome(value, gap, projected, status, due);
    }

    static BigDecimal project(boolean percent, BigDecimal value, Point from, LocalDate asOf, LocalDate due) {
        if (from == null || !from.on().isBefore(asOf) || !due.isAfter(asOf)) {
            return value;
        }
        long elapsed = ChronoUnit.DAYS.between(from.on(), asOf);
        long remaining = ChronoUnit.DAYS.between(asOf, due);
        BigDecimal pace = value.subtract(from.value()).divide(BigDecimal.valueOf(elapsed), 10, RoundingMode.HALF_UP);
        BigDecimal p = value.add(pace.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(remaining)));
        if (percent && p.compareTo(BigDecimal.valueOf(100)) > 0) {
            p = BigDecimal.valueOf(100);
        }
        return p.setScale(1, RoundingMode.HALF_UP);
    }
}
