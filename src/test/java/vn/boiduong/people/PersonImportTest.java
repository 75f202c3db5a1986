package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.TestXlsx;

/** Importing rosters over real HTTP: preview, all-or-nothing commit, re-import, and files that must be refused. */
@IntegrationTest
class PersonImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestHttp officer() {
        return TestHttp.as(port, "vhxh.phulien");
    }

    /** Uploads, waits for the check to finish, returns the job. */
    private JsonNode check(byte[] file) {
        HttpResponse<String> started = officer().upload("/api/people/import", "danh-sach.xlsx", file);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return await(TestHttp.json(started).get("importId").asLong());
    }

    private JsonNode await(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode job = TestHttp.json(officer().get("/api/people/import/" + id));
            String status = job.get("status").asString();
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return job;
            }
            assertThat(System.nanoTime()).as("import still running").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long count(String... codes) {
        return jdbc.sql("select count(*) from person where personnel_code in (:c)").param("c", List.of(codes)).query(Long.class).single();
    }

    private static List<String> problems(JsonNode job) {
        List<String> list = new ArrayList<>();
        job.get("problems").forEach(p -> list.add(p.get("row").asInt() + "|" + p.get("column").asString() + "|" + p.get("code").asString()));
        return list;
    }

    @Test
    void aCleanRosterIsPreviewedCommittedAndReimportedWithoutDuplicates() {
        byte[] file = TestXlsx.roster(List.of(
                TestXlsx.person("11446-8101", "Phạm Thị Thanh Hương", "12/04/1990", "031190000901", "11446-VHXH"),
                TestXlsx.person("11446-8102", "Lê Văn Đạt", "03/11/1985", "031085000902", "11446-VP"),
                TestXlsx.person("11446-8103", "Đinh Thị Ngọc", "21/08/1992", null, "11446-KT")));
        JsonNode preview = check(file);
        assertThat(preview.get("status").asString()).isEqualTo("READY");
        assertThat(preview.get("newRows").asInt()).isEqualTo(3);
        assertThat(count("11446-8101", "11446-8102", "11446-8103")).isZero(); // the preview writes nothing

        assertThat(officer().post("/api/people/import/" + preview.get("id").asLong() + "/commit", "").statusCode()).isEqualTo(202);
        JsonNode done = await(preview.get("id").asLong());
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(count("11446-8101", "11446-8102", "11446-8103")).isEqualTo(3);
        JsonNode found = TestHttp.json(officer().get("/api/people?q=pham%20thi%20thanh%20huong"));
        assertThat(found.get("items").get(0).get("fullName").asString()).isEqualTo("Phạm Thị Thanh Hương");
        assertThat(found.get("items").get(0).get("orgUnitName").asString()).isEqualTo("Phòng Văn hóa - Xã hội");

        JsonNode again = check(file);
        assertThat(again.get("newRows").asInt()).isZero();
        assertThat(again.get("updatedRows").asInt()).isEqualTo(3);
        officer().post("/api/people/import/" + again.get("id").asLong() + "/commit", "");
        JsonNode second = await(again.get("id").asLong());
        assertThat(second.get("unchangedRows").asInt()).isEqualTo(3);
        assertThat(count("11446-8101", "11446-8102", "11446-8103")).isEqualTo(3);
        // a second commit of the same job is refused
        assertThat(officer().post("/api/people/import/" + again.get("id").asLong() + "/commit", "").statusCode()).isEqualTo(400);
    }

    @Test
    void reimportMatchesByCitizenIdAndMovesThePersonKeepingHistory() {
        Object[] tien = TestXlsx.person("11446-8201", "Trần Văn Tiến", "01/02/1980", "031080000950", "11446-VP");
        check(TestXlsx.roster(List.<Object[]>of(tien)));
        JsonNode first = check(TestXlsx.roster(List.<Object[]>of(tien)));
        officer().post("/api/people/import/" + first.get("id").asLong() + "/commit", "");
        assertThat(await(first.get("id").asLong()).get("status").asString()).isEqualTo("DONE");
        Object[] moved = TestXlsx.person(null, "Trần Văn Tiến", "01/02/1980", "031080000950", "11446-KT");
        JsonNode second = check(TestXlsx.roster(List.<Object[]>of(moved)));
        assertThat(second.get("updatedRows").asInt()).isEqualTo(1);
        officer().post("/api/people/import/" + second.get("id").asLong() + "/commit", "");
        assertThat(await(second.get("id").asLong()).get("updatedRows").asInt()).isEqualTo(1);
        long id = jdbc.sql("select id from person where personnel_code = '11446-8201'").query(Long.class).single();
        JsonNode history = TestHttp.json(officer().get("/api/people/" + id + "/assignments"));
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("orgUnitName").asString()).startsWith("Phòng Kinh tế");
        assertThat(history.get(1).get("to").isNull()).isFalse();
    }

    @Test
    void everyProblemIsListedByRowAndColumnAndNothingIsWritten() {
        Object[] badDate = TestXlsx.person("11446-8301", "Nguyễn Văn Một", "31/02/1990", null, "11446-VHXH");
        Object[] unknownEthnicity = TestXlsx.person("11446-8302", "Nguyễn Văn Hai", "01/01/1990", null, "11446-VHXH");
        unknownEthnicity[4] = "Người Sao Hỏa";
        Object[] duplicate = TestXlsx.person("11446-8301", "Nguyễn Văn Ba", "01/01/1991", null, "11446-VHXH");
        Object[] formula = TestXlsx.person("11446-8304", "Nguyễn Văn Bốn", "01/01/1990", null, "11446-VHXH");
        formula[9] = new TestXlsx.Formula("CONCAT(\"Chuyên\",\" viên\")");
        Object[] outside = TestXlsx.person("11446-8305", "Nguyễn Văn Năm", "01/01/1990", null, "10543-VHXH");
        Object[] missing = TestXlsx.person("11446-8306", "", "01/01/1990", null, "11446-VHXH");
        Object[] good = TestXlsx.person("11446-8307", "Nguyễn Văn Bảy", "01/01/1990", null, "11446-VHXH");
        Object[] excelDate = TestXlsx.person("11446-8308", "Nguyễn Văn Tám", null, null, "11446-VHXH");
        excelDate[2] = LocalDate.of(1988, 5, 17);
        List<Object[]> rows = new ArrayList<>(List.of(badDate, unknownEthnicity, duplicate, formula));
        rows.add(null); // an empty row (sheet row 6) is skipped, not an error
        rows.addAll(List.of(outside, missing, good, excelDate));
        JsonNode job = check(TestXlsx.roster(rows));
        assertThat(job.get("status").asString()).isEqualTo("INVALID");
        assertThat(problems(job)).containsExactlyInAnyOrder(
                "2|Ngày sinh *|validation.date",
                "3|Dân tộc *|validation.unknownCode",
                "4|Mã hồ sơ|import.duplicate",
                "5|Chức vụ, chức danh *|import.cell.formula",
                "7|Mã đơn vị *|person.unit.outsideScope",
                "8|Họ và tên *|validation.required");
        assertThat(job.get("totalRows").asInt()).isEqualTo(8);
        assertThat(officer().post("/api/people/import/" + job.get("id").asLong() + "/commit", "").statusCode()).isEqualTo(400);
        assertThat(count("11446-8301", "11446-8302", "11446-8304", "11446-8305", "11446-8306", "11446-8307", "11446-8308")).isZero();
        // the page shows the same problems in Vietnamese
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String page = browser.get("/people/import/" + job.get("id").asLong()).body();
        assertThat(page).contains("không phải ngày hợp lệ", "trùng với dòng 2", "Paste Values", "ngoài phạm vi");
    }

    @Test
    void hostileOrBrokenFilesAreRefusedWithAClearReason() {
        TestHttp officer = officer();
        HttpResponse<String> pdf = officer.upload("/api/people/import", "x.xlsx", "%PDF-1.7 not a spreadsheet".getBytes());
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("không phải bảng tính");
        byte[] ole = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
        assertThat(officer.upload("/api/people/import", "old.xls", ole).body()).contains(".xls");
        byte[] good = TestXlsx.roster(List.<Object[]>of(TestXlsx.person("11446-8401", "Lê Văn Cắt", "01/01/1990", null, "11446-VHXH")));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(officer.upload("/api/people/import", "cut.xlsx", truncated).body()).contains("bị hỏng");
        byte[] bomb = TestXlsx.zip("xl/workbook.xml", "<workbook/>", "xl/worksheets/sheet1.xml", 300L * 1024 * 1024);
        HttpResponse<String> bombed = officer.upload("/api/people/import", "bomb.xlsx", bomb);
        assertThat(bombed.statusCode()).isEqualTo(400);
        assertThat(bombed.body()).contains("quá lớn");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        byte[] hostile = hostileWorkbook(xxe);
        HttpResponse<String> started = officer.upload("/api/people/import", "xxe.xlsx", hostile);
        String answer = started.statusCode() == 202 ? await(TestHttp.json(started).get("importId").asLong()).toString() : started.body();
        assertThat(answer).doesNotContain("root:").containsAnyOf("xlsx.damaged", "import.column.missing", "bị hỏng");
        assertThat(TestHttp.as(port, "canbo.phulien").upload("/api/people/import", "a.xlsx", good).statusCode()).isEqualTo(403);
    }

    /** A minimal but well-formed workbook whose first sheet is the given XML. */
    private static byte[] hostileWorkbook(String sheetXml) {
        return TestXlsx.zip(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        + "<sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", sheetXml);
    }

    @Test
    void theExportNeutralisesFormulaLikeCellsAndRoundTrips() throws Exception {
        long created = TestHttp.json(officer().post("/api/people", """
                {"fullName": "Võ Thị Công Thức", "birthDate": "02/02/1992", "gender": "F", "ethnicity": "01",
                 "staffKind": "CONG_CHUC", "leader": "Không", "title": "=HYPERLINK(\\"http://x\\")", "unitCode": "11446-PVHCC"}""")).get("id").asLong();
        HttpResponse<byte[]> export = TestHttp.as(port, "vhxh.phulien").getBytes("/people/export.xlsx?q=vo+thi+cong+thuc");
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(export.body()))) {
            wb.getFirstSheet().openStream().skip(1).forEach(r -> titles.add(r.getCellText(9)));
        }
        assertThat(titles).containsExactly("'=HYPERLINK(\"http://x\")");
        assertThat(jdbc.sql("select title from person where id = :id").param("id", created).query(String.class).single())
                .isEqualTo("=HYPERLINK(\"http://x\")");
    }
}
