package vn.boiduong.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outcome of reading and checking a roster: the rows that can be written and every problem. */
final class RosterAnalysis {

    /** A row that passed every check; {@code existingId} set when it updates a file. */
    record Accepted(int row, NewPerson person, Long existingId) {
    }

    final List<Accepted> accepted = new ArrayList<>();
    /** The reader that named the columns (kept to name columns again when re-matching). */
    RosterReader reader;
    final List<ImportJob.RowProblem> problems = new ArrayList<>();
    int total;

    /** First row of each key inside the file, to name the duplicate's original. */
    final Map<String, Integer> codeRows = new HashMap<>();
    final Map<String, Integer> citizenRows = new HashMap<>();

    long newRows() {
        return accepted.stream().filter(a -> a.existingId() == null).count();
    }

    long updateRows() {
        return accepted.size() - newRows();
    }
}
