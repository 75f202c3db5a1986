package vn.boiduong.tasks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.boiduong.shared.VietnameseText;

/**
 * Reads the Vietnamese completion times of plans (thời gian hoàn thành) into a {@link Deadline}; pure. Unreadable text
 * gives an empty result, which an import reports by row and column.
 */
final class DeadlineRules {

    // seed 003 appendix and 001 IV: "Theo chỉ đạo của thành phố", "Thực hiện theo kế hoạch tuyển sinh của thành phố"
    private static final Pattern DIRECTED = Pattern.compile("\\btheo (chi dao|huong dan|ke hoach)\\b");
    // seed 001 IV / DOMAIN 12: "quý III/2026", "quý 3 năm 2026"
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+(iv|iii|ii|i|[1-4])\\s*(?:/|nam|-)\\s*(\\d{4})\\b");
    // seed 003 appendix: "Hoàn thành trong tháng 6/2026"; seed 001 IV: "Tháng 5 năm 2026"
    private static final Pattern MONTH = Pattern.compile("\\bthang\\s+(\\d{1,2})\\s*(?:/|nam|-)\\s*(\\d{4})\\b");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    // seed 003 IV "Hằng năm ... trước ngày 05/12"; seed 000 VI.2 "hằng năm (trước ngày 10/12)"; 001 IV "Trong tháng 12 hằng năm"
    private static final Pattern YEARLY = Pattern.compile("\\b(hang|moi) nam\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})\\b(?!/)");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\bthang\\s+(\\d{1,2})\\b");
    // seed 003 appendix: "Thực hiện thường xuyên"
    private static final Pattern ONGOING = Pattern.compile("\\bthuong xuyen\\b");
    // seed 003 appendix: "Thực hiện trong năm 2026"
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(\\d{4})\\b");

    private DeadlineRules() {
    }

    static Optional<Deadline> parse(String text) {
        String s = VietnameseText.searchKey(text).replaceAll("\\s*/\\s*", "/");
        if (s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Deadline read(String s) {
        if (DIRECTED.matcher(s).find()) {
            return new Deadline(Deadline.Kind.AS_DIRECTED, null, null, Deadline.Review.YEAR);
        }
        Matcher m = QUARTER.matcher(s);
        if (m.find()) {
            int q = quarter(m.group(1));
            LocalDate end = LocalDate.of(year(m.group(2)), q * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
            return new Deadline(Deadline.Kind.QUARTER, end, null, null);
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            LocalDate end = LocalDate.of(year(m.group(2)), Integer.parseInt(m.group(1)), 1).with(TemporalAdjusters.lastDayOfMonth());
            return new Deadline(Deadline.Kind.MONTH, end, null, null);
        }
        m = DATE.matcher(s);
        if (m.find()) {
            return new Deadline(Deadline.Kind.DATE, LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null, null);
        }
        if (YEARLY.matcher(s).find() && !ONGOING.matcher(s).find()) {
            m = DAY_MONTH.matcher(s);
            if (m.find()) {
                return new Deadline(Deadline.Kind.YEARLY_BEFORE, null, MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null);
            }
            m = MONTH_ONLY.matcher(s);
            if (m.find()) {
                int month = Integer.parseInt(m.group(1));
                return new Deadline(Deadline.Kind.YEARLY_BEFORE, null, MonthDay.of(month, java.time.Month.of(month).maxLength() == 29 ? 28 : java.time.Month.of(month).maxLength()), null);
            }
            return new Deadline(Deadline.Kind.ONGOING, null, null, Deadline.Review.YEAR);
        }
        if (ONGOING.matcher(s).find()) {
            Deadline.Review review = s.contains("hang thang") ? Deadline.Review.MONTH : s.contains("hang quy") ? Deadline.Review.QUARTER : Deadline.Review.YEAR;
            return new Deadline(Deadline.Kind.ONGOING, null, null, review);
        }
        m = YEAR.matcher(s);
        if (m.find()) {
            return new Deadline(Deadline.Kind.YEAR, LocalDate.of(year(m.group(1)), 12, 31), null, null);
        }
        return null;
    }

    private static int year(String text) {
        int y = Integer.parseInt(text);
        if (y < 2000 || y > 2100) {
            throw new DateTimeException("year out of range: " + y);
        }
        return y;
    }

    private static int quarter(String text) {
        return switch (text) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
