package vn.boiduong.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as people write them in Vietnam: dd/MM/yyyy. */
public final class Dates {

    /** Strict: 31/02 or 29/02 of a common year is refused, never silently moved to the month's last day. */
    public static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VN.format(date);
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), VN));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
