package vn.boiduong.people;

import java.time.Instant;
import java.util.List;

/** An uploaded roster and where it stands: validating → ready (or invalid) → committing → done (or failed). */
public record ImportJob(long id, String username, String scopePath, String fileName, String status, int totalRows,
                        int processedRows, int newRows, int updatedRows, int unchangedRows, List<RowProblem> problems,
                        int problemCount, String error, Instant createdAt, Instant finishedAt) {

    /** One problem: the Excel row, the column header, a message code and its arguments. */
    public record RowProblem(int row, String column, String code, List<String> args) {
    }

    public boolean running() {
        return status.equals("VALIDATING") || status.equals("COMMITTING");
    }

    public int percent() {
        return totalRows == 0 ? (running() ? 0 : 100) : Math.min(100, processedRows * 100 / totalRows);
    }
}
