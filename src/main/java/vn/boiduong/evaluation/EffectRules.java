package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Problems;

/**
 * The rules of the effect-after-training evaluation (đánh giá hiệu quả sau bồi dưỡng): when it falls due, how the six
 * criteria are scored and how the total is made. Pure: no database, no clock of its own.
 */
@Component
class EffectRules {

    // seed 000 IV.3, 001 IV.3: evaluated after "tối thiểu 03 tháng" of applying the training in the work
    static final int MIN_MONTHS = 3;
    static final int COMMENT_MAX = 1000;
    /** The six criteria of seed 000 IV.3, in its order; the names are the table's columns (camel case). */
    static final List<String> CRITERIA = List.of("taskResults", "adviceQuality", "responsibility", "discipline",
            "coordination", "satisfaction");

    /** Scores (1–10, null when not given) and comments as checked; {@code complete} when all six are scored. */
    record Checked(Map<String, Integer> scores, Map<String, String> comments) {
        boolean complete() {
            return scores.values().stream().allMatch(java.util.Objects::nonNull);
        }
    }

    private final int months;

    EffectRules(@Value("${boiduong.evaluation.effect-months:3}") int months) {
        if (months < MIN_MONTHS) {
            // seed 000 IV.3: never earlier than 3 months after the training; a shorter setting is a configuration error
            throw new IllegalStateException("boiduong.evaluation.effect-months = " + months
                    + ": the effect of training is evaluated at least 3 months after it (Kế hoạch 219/KH-UBND, mục IV.3)");
        }
        this.months = months;
    }

    int months() {
        return months;
    }

    /** The day the evaluation falls due: completion + the configured months (at least 3). */
    LocalDate dueOn(LocalDate completedOn) {
        return completedOn.plusMonths(months);
    }

    /** Signable from the due date on: the 3 months of applying the training have passed (seed 000 IV.3). */
    static boolean signable(LocalDate dueOn, LocalDate today) {
        return !today.isBefore(dueOn);
    }

    /** Overdue: the due date has passed and nothing is signed. */
    static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /**
     * Checks the form as typed: each score a whole number 1–10 (required when signing), each comment at most
     * {@value #COMMENT_MAX} characters. Every problem is named by its field; nothing is thrown until all are seen.
     */
    static Checked check(EffectInput input, boolean signing) {
        var problems = Problems.collect();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (String c : CRITERIA) {
            String raw = input.score(c) == null ? "" : input.score(c).strip();
            Integer score = null;
            if (raw.isEmpty()) {
                if (signing) {
                    problems.add(c, "effect.score.required", label(c));
                }
            } else if (!raw.matches("\\d{1,2}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > 10) {
                problems.add(c, "effect.score.range", label(c), raw);
            } else {
                score = Integer.parseInt(raw);
            }
            scores.put(c, score);
            comment(c + "Comment", input.comment(c), comments, problems);
        }
        comment("generalComment", input.generalComment(), comments, problems);
        problems.throwIfAny();
        return new Checked(scores, comments);
    }

    /** Total out of 100 = mean of the six scores × 10, two decimals (V10: total = mean × 10). */
    static BigDecimal total(Map<String, Integer> scores) {
        int sum = 0;
        for (String c : CRITERIA) {
            Integer s = scores.get(c);
            if (s == null) {
                throw new IllegalArgumentException("score missing: " + c);
            }
            sum += s;
        }
        return BigDecimal.valueOf(sum * 10L).divide(BigDecimal.valueOf(CRITERIA.size()), 2, RoundingMode.HALF_UP);
    }

    private static void comment(String field, String text, Map<String, String> comments, Problems.Collector problems) {
        String clean = text == null ? "" : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
        if (clean.length() > COMMENT_MAX) {
            problems.add(field, "validation.tooLong", COMMENT_MAX);
        } else if (!clean.isEmpty()) {
            comments.put(field.equals("generalComment") ? "general" : field.replace("Comment", ""), clean);
        }
    }

    static DefaultMessageSourceResolvable label(String criterion) {
        return new DefaultMessageSourceResolvable("effect.criterion." + criterion);
    }
}
