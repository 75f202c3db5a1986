package vn.boiduong.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.boiduong.shared.VietnameseNumbers;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Xlsx;

/**
 * A class's feedback as a spreadsheet (bảng tổng hợp ý kiến học viên): means and bands per criterion, the overall
 * index, the provider's results (level 2), then every answer unsigned. Texts come from the reader's language.
 */
final class FeedbackSheet {

    private FeedbackSheet() {
    }

    static void write(OutputStream out, ClassFeedbackDetail detail, List<FeedbackRepository.Answer> answers,
                      Function<String, String> text) throws IOException {
        ClassFeedbackSummary c = detail.summary();
        FeedbackResult r = c.result();
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Y kien hoc vien");
        ws.value(0, 0, Xlsx.safeText(text.apply("feedback.list.title").toUpperCase(java.util.Locale.ROOT) + " — " + c.className()
                + " (" + c.classCode() + ")"));
        ws.style(0, 0).bold().set();
        ws.value(1, 0, Xlsx.safeText((c.providerName() == null ? c.organiserName() : c.providerName()) + ", "
                + Dates.format(c.startsOn()) + " – " + Dates.format(c.endsOn())));
        ws.value(2, 0, text.apply("feedback.responses"));
        ws.value(2, 1, r.responses() + " / " + r.trainees());
        header(ws, 4, text.apply("feedback.criterion"), text.apply("feedback.mean"), text.apply("feedback.band"));
        int row = 5;
        for (FeedbackResult.Criterion k : r.criteria()) {
            ws.value(row, 0, text.apply("feedback.criterion." + k.name()));
            cell(ws, row++, k.mean(), k.band(), text);
        }
        ws.value(row, 0, text.apply("feedback.overall"));
        ws.style(row, 0).bold().set();
        cell(ws, row++, r.overall(), r.band(), text);
        row++;
        ws.value(row, 0, text.apply("feedback.class.level2"));
        ws.style(row++, 0).bold().set();
        ws.value(row, 0, text.apply("feedback.passRate"));
        if (r.passRate() != null) {
            ws.value(row, 1, r.passRate() / 100);
            ws.style(row, 1).format(VietnameseNumbers.XLSX_PERCENT_1).set();
            ws.value(row, 2, r.passed() + " / " + r.graded());
        }
        row++;
        ws.value(row, 0, text.apply("feedback.meanGrade"));
        if (r.meanGrade() != null) {
            ws.value(row, 1, r.meanGrade());
            ws.style(row, 1).format(VietnameseNumbers.XLSX_DECIMAL_2).set();
        }
        row += 2;
        header(ws, row++, "#", text.apply("feedback.criterion.content"), text.apply("feedback.criterion.lecturers"),
                text.apply("feedback.criterion.organisation"), text.apply("feedback.criterion.usefulness"), text.apply("field.comment"));
        int n = 1;
        for (FeedbackRepository.Answer a : answers) {
            ws.value(row, 0, n++);
            ws.value(row, 1, a.content());
            ws.value(row, 2, a.lecturers());
            ws.value(row, 3, a.organisation());
            ws.value(row, 4, a.usefulness());
            ws.value(row, 5, Xlsx.safeText(a.comment()));
            row++;
        }
        ws.width(0, 34);
        for (int i = 1; i < 5; i++) {
            ws.width(i, 16);
        }
        ws.width(5, 60);
        wb.finish();
    }

    private static void header(Worksheet ws, int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            ws.value(row, i, titles[i]);
        }
        ws.range(row, 0, row, titles.length - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
    }

    private static void cell(Worksheet ws, int row, Double mean, FeedbackBand band, Function<String, String> text) {
        if (mean != null) {
            ws.value(row, 1, mean);
            ws.style(row, 1).format(VietnameseNumbers.XLSX_DECIMAL_2).set();
            ws.value(row, 2, text.apply(band.messageKey()));
        }
    }
}
