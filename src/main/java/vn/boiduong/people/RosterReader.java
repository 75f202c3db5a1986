package vn.boiduong.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;
import vn.boiduong.shared.Xlsx;

/**
 * Turns the rows of an uploaded roster into {@link PersonInput}s: finds the columns by their headers (any order),
 * turns Excel dates and numbers into the text a person would type, and flags cells that cannot be taken as
 * typed (formulas, errors). Empty rows are skipped.
 */
final class RosterReader {

    private static final Set<String> DATE_FIELDS = Set.of("birthDate", "partyMemberSince", "joinedOn");

    /** A data row: its Excel number, the values, and problems of single cells (field → message code). */
    record Line(int row, PersonInput input, List<ImportJob.RowProblem> cellProblems) {
    }

    private final List<String> fields = new ArrayList<>(PersonInput.COLUMNS.keySet());
    private final Map<String, String> headerByField;
    private int[] columnOfField;
    private final List<ImportJob.RowProblem> headerProblems = new ArrayList<>();

    RosterReader(List<String> headers) {
        headerByField = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            headerByField.put(fields.get(i), headers.get(i));
        }
    }

    String header(String field) {
        return headerByField.getOrDefault(field, field);
    }

    List<ImportJob.RowProblem> headerProblems() {
        return headerProblems;
    }

    /** Reads the header row; returns false (with problems) when required columns are missing. */
    boolean header(int row, List<Xlsx.Value> cells) {
        columnOfField = new int[fields.size()];
        java.util.Arrays.fill(columnOfField, -1);
        Map<String, Integer> byKey = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            byKey.putIfAbsent(key(cells.get(c).text()), c);
        }
        for (int f = 0; f < fields.size(); f++) {
            Integer c = byKey.get(key(header(fields.get(f))));
            if (c != null) {
                columnOfField[f] = c;
            } else if (PersonSpreadsheet.REQUIRED.contains(fields.get(f)) || fields.get(f).equals("personnelCode")) {
                headerProblems.add(new ImportJob.RowProblem(row, header(fields.get(f)), "import.column.missing", List.of()));
            }
        }
        return headerProblems.isEmpty();
    }

    /** The line of a data row, or null for an empty row. */
    Line line(int row, List<Xlsx.Value> cells) {
        String[] values = new String[fields.size()];
        List<ImportJob.RowProblem> problems = new ArrayList<>(0);
        boolean any = false;
        for (int f = 0; f < fields.size(); f++) {
            int c = columnOfField[f];
            if (c < 0 || c >= cells.size()) {
                continue;
            }
            Xlsx.Value v = cells.get(c);
            if (v.blank()) {
                continue;
            }
            any = true;
            String field = fields.get(f);
            switch (v.kind()) {
                case FORMULA -> problems.add(new ImportJob.RowProblem(row, header(field), "import.cell.formula", List.of(v.text())));
                case ERROR -> problems.add(new ImportJob.RowProblem(row, header(field), "import.cell.error", List.of(v.text())));
                case DATE -> values[f] = DATE_FIELDS.contains(field) ? Dates.format(v.date()) : v.text();
                case NUMBER -> values[f] = field.equals("citizenId") && v.text().matches("\\d{9,11}")
                        ? "0".repeat(12 - v.text().length()) + v.text() // Excel drops the leading zeros of a number
                        : v.text();
                default -> values[f] = v.text().startsWith("'") ? v.text().substring(1) : v.text();
            }
        }
        return any ? new Line(row, PersonInput.of(values), problems) : null;
    }

    private static String key(String header) {
        return VietnameseText.searchKey(header).replace("*", "").strip();
    }
}
