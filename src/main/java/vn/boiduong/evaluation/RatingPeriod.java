package vn.boiduong.evaluation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rating period (kỳ đánh giá): a quarter "2026-Q3" or a year "2026" (quarter 0). */
public record RatingPeriod(int year, int quarter) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    public RatingPeriod {
        if (year < 2000 || year > 2100 || quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("period " + year + "-Q" + quarter);
        }
    }

    /** Empty when the text is not "YYYY" or "YYYY-Qn". */
    public static java.util.Optional<RatingPeriod> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RatingPeriod(year, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    public static RatingPeriod quarterOf(LocalDate day) {
        return new RatingPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public boolean isQuarter() {
        return quarter > 0;
    }

    /** Quarters counted from year 0, so that consecutive quarters differ by one across a new year. */
    int index() {
        return year * 4 + quarter - 1;
    }

    RatingPeriod previous() {
        return quarter == 1 ? new RatingPeriod(year - 1, 4) : new RatingPeriod(year, quarter - 1);
    }

    /** As a person reads it: "Quý IV/2026", "Năm 2026". */
    public String label() {
        return vn.boiduong.shared.VietnameseNumbers.period(toString());
    }

    @Override
    public String toString() {
        return quarter == 0 ? Integer.toString(year) : year + "-Q" + quarter;
    }
}
