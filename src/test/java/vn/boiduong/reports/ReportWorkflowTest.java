package vn.boiduong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * The submission workflow over real HTTP: roles, steps, optimistic locking, the reason to return, the audit trail;
 * a submitted report is frozen; its files carry the unit and the totals; scope. Each test uses its own year.
 */
@IntegrationTest
class ReportWorkflowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestHttp as(String user) {
        return TestHttp.as(port, user);
    }

    private JsonNode open(String user, int year) {
        var r = as(user).post("/api/reports", "{\"year\":" + year + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestHttp.json(r);
    }

    @Test
    void communeSubmitsProvinceReturnsWithAReasonThenAcceptsAndEveryStepIsAudited() {
        JsonNode draft = open("vhxh.phulien", 2031);
        long id = draft.get("id").asLong();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(open("vhxh.phulien", 2031).get("id").asLong()).as("opening again finds the same draft").isEqualTo(id);
        // scope and roles
        assertThat(as("vhxh.viethoa").get("/api/reports/" + id).statusCode()).isEqualTo(403);
        assertThat(as("vhxh.viethoa").post("/api/reports/" + id + "/submit", "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(as("canbo.phulien").get("/api/reports/" + id).statusCode()).isEqualTo(403);
        assertThat(as("vhxh.phulien").post("/api/reports/" + id + "/accept", "{\"version\":0}").statusCode())
                .as("a unit never accepts its own report").isEqualTo(403);
        assertThat(as("admin.bonoivu").post("/api/reports/" + id + "/accept", "{\"version\":0}").statusCode())
                .as("the commune reports to the province, not the ministry").isEqualTo(403);
        // wrong step, stale version
        assertThat(as("sonoivu.haiphong").post("/api/reports/" + id + "/accept", "{\"version\":0}").statusCode()).isEqualTo(400);
        assertThat(as("vhxh.phulien").put("/api/reports/" + id + "/text", "{\"version\":5,\"difficulties\":\"x\"}").statusCode()).isEqualTo(409);
        var text = as("vhxh.phulien").put("/api/reports/" + id + "/text",
                "{\"version\":0,\"difficulties\":\"Thiếu giảng viên tại chỗ\",\"proposals\":\"Mở lớp trực tuyến\"}");
        assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
        var submitted = TestHttp.json(as("vhxh.phulien").post("/api/reports/" + id + "/submit", "{\"version\":1}"));
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("dueBefore").asText()).isEqualTo("2031-12-15");
        assertThat(submitted.get("late").isNull()).isTrue();
        assertThat(as("vhxh.phulien").post("/api/reports/" + id + "/submit", "{\"version\":2}").statusCode()).isEqualTo(400);
        // return needs a reason
        var noReason = as("sonoivu.haiphong").post("/api/reports/" + id + "/return", "{\"version\":2,\"reason\":\"  \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var returned = TestHttp.json(as("sonoivu.haiphong").post("/api/reports/" + id + "/return",
                "{\"version\":2,\"reason\":\"Bổ sung số liệu đánh giá hiệu quả\"}"));
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("frozen").asBoolean()).as("a returned report is live again").isFalse();
        TestHttp.json(as("vhxh.phulien").post("/api/reports/" + id + "/submit", "{\"version\":3}"));
        var accepted = TestHttp.json(as("sonoivu.haiphong").post("/api/reports/" + id + "/accept", "{\"version\":4}"));
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        List<String> audit = jdbc.sql("select action from audit_event where entity = 'yearly_report' and entity_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list();
        assertThat(audit).containsExactly("CREATE", "UPDATE", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT");
        String reason = jdbc.sql("select reason from audit_event where entity = 'yearly_report' and entity_id = :id and action = 'RETURN'")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(reason).isEqualTo("Bổ sung số liệu đánh giá hiệu quả");
        // the province's list of communes shows it
        long province = ReportFixtures.unitId(jdbc, "31");
        var below = TestHttp.json(as("sonoivu.haiphong").get("/api/reports/below?year=2031&unitId=" + province));
        long communes = jdbc.sql("select count(*) from org_unit where parent_id = :p and active").param("p", province)
                .query(Long.class).single();
        assertThat(below.size()).isEqualTo((int) communes);
        JsonNode phuLien = null;
        for (JsonNode s : below) {
            if (s.get("code").asText().equals("11446")) {
                phuLien = s;
            }
        }
        assertThat(phuLien.get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aSubmittedReportIsFrozenAndItsFilesCarryTheUnitAndTheTotals() throws Exception {
        int year = 2030;
        List<Long> people = ReportFixtures.people(jdbc, "11446", 2);
        long before = ReportFixtures.newClass(jdbc, "CN_DAO_DUC_CONG_VU", "11446", LocalDate.of(year, 2, 3), "IN_PERSON", "FINISHED");
        ReportFixtures.enroll(jdbc, before, people.get(0), "COMPLETED", true);
        long id = open("vhxh.phulien", year).get("id").asLong();
        TestHttp.json(as("vhxh.phulien").post("/api/reports/" + id + "/submit", "{\"version\":0}"));
        long sent = TestHttp.json(as("vhxh.phulien").get("/api/reports/" + id + "/figures")).get("total").get("sent").asLong();
        assertThat(sent).isEqualTo(1);
        // a new completed training in the same year
        long after = ReportFixtures.newClass(jdbc, "CN_DAO_DUC_CONG_VU", "11446", LocalDate.of(year, 5, 3), "ONLINE", "FINISHED");
        ReportFixtures.enroll(jdbc, after, people.get(1), "COMPLETED", true);
        assertThat(TestHttp.json(as("vhxh.phulien").get("/api/reports/" + id + "/figures")).get("total").get("sent").asLong())
                .as("the submitted report does not change").isEqualTo(1);
        long unit = ReportFixtures.unitId(jdbc, "11446");
        assertThat(TestHttp.json(as("vhxh.phulien").get("/api/reports/figures?year=" + year + "&unitId=" + unit))
                .get("total").get("sent").asLong()).as("the live figures do").isEqualTo(2);

        byte[] pdf = as("vhxh.phulien").getBytes("/api/reports/" + id + "/files/pdf").body();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("PHÙ LIỄN").contains("BÁO CÁO").contains("BIỂU SỐ 10-BTCTW").contains("TỔNG CỘNG 1 1 1");
        }
        byte[] docx = as("sonoivu.haiphong").getBytes("/api/reports/" + id + "/files/docx").body();
        String xml = entry(docx, "word/document.xml");
        assertThat(xml).contains("PHÙ LIỄN").contains("TỔNG CỘNG").contains("Biểu số 10-BTCTW");
        byte[] xlsx = as("vhxh.phulien").getBytes("/api/reports/" + id + "/files/xlsx").body();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var first = wb.getFirstSheet();
            assertThat(first.getName()).isEqualTo("Biểu 10-BTCTW");
            var rows = first.read();
            var total = rows.stream().filter(r -> "TỔNG CỘNG".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(total.getCellText(2)).isEqualTo("1");
        }
        assertThat(as("vhxh.viethoa").getBytes("/api/reports/" + id + "/files/pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void lateIsDerivedFromTheCalendarAndTheClock() {
        int past = LocalDate.now(vn.boiduong.shared.ClockConfiguration.VIETNAM).getYear() - 2;
        JsonNode draft = open("vhxh.phulien", past);
        assertThat(draft.get("late").asText()).as("not in, the date passed").isEqualTo("OVERDUE");
        var submitted = TestHttp.json(as("vhxh.phulien").post("/api/reports/" + draft.get("id").asLong() + "/submit", "{\"version\":0}"));
        assertThat(submitted.get("late").asText()).isEqualTo("LATE_SUBMITTED");
        assertThat(open("vhxh.phulien", 2035).get("late").isNull()).isTrue();
        long viethoa = ReportFixtures.unitId(jdbc, "10543");
        var below = TestHttp.json(as("sonoivu.haiphong").get("/api/reports/below?year=" + past));
        for (JsonNode s : below) {
            if (s.get("unitId").asLong() == viethoa) {
                assertThat(s.get("status").asText()).isEqualTo("NONE");
                assertThat(s.get("late").asText()).isEqualTo("OVERDUE");
            }
        }
        // the reporting party committee has its own date (003 IV) and the agency theirs (000 VI.2)
        long du = ReportFixtures.unitId(jdbc, "11446-DU");
        var commune = TestHttp.json(as("vhxh.phulien").get("/api/reports/below?year=2035"));
        for (JsonNode s : commune) {
            assertThat(s.get("dueBefore").asText()).isEqualTo(s.get("unitId").asLong() == du ? "2035-12-05" : "2035-12-10");
        }
        assertThat(commune.size()).isGreaterThanOrEqualTo(8);
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }
}
