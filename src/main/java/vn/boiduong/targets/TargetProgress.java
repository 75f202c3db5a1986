package vn.boiduong.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target (chỉ tiêu) at one unit: {@code value} is numerator ÷ denominator × 100 for a PERCENT target, the
 * numerator for a COUNT target; {@code gap} is how far below the target it is (0 when met); {@code projected} is
 * the value expected at the deadline at the pace so far; status is MET, ON_TRACK, AT_RISK or OFF_TRACK.
 */
public record TargetProgress(long targetId, String code, String name, String measure, BigDecimal target,
                             LocalDate deadline, long numerator, long denominator, BigDecimal value, BigDecimal gap,
                             BigDecimal projected, String status, LocalDate asOf, String sourceRef) {
}
