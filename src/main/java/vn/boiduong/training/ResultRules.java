package vn.boiduong.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/**
 * A trainee's result (kết quả học tập). Certificate rule (TT 03/2023/TT-BNV, DOMAIN "Certificates"): full attendance
 * and every assessment passed (≥ 5/10); a programme that gives a certificate needs its number and date.
 */
final class ResultRules {

    static final BigDecimal PASS_MARK = new BigDecimal("5");

    private ResultRules() {
    }

    /** A result as entered: attended sessions, grade (optional for ungraded courses), certificate. */
    record Checked(int sessionsAttended, BigDecimal grade, boolean passed, String certificateNo, LocalDate certificateDate) {
    }

    static boolean passes(int sessions, int attended, BigDecimal grade) {
        return attended >= sessions && (grade == null || grade.compareTo(PASS_MARK) >= 0);
    }

    /** Why a result does not pass: attendance below the minimum (full attendance) comes first, then the grade. */
    static String failReasonKey(int sessions, int attended) {
        return attended < sessions ? "training.validation.failedAttendance" : "training.validation.failedGrade";
    }

    /** Arguments of {@link #failReasonKey}: attendance percent, the minimum percent, attended, sessions, the grade. */
    static Object[] failReasonArgs(int sessions, int attended, BigDecimal grade) {
        return new Object[] {percent(attended, sessions), "100", attended, sessions,
                grade == null ? "" : grade.stripTrailingZeros().toPlainString().replace('.', ','), "5"};
    }

    /** A percentage in Vietnamese notation (decimal comma, at most one decimal). */
    static String percent(int part, int whole) {
        if (whole <= 0) {
            return "0";
        }
        BigDecimal p = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
        return p.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static Checked check(String attendedText, String gradeText, String certificateNo, String certificateDateText,
                         TrainingClass c, boolean certificateGiven, LocalDate today) {
        var problems = Problems.collect();
        Long attended = ClassRules.parseLong(attendedText, "sessionsAttended", problems, true);
        if (attended != null && (attended < 0 || attended > c.sessions())) {
            problems.add("sessionsAttended", "training.validation.range", 0, c.sessions());
        }
        BigDecimal grade = null;
        String g = ClassRules.trim(gradeText);
        if (g != null) {
            try {
                grade = new BigDecimal(g.replace(',', '.'));
                if (grade.signum() < 0 || grade.compareTo(BigDecimal.TEN) > 0 || grade.scale() > 2) {
                    problems.add("grade", "training.validation.grade", g);
                }
            } catch (NumberFormatException e) {
                problems.add("grade", "training.validation.grade", g);
            }
        }
        problems.throwIfAny();
        boolean passed = passes(c.sessions(), attended.intValue(), grade);
        String number = ClassRules.trim(certificateNo);
        LocalDate date = null;
        if (passed) {
            if (certificateGiven && number == null) {
                problems.add("certificateNo", "training.validation.certificateNo");
            }
            String d = ClassRules.trim(certificateDateText);
            date = d == null ? c.endsOn() : Dates.parse(d).orElse(null);
            if (date == null) {
                problems.add("certificateDate", "validation.date", d);
            } else if (date.isBefore(c.startsOn()) || date.isAfter(today)) {
                problems.add("certificateDate", "training.validation.certificateDate", Dates.format(c.startsOn()));
            }
        } else if (number != null) {
            problems.add("certificateNo", failReasonKey(c.sessions(), attended.intValue()),
                    failReasonArgs(c.sessions(), attended.intValue(), grade));
        }
        problems.throwIfAny();
        return new Checked(attended.intValue(), grade, passed, number, date);
    }
}
