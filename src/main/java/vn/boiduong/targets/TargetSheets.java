package vn.boiduong.targets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.boiduong.shared.VietnameseNumbers;
import vn.boiduong.shared.Xlsx;

/** A table behind a chart (or a people list) as a one-sheet spreadsheet: title, header, rows; text neutralised. */
final class TargetSheets {

    private TargetSheets() {
    }

    static void write(OutputStream out, String sheet, String title, List<String> headers, List<List<Object>> rows) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(sheet);
        ws.value(0, 0, Xlsx.safeText(title));
        ws.style(0, 0).bold().set();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(2, c, headers.get(c));
            ws.width(c, c == 1 ? 40 : 16);
        }
        ws.range(2, 0, 2, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int r = 3;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                    ws.style(r, c).format(n instanceof java.math.BigDecimal d && d.stripTrailingZeros().scale() > 0
                            ? VietnameseNumbers.XLSX_DECIMAL_1 : VietnameseNumbers.XLSX_INTEGER).set();
                } else if (v != null) {
                    ws.value(r, c, Xlsx.safeText(v.toString()));
                }
            }
            r++;
        }
        wb.finish();
    }
}
