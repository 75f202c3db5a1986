package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * Issue 14, points 6–8 over real HTTP: key pages write numbers the Vietnamese way (no decimal point) and quarters as
 * "Quý IV/2026"; the yearly report's PDF has its headings on their own lines and is signed as the unit's head, its
 * Excel sheets show text without a stray apostrophe while a real formula is still neutralised; a class's page says
 * which part of its cost is the reader's unit's share.
 */
@IntegrationTest
class VietnameseFormatPagesTest {

    /** A number with a decimal point: 23.7, 0.6, 78.33, 1674.5, or 12.3456 (a thousands group has exactly 3 digits). */
    static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.,/])(\\d+\\.\\d{1,2}|\\d+\\.\\d{4,}|\\d{4,}\\.\\d+)(?![\\d.])");
    static final Pattern RAW_QUARTER = Pattern.compile("\\b\\d{4}-?Q[1-4]\\b");
    static final Pattern QUARTER = Pattern.compile("Quý (I|II|III|IV)/\\d{4}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    TestHttp browser(String user) {
        TestHttp b = TestHttp.browser(port);
        b.login(user, TestHttp.DEMO_PASSWORD);
        return b;
    }

    /** What a person reads: the page without scripts, styles, tags and attributes. */
    static String visible(String html) {
        return html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    static void assertVietnameseNumbers(String path, String html) {
        String text = visible(html);
        Matcher m = DECIMAL_POINT.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 20)));
        }
        assertThat(found).as(path + ": numbers with a decimal point").isEmpty();
        Matcher q = RAW_QUARTER.matcher(text);
        if (q.find()) {
            throw new AssertionError(path + ": a quarter written as a code: "
                    + text.substring(Math.max(0, q.start() - 30), Math.min(text.length(), q.end() + 10)));
        }
    }

    @Test
    void keyPagesWriteNumbersAndQuartersTheVietnameseWay() {
        TestHttp province = browser("sonoivu.haiphong");
        TestHttp commune = browser("vhxh.phulien");
        TestHttp finance = browser("taichinh.haiphong");
        long phuLien = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        long report = jdbc.sql("select id from yearly_report where year = 2025 and org_unit_id = :u").param("u", phuLien)
                .query(Long.class).single();
        String[][] pages = {
                {"sonoivu.haiphong", "/targets"}, {"vhxh.phulien", "/targets"}, {"taichinh.haiphong", "/budget"},
                {"sonoivu.haiphong", "/budget"}, {"vhxh.phulien", "/reports/" + report}, {"vhxh.phulien", "/evaluations/ratings"},
                {"vhxh.phulien", "/evaluations/ratings/year"}, {"vhxh.phulien", "/evaluations/ratings/alerts"},
                {"vhxh.phulien", "/evaluations/effect/coverage"}, {"vhxh.phulien", "/evaluations/feedback"},
                {"vhxh.phulien", "/classes/1"}, {"taichinh.haiphong", "/"}, {"vhxh.phulien", "/"}, {"vhxh.phulien", "/gaps"},
                {"vhxh.phulien", "/plans"}, {"sonoivu.haiphong", "/evaluations/effect/coverage"}, {"taichinh.haiphong", "/targets"},
                {"sonoivu.haiphong", "/targets/admin"}, {"vhxh.phulien", "/evaluations/effect"}};
        for (String[] p : pages) {
            TestHttp who = switch (p[0]) {
                case "sonoivu.haiphong" -> province;
                case "taichinh.haiphong" -> finance;
                default -> commune;
            };
            var r = who.get(p[1]);
            assertThat(r.statusCode()).as(p[0] + " " + p[1]).isEqualTo(200);
            assertVietnameseNumbers(p[0] + " " + p[1], r.body());
        }
        // the rating list's period and the person's page name quarters as "Quý …/yyyy"
        assertThat(visible(commune.get("/evaluations/ratings").body())).containsPattern(QUARTER);
        String period = jdbc.sql("""
                select r.person_id || '/' || r.period from rating r join person p on p.id = r.person_id join org_unit o on o.id = p.org_unit_id
                where o.path like (select path from org_unit where code = '11446') || '%' and r.period like '%-Q_' and r.score is not null
                order by r.id limit 1""").query(String.class).single();
        String person = commune.get("/evaluations/ratings/person/" + period).body();
        assertVietnameseNumbers("rating person", person);
        assertThat(visible(person)).containsPattern(QUARTER).containsPattern("\\d+,\\d{2}");
        String mine = browser("canbo.phulien").get("/me/ratings").body();
        assertVietnameseNumbers("/me/ratings", mine);
        assertThat(visible(mine)).containsPattern(QUARTER);
        // a percentage target on the dashboard: "23,7%" style, never "23.7 %"
        assertThat(visible(province.get("/targets").body())).containsPattern("\\d+,\\d%");
    }

    @Test
    void theYearlyReportsDocumentsHaveHeadingsOnTheirOwnLinesTheHeadsSignatureAndNoStrayApostrophes() throws Exception {
        int year = 2033;
        TestHttp api = TestHttp.as(port, "vhxh.phulien");
        var opened = api.post("/api/reports", "{\"year\":" + year + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = TestHttp.json(opened).get("id").asLong();
        var text = api.put("/api/reports/" + id + "/text",
                "{\"version\":0,\"difficulties\":\"- Thiếu giảng viên tại chỗ\",\"proposals\":\"=SUM(A1:A2)\"}");
        assertThat(text.statusCode()).as(text.body()).isEqualTo(200);

        byte[] pdf = api.getBytes("/api/reports/" + id + "/files/pdf").body();
        String account = jdbc.sql("select full_name from app_user where username = 'vhxh.phulien'").query(String.class).single();
        try (var doc = Loader.loadPDF(pdf)) {
            List<String> lines = Arrays.stream(new PDFTextStripper().getText(doc).split("\\R")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            int heading = indexOf(lines, "I. KẾT QUẢ CÔNG TÁC BỒI DƯỠNG NĂM " + year);
            assertThat(lines.get(heading)).as("the heading alone on its line").isEqualTo("I. KẾT QUẢ CÔNG TÁC BỒI DƯỠNG NĂM " + year);
            assertThat(lines.get(heading + 1)).startsWith("1. Số lượt cán bộ, công chức được cử đi bồi dưỡng");
            assertThat(lines.get(indexOf(lines, "KHÓ KHĂN, VƯỚNG MẮC"))).endsWith("KHÓ KHĂN, VƯỚNG MẮC");
            String all = String.join("\n", lines);
            assertThat(all).contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH").contains("(Ký, ghi rõ họ tên, đóng dấu)")
                    .doesNotContain(account);
            assertThat(DECIMAL_POINT.matcher(all.replaceAll("\\d+/\\d+", "")).find()).as("no decimal point in the PDF").isFalse();
        }
        String docx = new String(entry(api.getBytes("/api/reports/" + id + "/files/docx").body(), "word/document.xml"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(docx).contains("TM. ỦY BAN NHÂN DÂN").contains("(Ký, ghi rõ họ tên, đóng dấu)").doesNotContain(account);

        byte[] xlsx = api.getBytes("/api/reports/" + id + "/files/xlsx").body();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.findSheet("Khó khăn, đề xuất").orElseThrow();
            List<String> cells = new ArrayList<>();
            sheet.read().forEach(r -> r.forEach(c -> cells.add(c == null ? "" : c.getText())));
            assertThat(cells).contains("- Thiếu giảng viên tại chỗ").contains("'=SUM(A1:A2)");
        }
        // the demo's 2025 report of the commune: its Biểu 10 rows ("- Bồi dưỡng …") read without a leading quote
        long phuLien = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        long demo = jdbc.sql("select id from yearly_report where year = 2025 and org_unit_id = :u").param("u", phuLien)
                .query(Long.class).single();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(api.getBytes("/api/reports/" + demo + "/files/xlsx").body()))) {
            var rows = wb.getFirstSheet().read();
            List<String> content = rows.stream().map(r -> r.getCellText(1)).toList();
            assertThat(content).anyMatch(t -> t.startsWith("- ")).noneMatch(t -> t.startsWith("'"));
            var total = rows.stream().filter(r -> "TỔNG CỘNG".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(total.getCell(2).getType()).as("counts stay numbers").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
        }
    }

    @Test
    void aUnitsShareOfAClassIsLabelledAndAddsUpToTheWholeClass() {
        String commune = browser("vhxh.phulien").get("/classes/1").body();
        String province = browser("sonoivu.haiphong").get("/classes/1").body();
        long whole = money(province, "Dự toán cả lớp: ([\\d.]+) đồng");
        assertThat(money(commune, "Dự toán cả lớp: ([\\d.]+) đồng")).as("the same class total for every reader").isEqualTo(whole);
        assertThat(province).doesNotContain("id=\"cost-share\"");
        long share = money(commune, "Phần của Phường Phù Liễn: ([\\d.]+) đồng");
        long rest = money(commune, "Phần còn lại ([\\d.]+) đồng");
        assertThat(share).isPositive().isLessThan(whole);
        assertThat(share + rest).as("the share and the rest make the class total").isEqualTo(whole);
        String other = browser("vhxh.viethoa").get("/classes/1").body();
        if (other.contains("id=\"cost-share\"")) {
            long theirs = money(other, "Phần của Phường Việt Hòa: ([\\d.]+) đồng");
            assertThat(share + theirs).as("two communes' shares do not exceed the class").isLessThanOrEqualTo(whole);
        }
    }

    private static long money(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(visible(html));
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part + " in " + lines);
    }

    private static byte[] entry(byte[] zip, String name) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name);
    }
}
