package vn.boiduong.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.VietnameseNumbers;

/** A unit's quarter as a spreadsheet (bảng tổng hợp kết quả đánh giá quý của đơn vị). */
@Component
class RatingSpreadsheet {

    private final MessageSource messages;

    RatingSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(OutputStream out, RatingQueries.Unit unit, RatingPeriod period, List<RatingQueries.StaffLine> staff, Locale locale)
            throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(period.label().replace('/', '-'));
        ws.value(0, 0, text("rating.title", locale) + " — " + unit.name() + " — " + period.label());
        ws.style(0, 0).bold().set();
        String[] headers = {"STT", text("rating.person", locale), "Chức vụ, chức danh", text("rating.status", locale),
                text("rating.selfScore", locale), text("rating.score", locale), text("rating.band", locale)};
        for (int c = 0; c < headers.length; c++) {
            ws.value(2, c, headers[c]);
            ws.style(2, c).bold().set();
        }
        int row = 3;
        for (RatingQueries.StaffLine s : staff) {
            ws.value(row, 0, row - 2);
            ws.value(row, 1, s.fullName());
            ws.value(row, 2, s.title());
            ws.value(row, 3, s.status() == null ? text("rating.notYet", locale) : text("rating.status." + s.status(), locale));
            if (s.selfScore() != null) {
                ws.value(row, 4, s.selfScore());
                ws.style(row, 4).format(VietnameseNumbers.XLSX_DECIMAL_2).set();
            }
            if (s.score() != null) {
                ws.value(row, 5, s.score());
                ws.style(row, 5).format(VietnameseNumbers.XLSX_DECIMAL_2).set();
            }
            ws.value(row, 6, s.band() == null ? "" : text("rating.band." + s.band(), locale));
            row++;
        }
        ws.value(row + 1, 0, text("rating.bands.rule", locale));
        ws.width(1, 28);
        ws.width(2, 30);
        ws.width(3, 24);
        ws.width(6, 30);
        wb.finish();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
