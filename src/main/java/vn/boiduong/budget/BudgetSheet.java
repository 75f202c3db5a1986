package vn.boiduong.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseNumbers;
import vn.boiduong.shared.VietnameseText;
import vn.boiduong.shared.Xlsx;

/** The budget as a spreadsheet for the finance department (bảng tổng hợp kinh phí bồi dưỡng): units, then classes. */
@Component
class BudgetSheet {

    private final MessageSource messages;

    BudgetSheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(OutputStream out, Budget.Report report, List<BudgetQueries.ClassCost> classes) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(text("budget.xlsx.units"));
        ws.value(0, 0, text("budget.xlsx.title", report.unitName(), String.valueOf(report.year())));
        ws.style(0, 0).bold().set();
        List<String> headers = new java.util.ArrayList<>(List.of(text("budget.col.unit"), text("budget.col.plan"),
                text("budget.col.classes"), text("budget.col.estimate"), text("budget.col.actual"), text("budget.col.trainees")));
        Budget.SOURCES.forEach(s -> headers.add(text("budget.col.actualBy", text("training.funding." + s))));
        header(ws, headers);
        int row = 3;
        for (Budget.Row r : report.rows()) {
            figures(ws, row++, r.itself() ? text("budget.itself", r.name()) : r.name(), r.figures());
        }
        figures(ws, row, text("budget.total"), report.total());
        // numbers stay numbers, grouped by thousands (Excel shows 61.800.000 on a Vietnamese system)
        ws.range(3, 1, row, headers.size() - 1).style().format(VietnameseNumbers.XLSX_INTEGER).set();
        ws.range(row, 0, row, headers.size() - 1).style().bold().set();

        Worksheet cs = wb.newWorksheet(text("budget.xlsx.classes"));
        header(cs, List.of(text("budget.col.code"), text("budget.col.class"), text("budget.col.organiser"),
                text("budget.col.program"), text("budget.col.starts"), text("budget.col.status"), text("budget.col.source"),
                text("budget.col.seated"), text("budget.col.attended"), text("budget.col.estimate"), text("budget.col.actual")));
        row = 3;
        for (BudgetQueries.ClassCost c : classes) {
            cs.value(row, 0, Xlsx.safeText(c.code()));
            cs.value(row, 1, Xlsx.safeText(c.name()));
            cs.value(row, 2, c.organiser());
            cs.value(row, 3, c.programCode());
            cs.value(row, 4, Dates.format(c.startsOn()));
            cs.value(row, 5, text("training.classStatus." + c.status()));
            cs.value(row, 6, text("training.funding." + c.fundingSource()));
            cs.value(row, 7, c.seated());
            cs.value(row, 8, c.attended());
            cs.value(row, 9, c.estimate());
            cs.value(row, 10, c.actual());
            row++;
        }
        if (row > 3) {
            cs.range(3, 7, row - 1, 10).style().format(VietnameseNumbers.XLSX_INTEGER).set();
        }
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(2, c, headers.get(c));
            ws.width(c, c == 0 || c == 1 ? 36 : 16);
        }
        ws.range(2, 0, 2, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
    }

    private static void figures(Worksheet ws, int row, String name, Budget.Summary s) {
        ws.value(row, 0, Xlsx.safeText(name));
        ws.value(row, 1, s.planEstimate());
        ws.value(row, 2, s.classes());
        ws.value(row, 3, s.classEstimate());
        ws.value(row, 4, s.actual());
        ws.value(row, 5, s.trainees());
        for (int i = 0; i < s.bySource().size(); i++) {
            ws.value(row, 6 + i, s.bySource().get(i).actual());
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseText.VI);
    }
}
