package vn.boiduong.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.UploadCheck;

/**
 * Import of a plan's appendix table (nhập phụ lục nhiệm vụ từ Excel): every row checked first, every problem named by
 * row and column; then, only when there is none, every task stored in one transaction (all or nothing).
 */
@Service
class TaskImport {

    /** A row as it will be stored: the lead as matched (unit or name as written), the completion time as read. */
    record PreviewRow(int row, String number, boolean heading, String content, String lead, boolean leadMatched,
                      String deadline, String deadlineKind, LocalDate firstDue) {
    }

    record Preview(List<PreviewRow> rows, List<Problems.FieldProblem> problems, int stored) {
    }

    private final ActionPlans plans;
    private final TaskStore store;
    private final UnitMatcher matcher;

    TaskImport(ActionPlans plans, TaskStore store, UnitMatcher matcher) {
        this.plans = plans;
        this.store = store;
        this.matcher = matcher;
    }

    /** Checks the file against the plan; stores it when {@code commit} and nothing is wrong, else stores nothing. */
    Preview run(long planId, String fileName, byte[] content, boolean commit) {
        ActionPlan plan = plans.writable(planId);
        UploadCheck.check(UploadCheck.Kind.TASK_PLAN, fileName, content); // the shared upload check
        List<TaskSheets.Row> rows = TaskSheets.read(content);
        var problems = Problems.collect();
        if (rows.isEmpty()) {
            problems.add("file", "tasks.import.empty");
        }
        UnitMatcher.Candidates units = matcher.under(plan.issuerPath());
        Map<String, Integer> seen = new HashMap<>();
        List<TaskChecks.Draft> drafts = new ArrayList<>();
        List<PreviewRow> preview = new ArrayList<>();
        for (TaskSheets.Row r : rows) {
            int row = r.rowNumber();
            TaskChecks.Draft d = TaskChecks.check(r.input(), matcher, units, problems, f -> cell(row, f));
            String number = TaskChecks.number(r.input().number());
            Integer first = seen.putIfAbsent(number, row);
            if (first != null && !number.isEmpty()) {
                problems.add(cell(row, "number"), "tasks.import.duplicate", number, first);
            } else if (!number.isEmpty() && store.taskNumberTaken(planId, number)) {
                problems.add(cell(row, "number"), "tasks.error.numberTaken", number);
            }
            if (d != null) {
                drafts.add(d);
                preview.add(new PreviewRow(row, d.number(), d.heading(), d.content(), d.lead() == null ? null : d.lead().name(),
                        d.lead() != null && d.lead().unitId() != null, d.deadlineText(),
                        d.deadline() == null ? null : d.deadline().kind().name(),
                        d.deadline() == null ? null : d.deadline().firstDue(plan.issuedOn())));
            }
        }
        if (!problems.isEmpty()) {
            if (commit) {
                problems.throwIfAny();
            }
            return new Preview(preview, problems.problems(), 0);
        }
        int stored = commit ? plans.addAll(planId, drafts, fileName) : 0;
        return new Preview(preview, List.of(), stored);
    }

    /** "Dòng 7, cột Thời gian hoàn thành": the row as Excel numbers it and the column by its header. */
    static String cell(int row, String field) {
        int c = switch (field) {
            case "number" -> 0;
            case "content" -> 1;
            case "lead" -> 2;
            case "deadline" -> 4;
            case "product" -> 5;
            case "authority" -> 6;
            default -> 1;
        };
        return "Dòng " + row + ", cột " + TaskSheets.column(c);
    }
}
