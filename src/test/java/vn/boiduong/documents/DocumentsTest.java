package vn.boiduong.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.boiduong.shared.Problems;

/** Documents come out in the ND 30/2020 layout, as DOCX and as PDF, with Vietnamese text intact. */
class DocumentsTest {

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private final Documents documents = new Documents();

    @ParameterizedTest
    @CsvSource({"2026-01-05, 'Phù Liễn, ngày 05 tháng 01 năm 2026'", "2026-02-28, 'Phù Liễn, ngày 28 tháng 02 năm 2026'",
        "2026-03-09, 'Phù Liễn, ngày 09 tháng 3 năm 2026'", "2025-11-10, 'Phù Liễn, ngày 10 tháng 11 năm 2025'",
        "2024-02-29, 'Phù Liễn, ngày 29 tháng 02 năm 2024'", "2026-12-01, 'Phù Liễn, ngày 01 tháng 12 năm 2026'"})
    void placeAndDateWritesLeadingZerosForDaysBelowTenAndForJanuaryAndFebruary(LocalDate date, String expected) {
        assertThat(Documents.placeAndDate("Phù Liễn", date)).isEqualTo(expected);
    }

    @Test
    void everyDayOfALeapYearFollowsTheLeadingZeroRule() {
        Pattern shape = Pattern.compile("X, ngày (\\d+) tháng (\\d+) năm (\\d{4})");
        for (LocalDate d = LocalDate.of(2028, 1, 1); d.getYear() == 2028; d = d.plusDays(1)) {
            Matcher m = shape.matcher(Documents.placeAndDate("X", d));
            assertThat(m.matches()).as(d.toString()).isTrue();
            assertThat(m.group(1)).as("day of %s", d).hasSize(2);
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(d.getDayOfMonth());
            assertThat(m.group(2)).as("month of %s", d).hasSize(d.getMonthValue() <= 2 || d.getMonthValue() >= 10 ? 2 : 1);
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(d.getMonthValue());
        }
    }

    @Test
    void docxIsA4PortraitWithTheMarginsOfDecree30AndTimesNewRomanEverywhere() throws IOException {
        try (XWPFDocument doc = docx(SampleDecision.withRows(3))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar mar = sect.getPgMar();
            assertThat(mm(mar.getTop())).isBetween(20.0, 25.0);
            assertThat(mm(mar.getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(mar.getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(mar.getRight())).isBetween(15.0, 20.0);
            List<XWPFRun> runs = allRuns(doc);
            assertThat(runs).hasSizeGreaterThan(40);
            for (XWPFRun r : runs) {
                for (XWPFRun.FontCharRange range : List.of(XWPFRun.FontCharRange.ascii, XWPFRun.FontCharRange.hAnsi,
                        XWPFRun.FontCharRange.cs, XWPFRun.FontCharRange.eastAsia)) {
                    assertThat(r.getFontFamily(range)).as("%s of run '%s'", range, r.text()).isEqualTo("Times New Roman");
                }
            }
            assertThat(sect.isSetTitlePg()).as("no page number on page 1").isTrue();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader()._getHdrFtr().xmlText()).contains("PAGE");
        }
    }

    @Test
    void docxHoldsTheTextsInTheirOrderWithTheirTypeSizes() throws IOException {
        try (XWPFDocument doc = docx(SampleDecision.withRows(3))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).containsSubsequence("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN", "PHƯỜNG PHÙ LIỄN",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/QĐ-UBND",
                    "Phù Liễn, ngày 05 tháng 01 năm 2026", "QUYẾT ĐỊNH", "Về việc cử cán bộ, công chức đi bồi dưỡng",
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN", "Căn cứ Luật Tổ chức chính quyền địa phương",
                    "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;", "năm 2017 của Chính phủ về đào tạo, "
                            + "bồi dưỡng cán bộ, công chức, viên chức;", "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.",
                    "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "chịu trách nhiệm thi hành Quyết định này./.",
                    "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VHXH.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                    "PHÓ CHỦ TỊCH", "Nguyễn Thị Hằng", "DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐƯỢC CỬ ĐI BỒI DƯỠNG",
                    "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026)", "STT", "Họ và tên",
                    "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Đức");

            assertThat(run(doc, "QUYẾT ĐỊNH")).satisfies(r -> assertBold(r, 14));
            assertThat(run(doc, "Về việc cử")).satisfies(r -> assertBold(r, 14));
            assertThat(run(doc, "Độc lập - Tự do")).satisfies(r -> assertBold(r, 13));
            assertThat(run(doc, "CỘNG HÒA").getFontSizeAsDouble()).isBetween(12.0, 13.0);
            assertThat(run(doc, "Phù Liễn, ngày").isItalic()).isTrue();
            assertThat(run(doc, "Căn cứ Luật Cán bộ").isItalic()).isTrue();
            assertThat(run(doc, "Điều 1.")).satisfies(r -> assertBold(r, 14));
            assertThat(run(doc, "Nơi nhận:").isItalic()).isTrue();
            assertThat(run(doc, "Nơi nhận:")).satisfies(r -> assertBold(r, 12));
            assertThat(run(doc, "- Lưu: VT").getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(run(doc, "Nguyễn Thị Hằng")).satisfies(r -> assertBold(r, 14));
            XWPFParagraph article = run(doc, "Kinh phí bồi dưỡng").getParent() instanceof XWPFParagraph p ? p : null;
            assertThat(article.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(run(doc, "Kinh phí bồi dưỡng").getFontSizeAsDouble()).isBetween(13.0, 14.0);
        }
    }

    @Test
    void docxAnnexIsABorderedTableOnANewPageWhoseHeaderRowRepeats() throws IOException {
        try (XWPFDocument doc = docx(SampleDecision.withRows(200))) {
            XWPFTable list = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(list.getNumberOfRows()).isEqualTo(201);
            assertThat(list.getRow(0).isRepeatHeader()).isTrue();
            assertThat(list.getRow(0).getCell(1).getText()).isEqualTo("Họ và tên");
            assertThat(list.getRow(200).getCell(0).getText()).isEqualTo("200");
            assertThat(list.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(list.getInsideHBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getTopBorderType()).as("header blocks are borderless").isNotEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("DANH SÁCH CÁN BỘ")).findFirst().orElseThrow();
            assertThat(title.isPageBreak()).isTrue();
        }
    }

    @Test
    void pdfKeepsVietnameseTextWithTheFontEmbeddedOnA4Pages() throws IOException {
        byte[] pdf = documents.pdf(SampleDecision.withRows(3));
        sample("decision-3.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Nguyễn Thị Hằng", "Độc lập - Tự do - Hạnh phúc", "Điều 2.",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/QĐ-UBND", "Phù Liễn, ngày 05 tháng 01 năm 2026",
                    "Trần Thị Bích Ngọc", "thi hành Quyết định này./.", "- Lưu: VT, VHXH.");
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within(0.5f));
            }
            List<String> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("Tinos").endsWith("embedded"));
            assertThat(String.join(",", fonts)).doesNotContain("Helvetica").doesNotContain("Times");
            assertThat(fonts).anyMatch(f -> f.contains("Tinos-Bold")).anyMatch(f -> f.contains("Tinos-Italic"))
                    .anyMatch(f -> f.contains("Tinos-BoldItalic"));
        }
    }

    @Test
    void aLongAnnexFlowsOverSeveralPagesNumberedFromPageTwo() throws IOException {
        byte[] pdf = documents.pdf(SampleDecision.withRows(200));
        sample("decision-200.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(doc);
            assertThat(all).contains("200 Ngô Thị Thu Hường 04/08/1999");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc).strip()).startsWith("UBND THÀNH PHỐ HẢI PHÒNG");
            for (int page = 3; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).strip();
                assertThat(text).as("page %d", page).startsWith(page + "\n").contains("STT");
            }
        }
    }

    @Test
    void hostileTextIsEscapedAndPrintedLiterally() throws IOException {
        String hostile = "<script>alert('x')</script> & \"trích\" <b>đậm</b> ]]> &amp;";
        OfficialDocument d = SampleDecision.withAnnex(new OfficialDocument.Table(hostile, null,
                List.of("STT", "Ghi chú"), List.of(List.of("1", hostile)), List.of()));
        d = new OfficialDocument(d.parentBody(), d.issuingBody(), d.number(), d.place(), d.date(), d.kind(),
                "Về việc " + hostile, d.authority(), d.bases(), d.articles(), d.annex(), d.signature(), d.recipients());
        String xhtml = XhtmlBuilder.build(d);
        assertThat(xhtml).doesNotContain("<script").doesNotContain("<b>đậm").contains("&lt;script&gt;");
        try (PDDocument doc = Loader.loadPDF(documents.pdf(d))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("<script>alert('x')</script> & \"trích\" <b>đậm</b> ]]> &amp;");
        }
        try (XWPFDocument doc = docx(d)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(hostile);
        }
    }

    @Test
    void aReportHasNeitherPromulgationLineNorArticlesNorAnnexPage() throws IOException {
        OfficialDocument report = new OfficialDocument("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÙ LIỄN",
                "41/BC-UBND", "Phù Liễn", LocalDate.of(2026, 12, 8), "BÁO CÁO",
                "Kết quả đào tạo, bồi dưỡng cán bộ, công chức năm 2026", null, List.of(),
                List.of(new OfficialDocument.Article("I. KẾT QUẢ THỰC HIỆN", List.of()),
                        new OfficialDocument.Article(null, List.of("Năm 2026, phường đã cử 42 lượt cán bộ, công chức "
                                + "đi bồi dưỡng.", "Trên đây là báo cáo kết quả đào tạo, bồi dưỡng năm 2026."))), null,
                new OfficialDocument.Signature("TM. ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "Trần Văn Bình"),
                List.of("- Sở Nội vụ;", "- Lưu: VT, VHXH."));
        byte[] pdf = documents.pdf(report);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Số: 41/BC-UBND", "Phù Liễn, ngày 08 tháng 12 năm 2026", "BÁO CÁO",
                    "I. KẾT QUẢ THỰC HIỆN", "báo cáo kết quả đào tạo, bồi dưỡng năm 2026./.", "Trần Văn Bình")
                    .doesNotContain("QUYẾT ĐỊNH", "Điều", "KT.");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.docx(report)))) {
            assertThat(doc.getTables()).hasSize(2);
            assertThat(new XWPFWordExtractor(doc).getText()).contains("năm 2026./.").doesNotContain("QUYẾT ĐỊNH");
        }
    }

    @Test
    void missingPartsAreRefusedNamingEachField() {
        OfficialDocument good = SampleDecision.withRows(2);
        OfficialDocument bad = new OfficialDocument(null, " ", null, "", null, "QUYẾT ĐỊNH", null, null, null,
                List.of(), new OfficialDocument.Table("DANH SÁCH", null, List.of("STT", "Họ và tên"),
                List.of(List.of("1", "Nguyễn Văn An"), List.of("2")), List.of(1)),
                new OfficialDocument.Signature(null, null, "CHỦ TỊCH", " "), good.recipients());
        assertThatThrownBy(() -> documents.pdf(bad)).isInstanceOfSatisfying(Problems.InvalidInput.class, e ->
                assertThat(e.problems()).extracting(Problems.FieldProblem::field).containsExactly("issuingBody",
                        "number", "place", "date", "subject", "articles", "signature", "annex.relativeWidths",
                        "annex.rows[1]"));
        assertThatThrownBy(() -> documents.docx(bad)).isInstanceOf(Problems.InvalidInput.class);
        assertThatThrownBy(() -> documents.docx(null)).isInstanceOfSatisfying(Problems.InvalidInput.class, e ->
                assertThat(e.problems().get(0).code()).isEqualTo("documents.document.required"));
    }

    @Test
    void theDecreesPunctuationIsApplied() {
        assertThat(Nd30.numberLine("5/QĐ-UBND")).isEqualTo("Số: 05/QĐ-UBND");
        assertThat(Nd30.numberLine("12/QĐ-UBND")).isEqualTo("Số: 12/QĐ-UBND");
        assertThat(Nd30.numberLine("     /QĐ-UBND")).as("a draft waiting for its number").isEqualTo("Số: /QĐ-UBND");
        assertThat(Nd30.bases(List.of("Căn cứ A.", "Căn cứ B", "Theo đề nghị C;")))
                .containsExactly("Căn cứ A;", "Căn cứ B;", "Theo đề nghị C.");
        assertThat(Nd30.articles(List.of(new OfficialDocument.Article("Điều 1.", List.of("Một.", "Hai.")))).get(0)
                .paragraphs()).containsExactly("Một.", "Hai./.");
        assertThat(Nd30.articles(List.of(new OfficialDocument.Article("Điều 1.", List.of("Xong./.")))).get(0)
                .paragraphs()).containsExactly("Xong./.");
        assertThat(Nd30.clean("a\u0000b\u0007c")).isEqualTo("abc");
    }

    private XWPFDocument docx(OfficialDocument d) throws IOException {
        byte[] bytes = documents.docx(d);
        sample("decision-" + d.annex().rows().size() + ".docx", bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static double mm(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() / TWIPS_PER_MM;
    }

    private static void assertBold(XWPFRun r, double size) {
        assertThat(r.isBold()).as("'%s' bold", r.text()).isTrue();
        assertThat(r.getFontSizeAsDouble()).as("'%s' size", r.text()).isEqualTo(size);
    }

    private static XWPFRun run(XWPFDocument doc, String startsWith) {
        return allRuns(doc).stream().filter(r -> r.text().strip().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting with " + startsWith));
    }

    private static List<XWPFRun> allRuns(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(row -> row.getTableCells().stream().map(XWPFTableCell::getParagraphs)
                    .forEach(ps -> ps.forEach(p -> runs.addAll(p.getRuns()))));
        }
        doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs;
    }

    /** Every font used on any page, as "name embedded" or "name not-embedded". */
    private static List<String> fonts(PDDocument doc) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont f = res.getFont(name);
                fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : " not-embedded"));
            }
        }
        return fonts;
    }

    /** Keeps the last rendering under target/ for a look (pdftoppm, Word). */
    private static void sample(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "documents-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
