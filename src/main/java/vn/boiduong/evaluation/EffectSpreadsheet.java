package vn.boiduong.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.VietnameseNumbers;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;

/** The due list as a spreadsheet (danh sách đến hạn đánh giá hiệu quả sau bồi dưỡng), in due-date order. */
@Component
class EffectSpreadsheet {

    private final MessageSource messages;

    EffectSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(OutputStream out, String unitName, List<EffectEvaluation> rows) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(text("effect.xlsx.sheet"));
        ws.value(0, 0, text("effect.xlsx.title", unitName));
        ws.style(0, 0).bold().set();
        String[] headers = text("effect.xlsx.headers").split("\\|");
        for (int c = 0; c < headers.length; c++) {
            ws.value(2, c, headers[c]);
            ws.width(c, c == 1 || c == 2 || c == 3 ? 34 : 14);
        }
        ws.range(2, 0, 2, headers.length - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int row = 3;
        for (EffectEvaluation e : rows) {
            ws.value(row, 0, row - 2);
            ws.value(row, 1, e.fullName());
            ws.value(row, 2, e.unitName());
            ws.value(row, 3, e.programName());
            ws.value(row, 4, Dates.format(e.completedOn()));
            ws.value(row, 5, Dates.format(e.dueOn()));
            ws.value(row, 6, text("effect.state." + e.state()));
            if (e.total() != null) {
                ws.value(row, 7, e.total());
                ws.style(row, 7).format(VietnameseNumbers.XLSX_DECIMAL_2).set();
            }
            row++;
        }
        wb.finish();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseText.VI);
    }
}
