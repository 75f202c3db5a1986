package vn.boiduong.training;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.Xlsx;

/**
 * The results sheet of a class (bảng kết quả học tập): written with the trainees filled in, read back with each cell
 * checked. Column A is the enrollment number that ties a row to a trainee.
 */
final class ResultSheet {

    static final String SHEET = "Kết quả";
    static final String[] HEADERS = {"Mã ghi danh", "Họ và tên", "Ngày sinh", "Đơn vị", "Số buổi có mặt", "Điểm (0–10)",
            "Số chứng chỉ", "Ngày cấp (dd/MM/yyyy)"};

    /** One row as read: the enrollment it names and its cells as text. */
    record Row(int rowNumber, long enrollmentId, String attended, String grade, String certificateNo, String certificateDate) {
    }

    private ResultSheet() {
    }

    static void write(OutputStream out, TrainingClass c, List<Enrollment> trainees) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(SHEET);
        ws.value(0, 0, Xlsx.safeText("KẾT QUẢ HỌC TẬP — " + c.name() + " (" + c.code() + "), " + c.sessions() + " buổi"));
        ws.style(0, 0).bold().set();
        for (int i = 0; i < HEADERS.length; i++) {
            ws.value(1, i, HEADERS[i]);
            ws.width(i, i == 1 || i == 3 ? 30 : 16);
        }
        ws.range(1, 0, 1, HEADERS.length - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int r = 2;
        for (Enrollment e : trainees) {
            ws.value(r, 0, e.id());
            ws.value(r, 1, Xlsx.safeText(e.fullName()));
            ws.value(r, 2, Dates.format(e.birthDate()));
            ws.value(r, 3, Xlsx.safeText(e.unitName()));
            if (e.sessionsAttended() != null) {
                ws.value(r, 4, e.sessionsAttended());
            }
            if (e.grade() != null) {
                ws.value(r, 5, e.grade());
            }
            ws.value(r, 6, Xlsx.safeText(e.certificateNo()));
            ws.value(r, 7, e.certificateDate() == null ? "" : Dates.format(e.certificateDate()));
            r++;
        }
        wb.finish();
    }

    /** Reads the rows after the two header rows; a row whose first cell is not an enrollment number is a problem. */
    static List<Row> read(byte[] content) {
        List<Row> rows = new ArrayList<>();
        var problems = Problems.collect();
        try {
            Xlsx.read(content, SHEET, 5_000, (n, cells) -> {
                if (n <= 2 || cells.stream().allMatch(Xlsx.Value::blank)) {
                    return;
                }
                String id = text(cells, 0);
                long enrollmentId;
                try {
                    enrollmentId = Long.parseLong(id.replace(".0", ""));
                } catch (NumberFormatException e) {
                    problems.add("row." + n, "training.sheet.badId", n, id);
                    return;
                }
                rows.add(new Row(n, enrollmentId, text(cells, 4).replace(".0", ""), text(cells, 5), text(cells, 6),
                        date(cells, 7)));
            });
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("file", "training.sheet.unreadable");
        }
        problems.throwIfAny();
        if (rows.isEmpty()) {
            throw new Problems.InvalidInput("file", "training.sheet.empty");
        }
        return rows;
    }

    private static String text(List<Xlsx.Value> cells, int i) {
        return i < cells.size() && cells.get(i).text() != null ? cells.get(i).text().strip() : "";
    }

    private static String date(List<Xlsx.Value> cells, int i) {
        if (i < cells.size() && cells.get(i).date() != null) {
            return Dates.format(cells.get(i).date());
        }
        return text(cells, i);
    }

    static final Map<String, String> FIELD_COLUMNS = Map.of("sessionsAttended", HEADERS[4], "grade", HEADERS[5],
            "certificateNo", HEADERS[6], "certificateDate", HEADERS[7], "status", HEADERS[1]);
}
