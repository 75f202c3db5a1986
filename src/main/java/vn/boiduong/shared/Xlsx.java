package vn.boiduong.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reading uploaded XLSX files safely and in a streaming way: the type is checked by content, the archive is
 * inflated once under limits (zip bombs), XML entities are never resolved (fastexcel-reader disables DTDs),
 * and every failure becomes a {@link Problems.InvalidInput} naming what is wrong — never a crash.
 */
public final class Xlsx {

    /** Limits of an upload. */
    public static final long MAX_INFLATED_BYTES = 400L * 1024 * 1024;

    private static final Pattern DATE_FORMAT = Pattern.compile("(?i).*(d|yy|mmm).*");

    private Xlsx() {
    }

    /** A cell as read: its text, and the date it stands for when Excel stored a date. */
    public record Value(Kind kind, String text, LocalDate date) {
        public enum Kind { EMPTY, TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR }

        public boolean blank() {
            return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
        }
    }

    public interface RowHandler {
        /** @param rowNumber 1-based, as Excel shows it */
        void row(int rowNumber, List<Value> cells);
    }

    /** Refuses anything that is not a sane XLSX before any XML is parsed. */
    public static void checkSafe(byte[] content) {
        if (content.length < 4) {
            throw new Problems.InvalidInput("file", "xlsx.empty");
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            throw new Problems.InvalidInput("file", "xlsx.oldFormat");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(content)) {
            throw new Problems.InvalidInput("file", "xlsx.notXlsx");
        }
        // the same archive check as every other upload (UploadCheck): limits, checksums, no DTD or entity
        if (!FileTypes.XLSX.equals(ArchiveCheck.check(content, MAX_INFLATED_BYTES, false))) {
            throw new Problems.InvalidInput("file", "xlsx.notXlsx");
        }
    }

    /** Streams the rows of the named sheet (or the first one) to the handler; checks safety first. */
    public static void read(byte[] content, String sheetName, int maxRows, RowHandler handler) {
        checkSafe(content);
        readChecked(content, sheetName, maxRows, handler);
    }

    /** As {@link #read}, for content that already passed {@link #checkSafe} (kept since the upload). */
    public static void readChecked(byte[] content, String sheetName, int maxRows, RowHandler handler) {
        try (InputStream in = new ByteArrayInputStream(content);
             ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Sheet sheet = Optional.ofNullable(sheetName).flatMap(wb::findSheet).orElseGet(wb::getFirstSheet);
            try (var rows = sheet.openStream()) {
                int[] count = {0};
                rows.forEach(row -> {
                    if (++count[0] > maxRows + 1) {
                        throw new Problems.InvalidInput("file", "xlsx.tooManyRows", maxRows);
                    }
                    List<Value> values = values(row);
                    try {
                        handler.row(row.getRowNum(), values);
                    } catch (RuntimeException e) {
                        throw new HandlerFailure(e);
                    }
                });
            }
        } catch (Problems.InvalidInput e) {
            throw e;
        } catch (HandlerFailure e) {
            throw e.cause;
        } catch (IOException | RuntimeException e) {
            throw new Problems.InvalidInput("file", "xlsx.damaged");
        }
    }

    /** Carries the handler's own exception past the reader's error translation. */
    private static final class HandlerFailure extends RuntimeException {
        private final RuntimeException cause;

        HandlerFailure(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static List<Value> values(Row row) {
        List<Value> values = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            values.add(value(row.getCell(i)));
        }
        return values;
    }

    private static Value value(Cell cell) {
        if (cell == null) {
            return new Value(Value.Kind.EMPTY, "", null);
        }
        return switch (cell.getType()) {
            case EMPTY -> new Value(Value.Kind.EMPTY, "", null);
            case STRING -> new Value(Value.Kind.TEXT, cell.asString(), null);
            case BOOLEAN -> new Value(Value.Kind.BOOLEAN, Boolean.TRUE.equals(cell.asBoolean()) ? "Có" : "Không", null);
            case FORMULA -> new Value(Value.Kind.FORMULA, "=" + cell.getFormula(), null);
            case ERROR -> new Value(Value.Kind.ERROR, cell.getRawValue(), null);
            case NUMBER -> number(cell);
        };
    }

    private static Value number(Cell cell) {
        BigDecimal n = cell.asNumber();
        String text = n.stripTrailingZeros().toPlainString();
        String format = cell.getDataFormatString();
        Integer formatId = cell.getDataFormatId();
        boolean date = (formatId != null && ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47)))
                || (format != null && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"", "")).matches()
                && !format.contains("0"));
        if (date) {
            return new Value(Value.Kind.DATE, text, cell.asDate().toLocalDate());
        }
        return new Value(Value.Kind.NUMBER, text, null);
    }

    /**
     * Text for a written cell. Cells are written as string cells, which no spreadsheet evaluates; a quote is added only
     * where the text would become a formula if someone retyped it or saved it as CSV: it starts with '=' followed by
     * anything, or with '+', '-' or '@' followed directly by something a spreadsheet evaluates ("-5+3", "+A1", "@cmd",
     * "-(1)"). A list item such as "- Bồi dưỡng …" or "+ 2 lớp" (a sign and a space) stays as written, without a
     * visible apostrophe. Leading tabs or carriage returns (which CSV readers drop) are looked through.
     */
    public static String safeText(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return formulaLike(value) ? "'" + value : value;
    }

    /** Whether the text would be evaluated as a formula when typed into a spreadsheet (see {@link #safeText}). */
    public static boolean formulaLike(String value) {
        int i = 0;
        while (i < value.length() && (value.charAt(i) == '\t' || value.charAt(i) == '\r' || value.charAt(i) == '\n')) {
            i++;
        }
        if (i + 1 >= value.length()) {
            return false;
        }
        char c = value.charAt(i);
        char next = value.charAt(i + 1);
        if (c == '=') {
            return true;
        }
        if (c == '+' || c == '-' || c == '@') {
            return !Character.isWhitespace(next) && !Character.isSpaceChar(next)
                    && (Character.isLetterOrDigit(next) || "=+-@(\"'$.%&!".indexOf(next) >= 0);
        }
        return false;
    }
}
