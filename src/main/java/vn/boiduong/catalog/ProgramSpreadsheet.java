package vn.boiduong.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Xlsx;

/** The filtered catalog as a spreadsheet (danh mục chương trình bồi dưỡng), one programme a row. */
@Component
class ProgramSpreadsheet {

    static final List<String> COLUMNS = List.of("no", "code", "name", "category", "durationText", "durationDays",
            "targetGroup", "organiser", "certificate", "phase", "owner", "sourceRef", "status");

    private final MessageSource messages;

    ProgramSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(OutputStream out, List<Program> programs, Map<Long, String> owners, Locale locale) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(text("catalog.sheet", locale));
        ws.value(0, 0, text("catalog.export.title", locale));
        ws.style(0, 0).bold().set();
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(2, c, text("catalog.col." + COLUMNS.get(c), locale));
            ws.width(c, switch (COLUMNS.get(c)) {
                case "name", "targetGroup", "organiser", "certificate" -> 40;
                case "no", "durationDays", "phase" -> 8;
                default -> 18;
            });
        }
        ws.range(2, 0, 2, COLUMNS.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        int row = 3;
        for (Program p : programs) {
            ws.value(row, 0, row - 2);
            ws.value(row, 1, Xlsx.safeText(p.code()));
            ws.value(row, 2, Xlsx.safeText(p.name()));
            ws.value(row, 3, text("catalog.category." + p.category(), locale));
            ws.value(row, 4, Xlsx.safeText(p.durationText()));
            ws.value(row, 5, p.durationDays());
            ws.value(row, 6, Xlsx.safeText(p.targetGroup()));
            ws.value(row, 7, Xlsx.safeText(p.organiser()));
            ws.value(row, 8, Xlsx.safeText(p.certificate()));
            ws.value(row, 9, text("catalog.phase." + (p.phase() == null ? "both" : p.phase()), locale));
            ws.value(row, 10, p.national() ? text("catalog.national", locale) : Xlsx.safeText(owners.get(p.ownerUnitId())));
            ws.value(row, 11, Xlsx.safeText(p.sourceRef()));
            ws.value(row, 12, text(p.active() ? "catalog.status.active" : "catalog.status.inactive", locale));
            row++;
        }
        wb.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
