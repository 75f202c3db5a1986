package vn.boiduong.tasks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;
import vn.boiduong.shared.Xlsx;

/**
 * The appendix table of a plan as a spreadsheet (phụ lục nhiệm vụ, seed 003): Số TT, Nhiệm vụ, Phân công chủ trì, Phân
 * công phối hợp, Thời gian hoàn thành, and optionally Sản phẩm, Thẩm quyền nghiệm thu. Reads the template and tables
 * shaped like the seed (headers found by name, group rows, rows split by a page break joined back); writes the template
 * and task lists.
 */
final class TaskSheets {

    static final List<String> HEADERS = List.of("Số TT", "Nhiệm vụ", "Phân công chủ trì", "Phân công phối hợp", "Thời gian hoàn thành",
            "Sản phẩm", "Thẩm quyền nghiệm thu");
    private static final String[] KEYS = {"so tt|stt", "nhiem vu", "chu tri", "phoi hop", "thoi gian", "san pham", "tham quyen"};
    static final int MAX_ROWS = 2_000;

    /** One row as read, with its Excel row number. */
    record Row(int rowNumber, TaskInput input) {
    }

    private TaskSheets() {
    }

    static String column(int c) {
        return HEADERS.get(c);
    }

    /** The rows under the header row; a row without a number continues the task above it (a table split over two pages). */
    static List<Row> read(byte[] content) {
        List<Row> rows = new ArrayList<>();
        int[] columns = new int[KEYS.length];
        java.util.Arrays.fill(columns, -1);
        boolean[] header = {false};
        Xlsx.read(content, null, MAX_ROWS, (n, cells) -> {
            if (!header[0]) {
                for (int c = 0; c < cells.size(); c++) {
                    String key = VietnameseText.searchKey(cells.get(c).text()).replace(".", "");
                    for (int k = 0; k < KEYS.length; k++) {
                        if (columns[k] < 0 && key.matches(".*\\b(" + KEYS[k] + ")\\b.*")) {
                            columns[k] = c;
                            break;
                        }
                    }
                }
                header[0] = columns[1] >= 0 && columns[2] >= 0 && columns[4] >= 0;
                if (!header[0]) {
                    java.util.Arrays.fill(columns, -1);
                }
                return;
            }
            String[] v = new String[KEYS.length];
            boolean blank = true;
            for (int k = 0; k < KEYS.length; k++) {
                v[k] = columns[k] < 0 || columns[k] >= cells.size() ? "" : text(cells.get(columns[k]));
                blank &= v[k].isBlank();
            }
            if (blank || VietnameseText.searchKey(v[1]).matches("(so tt|stt|nhiem vu)")) {
                return; // an empty row, or the header repeated on the next page
            }
            if (v[0].isBlank() && !rows.isEmpty()) {
                Row last = rows.remove(rows.size() - 1);
                TaskInput t = last.input();
                rows.add(new Row(last.rowNumber(), new TaskInput(t.number(), join(t.content(), v[1]), join(t.lead(), v[2]), null,
                        join(t.coordinators(), v[3]), join(t.deadline(), v[4]), join(t.product(), v[5]), join(t.authority(), v[6]), null)));
                return;
            }
            rows.add(new Row(n, new TaskInput(v[0], v[1], v[2], null, v[3], v[4], v[5], v[6], null)));
        });
        if (!header[0]) {
            throw new Problems.InvalidInput("file", "tasks.import.noHeader");
        }
        return rows;
    }

    private static String text(Xlsx.Value v) {
        if (v.kind() == Xlsx.Value.Kind.DATE && v.date() != null) {
            return Dates.format(v.date());
        }
        return v.kind() == Xlsx.Value.Kind.FORMULA || v.kind() == Xlsx.Value.Kind.ERROR ? "" : v.text().strip();
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a;
        }
        return a == null || a.isBlank() ? b : a + " " + b;
    }

    /** The empty template with the seed's two example rows (a group row and a task). */
    static void template(OutputStream out) throws IOException {
        write(out, "Phụ lục nhiệm vụ", List.of(
                new String[] {"1", "Tiếp tục kiện toàn, bố trí, sắp xếp đội ngũ cán bộ", "", "", "", "", ""},
                new String[] {"1.1", "Rà soát, bố trí, sắp xếp, phân công cán bộ, công chức, viên chức", "Ban Xây dựng Đảng Đảng ủy",
                        "Phòng Văn hóa - Xã hội", "Hoàn thành trong tháng 6/2026", "Báo cáo", "Ban Thường vụ Đảng ủy phường"}), List.of());
    }

    /** Tasks in the same columns (so an exported plan can be imported again), with status and due date after them. */
    static void export(OutputStream out, String title, List<PlanTask> tasks, List<String> extraHeaders, java.util.function.Function<PlanTask, String[]> extra) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (PlanTask t : tasks) {
            String[] base = {t.number(), t.content(), t.lead(), t.coordinators(), t.deadlineText(), t.product(), t.heading() ? "" : t.authority()};
            String[] more = extra.apply(t);
            String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
            System.arraycopy(more, 0, all, base.length, more.length);
            rows.add(all);
        }
        write(out, title, rows, extraHeaders);
    }

    /** The roll-up over the units below (tổng hợp theo đơn vị): name, tasks, done, waiting for acceptance, overdue. */
    static void rollup(OutputStream out, String title, List<TaskQueries.UnitRow> rows, List<String> headers) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Tổng hợp");
        ws.value(0, 0, Xlsx.safeText(title));
        ws.style(0, 0).bold().set();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(2, c, headers.get(c));
            ws.width(c, c == 0 ? 40 : 16);
        }
        ws.range(2, 0, 2, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int r = 3;
        for (TaskQueries.UnitRow u : rows) {
            ws.value(r, 0, Xlsx.safeText(u.name()));
            ws.value(r, 1, u.tasks());
            ws.value(r, 2, u.done());
            ws.value(r, 3, u.submitted());
            ws.value(r++, 4, u.overdue());
        }
        wb.finish();
    }

    private static void write(OutputStream out, String title, List<String[]> rows, List<String> extraHeaders) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Nhiệm vụ");
        ws.value(0, 0, Xlsx.safeText(title));
        ws.style(0, 0).bold().set();
        List<String> headers = new ArrayList<>(HEADERS);
        headers.addAll(extraHeaders);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(2, c, headers.get(c));
            ws.width(c, c == 1 ? 60 : c == 0 ? 8 : 26);
        }
        ws.range(2, 0, 2, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int r = 3;
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                ws.value(r, c, Xlsx.safeText(row[c]));
            }
            ws.range(r, 0, r, headers.size() - 1).style().wrapText(true).set();
            r++;
        }
        wb.finish();
    }
}
