package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An effect-after-training evaluation (đánh giá hiệu quả sau bồi dưỡng, Kirkpatrick level 3) of one completed training:
 * the six criteria of seed 000 IV.3 scored 1–10 with comments, signed off by the head of the person's unit.
 *
 * @param state WAITING (before the due date), DUE (on it), OVERDUE (after it, unsigned) or SIGNED, as of the reading day
 * @param scores criterion → 1–10 or null while not scored
 */
public record EffectEvaluation(long id, long enrollmentId, long personId, String fullName, long unitId, String unitName,
                               String unitPath, String programCode, String programName, String className,
                               LocalDate completedOn, LocalDate dueOn, String status, String state,
                               Map<String, Integer> scores, BigDecimal total, Map<String, String> comments,
                               String evaluator, String evaluatorName, Instant signedAt, int version) {

    public boolean signed() {
        return "SIGNED".equals(status);
    }

    public boolean overdue() {
        return "OVERDUE".equals(state);
    }

    static String stateOf(String status, LocalDate dueOn, LocalDate today) {
        if ("SIGNED".equals(status)) {
            return "SIGNED";
        }
        if (EffectRules.overdue(dueOn, today)) {
            return "OVERDUE";
        }
        return EffectRules.signable(dueOn, today) ? "DUE" : "WAITING";
    }
}
