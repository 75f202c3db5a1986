package vn.boiduong.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one formatter for numbers and periods as a Vietnamese officer writes them (TCVN / Nghị định 30/2020 usage):
 * '.' groups thousands, ',' marks decimals, a percentage is written "23,7%" (no space), money "61.800.000 đồng"
 * or "61,8 triệu đồng", a quarter "Quý IV/2026", a year "Năm 2026". Pages (as {@code #vn}), Excel sheets, PDF and
 * DOCX documents and chart labels all go through here; {@code null} becomes an em dash.
 */
public final class VietnameseNumbers {

    /** What a missing number shows. */
    public static final String NONE = "—";

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** Excel number formats that show the same as the text formatter (Excel applies the reader's separators). */
    public static final String XLSX_INTEGER = "#,##0";
    public static final String XLSX_DECIMAL_1 = "#,##0.0";
    public static final String XLSX_DECIMAL_2 = "#,##0.00";
    public static final String XLSX_PERCENT_1 = "0.0%";

    private VietnameseNumbers() {
    }

    /** "1.674"; a fractional value is rounded half up. */
    public static String integer(Number value) {
        return value == null ? NONE : decimal(value, 0);
    }

    /** "78,33" with exactly {@code decimals} digits after the comma (rounded half up), thousands grouped by '.'. */
    public static String decimal(Number value, int decimals) {
        if (value == null) {
            return NONE;
        }
        BigDecimal d = big(value);
        if (d == null) {
            return NONE;
        }
        d = d.setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            d = d.abs();
        }
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 2);
        if (d.signum() < 0) {
            out.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            out.append('.').append(whole, i, i + 3);
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }

    /** "7,5" or "8": at most {@code decimals} digits, trailing zeros dropped (scores, targets like 100 or 2,5). */
    public static String number(Number value, int decimals) {
        if (value == null) {
            return NONE;
        }
        BigDecimal d = big(value);
        if (d == null) {
            return NONE;
        }
        d = d.setScale(Math.max(0, decimals), RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal(d, Math.max(0, d.scale()));
    }

    /** A value already in percent (23.7 → "23,7%") with a fixed number of decimals. */
    public static String percent(Number percentValue, int decimals) {
        return percentValue == null || big(percentValue) == null ? NONE : decimal(percentValue, decimals) + "%";
    }

    /** A value already in percent with one decimal: "23,7%". */
    public static String percent(Number percentValue) {
        return percent(percentValue, 1);
    }

    /** A share of a whole (part ÷ whole, in percent, one decimal); a dash when the whole is zero. */
    public static String share(Number part, Number whole) {
        if (part == null || whole == null) {
            return NONE;
        }
        BigDecimal w = big(whole);
        BigDecimal p = big(part);
        if (w == null || p == null || w.signum() == 0) {
            return NONE;
        }
        return percent(p.multiply(BigDecimal.valueOf(100)).divide(w, 6, RoundingMode.HALF_UP), 1);
    }

    /** "61.800.000 đồng". */
    public static String money(Number dong) {
        return dong == null ? NONE : integer(dong) + " đồng";
    }

    /** "61,8 triệu đồng" (one decimal, trailing zero dropped: "62 triệu đồng"). */
    public static String millions(Number dong) {
        if (dong == null || big(dong) == null) {
            return NONE;
        }
        return number(big(dong).divide(BigDecimal.valueOf(1_000_000)), 1) + " triệu đồng";
    }

    /** "Quý IV/2026". */
    public static String quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return "Quý " + ROMAN[quarter] + "/" + year;
    }

    /** "Năm 2026". */
    public static String year(int year) {
        return "Năm " + year;
    }

    /**
     * A period key as stored ("2026-Q4", "2026Q4", "2026", "2026-03") as a person reads it: "Quý IV/2026", "Năm 2026",
     * "Tháng 3/2026"; anything else unchanged.
     */
    public static String period(String key) {
        if (key == null || key.isBlank()) {
            return NONE;
        }
        String k = key.strip();
        Matcher q = QUARTER.matcher(k);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        if (YEAR.matcher(k).matches()) {
            return year(Integer.parseInt(k));
        }
        Matcher m = MONTH.matcher(k);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return "Tháng " + month + "/" + m.group(1);
            }
        }
        return k;
    }

    /** The period of a key without its word: "IV/2026" for a quarter, "2026" for a year (table columns). */
    public static String periodShort(String key) {
        String p = period(key);
        if (p.startsWith("Quý ")) {
            return p.substring(4);
        }
        if (p.startsWith("Năm ")) {
            return p.substring(4);
        }
        return p;
    }

    private static BigDecimal big(Number value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Double || value instanceof Float) {
            double v = value.doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return null;
            }
            return BigDecimal.valueOf(v);
        }
        if (value instanceof java.math.BigInteger bi) {
            return new BigDecimal(bi);
        }
        return BigDecimal.valueOf(value.longValue());
    }
}
