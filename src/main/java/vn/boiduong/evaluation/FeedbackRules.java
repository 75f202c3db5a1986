package vn.boiduong.evaluation;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/** The rules of class feedback as pure functions: who may still answer, and what a valid answer is. */
final class FeedbackRules {

    /** The four criteria, by field name, in the order of the form. */
    static final List<String> CRITERIA = List.of("content", "lecturers", "organisation", "usefulness");
    static final int MAX_COMMENT = 2000;
    private static final List<String> STATUSES = List.of("ATTENDING", "COMPLETED", "NOT_COMPLETED");

    /** A checked answer. */
    record Scores(int content, int lecturers, int organisation, int usefulness, String comment) {
    }

    /** What decides whether an enrollment may still be answered. */
    record Situation(String enrollmentStatus, String classStatus, LocalDate startsOn, LocalDate endsOn, boolean answered) {
    }

    private FeedbackRules() {
    }

    /** The last day feedback is taken: the class's end plus the window. */
    static LocalDate closesOn(LocalDate endsOn, int windowDays) {
        return endsOn.plusDays(windowDays);
    }

    /** Every reason the trainee may not answer now; empty when they may. */
    static List<Problems.FieldProblem> refusals(Situation s, LocalDate today, int windowDays) {
        var problems = Problems.collect();
        if (s.answered()) {
            problems.add("feedback", "feedback.rule.answered");
        }
        if ("CANCELLED".equals(s.classStatus())) {
            problems.add("feedback", "feedback.rule.cancelled");
        } else if (today.isBefore(s.startsOn())) {
            problems.add("feedback", "feedback.rule.notStarted", Dates.format(s.startsOn()));
        } else if (today.isAfter(closesOn(s.endsOn(), windowDays))) {
            problems.add("feedback", "feedback.rule.closed", Dates.format(closesOn(s.endsOn(), windowDays)), windowDays);
        }
        // only those who sat the class judge it: attending, completed or not completed (not proposed, withdrawn, …)
        if (!STATUSES.contains(s.enrollmentStatus())) {
            problems.add("feedback", "feedback.rule.status");
        }
        return problems.problems();
    }

    static boolean open(Situation s, LocalDate today, int windowDays) {
        return refusals(s, today, windowDays).isEmpty();
    }

    /**
     * Checks every field and names each bad one. TT 10/2017/TT-BNV: a form with more than 5% of its indicators
     * unanswered is invalid — with four indicators, every score is required.
     */
    static Scores check(FeedbackInput in) {
        var problems = Problems.collect();
        int[] scores = new int[CRITERIA.size()];
        String[] values = {in.content(), in.lecturers(), in.organisation(), in.usefulness()};
        for (int i = 0; i < values.length; i++) {
            scores[i] = score(CRITERIA.get(i), values[i], problems);
        }
        String comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add("comment", "validation.tooLong", MAX_COMMENT);
        }
        problems.throwIfAny();
        return new Scores(scores[0], scores[1], scores[2], scores[3], comment);
    }

    private static int score(String field, String value, Problems.Collector problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
            return 0;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 10) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(field, "feedback.validation.score", value.strip());
        return 0;
    }
}
