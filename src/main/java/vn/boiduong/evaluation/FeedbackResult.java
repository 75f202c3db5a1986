package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a class's (or a provider's) trainees said (level 1: means per criterion, overall index and its band) next to
 * what they learned (level 2: the provider's results, pass rate and mean grade). Means are rounded to two decimals
 * for showing; bands are taken from the exact means. A mean is null when nobody answered.
 */
public record FeedbackResult(int responses, int trainees, List<Criterion> criteria, Double overall, FeedbackBand band,
                             int graded, int passed, Double passRate, Double meanGrade) {

    /** The mean of one criterion (tiêu chí) and its band. */
    public record Criterion(String name, Double mean, FeedbackBand band) {
    }

    /** Share of trainees who answered, in percent (0 when the class has no trainees). */
    public double responseRate() {
        return trainees == 0 ? 0 : round(100.0 * responses / trainees);
    }

    static FeedbackResult of(Sums s) {
        long[] sums = {s.content(), s.lecturers(), s.organisation(), s.usefulness()};
        List<Criterion> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            Double mean = s.responses() == 0 ? null : (double) sums[i] / s.responses();
            criteria.add(new Criterion(FeedbackRules.CRITERIA.get(i), mean == null ? null : round(mean),
                    mean == null ? null : FeedbackBand.of(mean)));
        }
        long total = sums[0] + sums[1] + sums[2] + sums[3];
        // the overall index: the mean of all four scores of every answer (equal weights)
        Double overall = s.responses() == 0 ? null : (double) total / (4L * s.responses());
        Double passRate = s.graded() == 0 ? null : round(100.0 * s.passed() / s.graded());
        Double meanGrade = s.grades() == 0 ? null
                : s.gradeSum().divide(BigDecimal.valueOf(s.grades()), 2, RoundingMode.HALF_UP).doubleValue();
        return new FeedbackResult(s.responses(), s.trainees(), List.copyOf(criteria), overall == null ? null : round(overall),
                overall == null ? null : FeedbackBand.of(overall), s.graded(), s.passed(), passRate, meanGrade);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Raw counts and sums, added up per class and then per provider. */
    record Sums(int responses, long content, long lecturers, long organisation, long usefulness, int trainees,
                int graded, int passed, BigDecimal gradeSum, int grades) {

        static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);

        Sums plus(Sums o) {
            return new Sums(responses + o.responses, content + o.content, lecturers + o.lecturers,
                    organisation + o.organisation, usefulness + o.usefulness, trainees + o.trainees, graded + o.graded,
                    passed + o.passed, gradeSum.add(o.gradeSum), grades + o.grades);
        }
    }
}
