package vn.boiduong.tasks;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A task's completion time (thời gian hoàn thành) as the plan writes it: a date, a month, a quarter, a year, every year
 * before a day, ongoing with a review period, or as directed from above. {@code anchor} is the date of DATE, MONTH,
 * QUARTER and YEAR (the last day of the month, quarter, year); {@code yearly} the day of YEARLY_BEFORE.
 */
public record Deadline(Kind kind, LocalDate anchor, MonthDay yearly, Review review) {

    public enum Kind { DATE, MONTH, QUARTER, YEAR, YEARLY_BEFORE, ONGOING, AS_DIRECTED }

    /** How often an ongoing task is reviewed (thực hiện thường xuyên: kiểm điểm hằng tháng, quý, năm). */
    public enum Review { MONTH, QUARTER, YEAR }

    public boolean recurring() {
        return kind == Kind.YEARLY_BEFORE || kind == Kind.ONGOING;
    }

    /**
     * The first due date of a task assigned on {@code from}: the anchor for fixed kinds; this year's day (next year's
     * when already past) for YEARLY_BEFORE; the end of the review period holding {@code from} for ONGOING; none for
     * AS_DIRECTED (seed 003 appendix: "theo chỉ đạo của thành phố" has no date).
     */
    public LocalDate firstDue(LocalDate from) {
        return switch (kind) {
            case DATE, MONTH, QUARTER, YEAR -> anchor;
            case YEARLY_BEFORE -> yearly.atYear(from.getYear()).isBefore(from) ? yearly.atYear(from.getYear() + 1) : yearly.atYear(from.getYear());
            case ONGOING -> endOfPeriod(review, from);
            case AS_DIRECTED -> null;
        };
    }

    /**
     * The next occurrence of a recurring task once the one due on {@code due} is done or reported on {@code on}:
     * next year's day (YEARLY_BEFORE), the end of the period after the one holding {@code on} (ONGOING).
     */
    public LocalDate nextDue(LocalDate due, LocalDate on) {
        return switch (kind) {
            case YEARLY_BEFORE -> yearly.atYear(Math.max(due.getYear(), on.getYear()) + 1);
            case ONGOING -> endOfPeriod(review, endOfPeriod(review, on).plusDays(1));
            default -> due;
        };
    }

    static LocalDate endOfPeriod(Review review, LocalDate day) {
        return switch (review) {
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> LocalDate.of(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR) * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> LocalDate.of(day.getYear(), 12, 31);
        };
    }
}
