package vn.boiduong.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.boiduong.budget.Budget;
import vn.boiduong.targets.TargetProgress;

/**
 * The figures of a yearly report (số liệu báo cáo năm) of one unit's subtree, as computed on {@code asOf}; stored as
 * the snapshot when the report is submitted. People count for the unit they belong to now.
 */
public record ReportFigures(long unitId, String unitName, String unitPath, int year, LocalDate asOf,
                            List<Line> byProgram, List<Line> byDelivery, Counts total, FollowUp followUp,
                            List<ClassItem> classes, List<UnitEffect> effectBelow, List<TargetProgress> targets,
                            Budget.Summary budget) {

    /** Biểu số 10-BTCTW columns: sent (cử đi), completed (hoàn thành), certified, of whom leaders, women, minorities. */
    public record Counts(long sent, long completed, long certified, long leaders, long women, long minorities) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(sent + o.sent, completed + o.completed, certified + o.certified, leaders + o.leaders,
                    women + o.women, minorities + o.minorities);
        }
    }

    /** One row of the form: a programme (with its catalog category) or a form of delivery. */
    public record Line(String category, String code, String name, Counts counts) {
    }

    /** Seed 000 IV.3 follow-up: number sent, content, time, results, effect after training. */
    public record FollowUp(long sent, int programs, int classes, LocalDate firstStart, LocalDate lastEnd,
                           long completed, long notCompleted, BigDecimal meanGrade, long effectTotal, long effectDue,
                           long effectSigned, BigDecimal effectCoverage, BigDecimal effectMeanScore) {
    }

    /** A class someone of the unit was sent to (nội dung, thời gian). */
    public record ClassItem(String code, String name, String programName, LocalDate startsOn, LocalDate endsOn,
                            String delivery, long sent, long completed) {
    }

    /** Effect-after-training coverage of a unit directly below. */
    public record UnitEffect(long unitId, String code, String name, long total, long due, long signed,
                             BigDecimal coverage, BigDecimal meanScore) {
    }
}
