package vn.boiduong.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as people write them in Vietnam: dd/MM/yyyy. */
public final class Dates {

    public static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

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
