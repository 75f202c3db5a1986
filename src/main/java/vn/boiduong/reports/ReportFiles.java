package vn.boiduong.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.boiduong.documents.Documents;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseNumbers;
import vn.boiduong.shared.Xlsx;

/** The report's files: DOCX and PDF through the documents module, and the XLSX (one sheet per section, Biểu 10 first). */
@Component
class ReportFiles {

    record Set(byte[] docx, byte[] pdf, byte[] xlsx) {
    }

    private final Documents documents;
    private final ReportUnits units;
    private final AccessPolicy access;
    private final Clock clock;

    ReportFiles(Documents documents, ReportUnits units, AccessPolicy access, Clock clock) {
        this.documents = documents;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    Set render(YearlyReport r, ReportFigures f) {
        String kind = ReportCalendar.reporterOf(units.unit(r.unitId())).orElse("NATION");
        // the head signs: their name only when the head of this very unit prepares it; otherwise a line to sign on
        String head = access.isSignedIn() && access.currentUser().role() == vn.boiduong.security.Role.UNIT_HEAD
                && access.currentUser().orgUnitId() == r.unitId() ? access.currentUser().fullName() : null;
        var doc = ReportText.build(r, f, kind, head, LocalDate.now(clock));
        return new Set(documents.docx(doc), documents.pdf(doc), xlsx(r, f));
    }

    static byte[] xlsx(YearlyReport r, ReportFigures f) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Boi duong", "1.0");
            Worksheet form = wb.newWorksheet("Biểu 10-BTCTW");
            title(form, "BIỂU SỐ 10-BTCTW: KẾT QUẢ BỒI DƯỠNG NĂM " + r.year() + " — " + r.unitName());
            table(form, ReportText.header(), ReportText.form10Rows(f));
            form.value(4 + ReportText.form10Rows(f).size(), 1, ReportText.SENT_RULE);

            Worksheet follow = wb.newWorksheet("Theo dõi chất lượng");
            title(follow, "THEO DÕI CHẤT LƯỢNG BỒI DƯỠNG (" + vn.boiduong.shared.SourceDocuments.KH_219 + ", mục IV.3)");
            var u = f.followUp();
            table(follow, List.of("Nội dung", "Giá trị"), List.of(
                    List.of("Số lượt cử đi", u.sent()), List.of("Số chương trình", u.programs()),
                    List.of("Số lớp", u.classes()),
                    List.of("Thời gian", u.firstStart() == null ? "" : Dates.format(u.firstStart()) + " – " + Dates.format(u.lastEnd())),
                    List.of("Hoàn thành", u.completed()), List.of("Không hoàn thành", u.notCompleted()),
                    List.of("Điểm trung bình", orBlank(u.meanGrade())),
                    List.of("Đánh giá hiệu quả: tổng số", u.effectTotal()),
                    List.of("Đánh giá hiệu quả: đến hạn", u.effectDue()),
                    List.of("Đánh giá hiệu quả: đã ký", u.effectSigned()),
                    List.of("Tỷ lệ đánh giá (%)", orBlank(u.effectCoverage())),
                    List.of("Điểm hiệu quả bình quân", orBlank(u.effectMeanScore()))));
            int row = 5 + 12;
            follow.value(row++, 0, "Các lớp");
            for (var c : f.classes()) {
                follow.value(row, 0, Xlsx.safeText(c.name()));
                follow.value(row, 1, Dates.format(c.startsOn()) + " – " + Dates.format(c.endsOn()));
                follow.value(row, 2, c.sent());
                follow.style(row, 2).format(VietnameseNumbers.XLSX_INTEGER).set();
                follow.value(row, 3, c.completed());
                follow.style(row++, 3).format(VietnameseNumbers.XLSX_INTEGER).set();
            }

            Worksheet effect = wb.newWorksheet("Hiệu quả theo đơn vị");
            title(effect, "HIỆU QUẢ SAU BỒI DƯỠNG THEO ĐƠN VỊ");
            table(effect, List.of("Đơn vị", "Tổng số", "Đến hạn", "Đã đánh giá", "Tỷ lệ (%)", "Điểm bình quân"),
                    f.effectBelow().stream().map(e -> List.<Object>of(e.name(), e.total(), e.due(),
                            e.signed(), orBlank(e.coverage()), orBlank(e.meanScore()))).toList());

            if (f.targets() != null) {
                Worksheet targets = wb.newWorksheet("Chỉ tiêu");
                title(targets, "THỰC HIỆN CHỈ TIÊU");
                table(targets, List.of("Chỉ tiêu", "Giá trị", "Chỉ tiêu đặt ra", "Trạng thái"), f.targets().stream()
                        .map(t -> List.<Object>of(t.name(), ReportText.measured(t, t.value()), ReportText.measured(t, t.target()),
                                ReportText.status(t.status()))).toList());
            }

            Worksheet budget = wb.newWorksheet("Kinh phí");
            title(budget, "KINH PHÍ BỒI DƯỠNG NĂM " + r.year());
            var b = f.budget();
            List<List<?>> rows = new java.util.ArrayList<>(List.of(
                    List.of("Dự toán theo kế hoạch", b.planEstimate(), ""),
                    List.of("Dự toán các lớp", b.classEstimate(), ""),
                    List.of("Thực chi", b.actual(), "")));
            b.bySource().forEach(l -> rows.add(List.of("Nguồn " + l.fundingSource(), l.estimate(), l.actual())));
            table(budget, List.of("Khoản", "Dự toán / số tiền", "Thực chi"), rows);

            Worksheet text = wb.newWorksheet("Khó khăn, đề xuất");
            title(text, "KHÓ KHĂN, VƯỚNG MẮC; ĐỀ XUẤT, KIẾN NGHỊ");
            table(text, List.of("Mục", "Nội dung"), List.of(
                    List.of("Khó khăn, vướng mắc", r.difficulties() == null ? "" : r.difficulties()),
                    List.of("Đề xuất, kiến nghị", r.proposals() == null ? "" : r.proposals())));
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void title(Worksheet ws, String text) {
        ws.value(0, 0, text);
        ws.style(0, 0).bold().set();
    }

    private static Object orBlank(java.math.BigDecimal v) {
        return v == null ? "" : v;
    }

    /**
     * Headers on row 3 (index 2), data below; numbers written as numbers so totals can be summed in Excel, with a
     * grouped number format (Excel shows it with the reader's separators: 1.674 and 78,33 on a Vietnamese system);
     * counts already written the Vietnamese way ("1.674") are turned back into numbers; text stays text.
     */
    private static void table(Worksheet ws, List<String> headers, List<? extends List<?>> rows) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(2, c, headers.get(c));
            ws.width(c, c == 1 || c == 0 ? 40 : 14);
        }
        ws.range(2, 0, 2, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof java.math.BigDecimal d) {
                    ws.value(3 + r, c, d);
                    ws.style(3 + r, c).format(d.stripTrailingZeros().scale() <= 1 ? VietnameseNumbers.XLSX_DECIMAL_1
                            : VietnameseNumbers.XLSX_DECIMAL_2).set();
                } else if (v instanceof Number n) {
                    ws.value(3 + r, c, n.longValue());
                    ws.style(3 + r, c).format(VietnameseNumbers.XLSX_INTEGER).set();
                } else if (c > 0 && String.valueOf(v).matches("-?\\d{1,3}(\\.\\d{3}){0,4}")) {
                    ws.value(3 + r, c, Long.parseLong(String.valueOf(v).replace(".", "")));
                    ws.style(3 + r, c).format(VietnameseNumbers.XLSX_INTEGER).set();
                } else {
                    ws.value(3 + r, c, Xlsx.safeText(String.valueOf(v)));
                }
            }
        }
    }
}
