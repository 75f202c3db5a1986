package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.training.TrainingFixtures.*;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * Links offered are links that open (issue 14, point 3): a commune reads the class and the province's sending decision
 * that name its own staff, not those of other communes; the finance department reads the classes behind its budget
 * figures, not the decisions naming trainees; writes stay with those who had them.
 */
@IntegrationTest
class ReadingWhatConcernsMeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommuneReadsTheProvincesDecisionSendingItsStaffAndNoOther() throws Exception {
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        long mine = createClass(province, "Bồi dưỡng kỹ năng số cho công chức phường", "KN_DU_LIEU_CONG_CU_SO",
                TODAY.plusDays(200), TODAY.plusDays(201), "AFTER_HOURS", 10, null);
        long decisionMine = sendAndDecide(province, mine, freePeople(jdbc, "11446", 1), "301/QĐ-SNV");
        long others = createClass(province, "Bồi dưỡng kỹ năng số cho công chức xã khác", "KN_DU_LIEU_CONG_CU_SO",
                TODAY.plusDays(203), TODAY.plusDays(204), "AFTER_HOURS", 10, null);
        long decisionOthers = sendAndDecide(province, others, freePeople(jdbc, communeCode(jdbc, 0), 1), "302/QĐ-SNV");

        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        HttpResponse<String> page = commune.get("/classes/" + mine);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/decisions/" + decisionMine + ".docx", "/decisions/" + decisionMine + ".pdf");
        HttpResponse<byte[]> pdf = commune.getBytes("/decisions/" + decisionMine + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<byte[]> docx = commune.getBytes("/decisions/" + decisionMine + ".docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2)).isEqualTo("PK");
        assertThat(TestHttp.json(commune.get("/api/classes/" + mine + "/decisions")).get(0).get("readable").asBoolean()).isTrue();

        // the province's decision for another commune's staff: listed on the class page (the class is open to the
        // commune to send its staff) but as plain text, and its files refused
        HttpResponse<String> otherPage = commune.get("/classes/" + others);
        assertThat(otherPage.statusCode()).isEqualTo(200);
        assertThat(otherPage.body()).contains("302/QĐ-SNV").doesNotContain("/decisions/" + decisionOthers + ".");
        assertThat(commune.getBytes("/decisions/" + decisionOthers + ".pdf").statusCode()).isEqualTo(403);
        assertThat(commune.getBytes("/decisions/" + decisionOthers + ".docx").statusCode()).isEqualTo(403);

        // reading is not writing: the province's class stays the province's
        assertThat(commune.post("/api/classes/" + mine + "/cancel", "{\"reason\": \"thử\"}").statusCode()).isEqualTo(403);
        assertThat(commune.post("/api/classes/" + mine + "/decisions",
                "{\"number\": \"9/QĐ-UBND\", \"signedOn\": \"%s\", \"signerName\": \"A\", \"signerTitle\": \"Chủ tịch\"}"
                        .formatted(vn.boiduong.shared.Dates.format(TODAY))).statusCode()).isEqualTo(403);
    }

    @Test
    void theFinanceOfficerOpensEveryClassBehindTheBudgetButNoDecision() throws Exception {
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        long c = createClass(province, "Bồi dưỡng quản lý tài chính công", "KN_DU_LIEU_CONG_CU_SO",
                TODAY.plusDays(210), TODAY.plusDays(211), "AFTER_HOURS", 10, null);
        long decision = sendAndDecide(province, c, freePeople(jdbc, "11446", 1), "303/QĐ-SNV");
        int year = TODAY.plusDays(210).getYear();

        TestHttp finance = TestHttp.browser(port);
        finance.login("taichinh.haiphong", TestHttp.DEMO_PASSWORD);
        for (String budget : List.of("/budget", "/budget?year=" + year)) {
            HttpResponse<String> page = finance.get(budget);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher m = Pattern.compile("href=\"(/classes/\\d+)\"").matcher(page.body());
            int links = 0;
            while (m.find()) {
                links++;
                HttpResponse<String> cls = finance.get(m.group(1));
                assertThat(cls.statusCode()).as(m.group(1)).isEqualTo(200);
                assertThat(cls.body()).doesNotContain("href=\"/classes\"");
            }
            assertThat(links).as(budget).isPositive();
        }
        HttpResponse<String> page = finance.get("/classes/" + c);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("303/QĐ-SNV").doesNotContain("/decisions/" + decision + ".");
        assertThat(finance.getBytes("/decisions/" + decision + ".pdf").statusCode()).isEqualTo(403);
        assertThat(finance.get("/classes").statusCode()).as("no list of classes for finance").isEqualTo(403);
        assertThat(TestHttp.as(port, "taichinh.haiphong").post("/api/classes/" + c + "/cancel", "{\"reason\": \"thử\"}")
                .statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "taichinh.haiphong").get("/api/classes/" + c + "/enrollments").body())
                .as("no trainee of the class").doesNotContain("personId");
    }

    private long sendAndDecide(TestHttp province, long classId, List<Long> people, String number) {
        propose(province, classId, people).forEach(id -> assertThat(approve(province, id).statusCode()).isEqualTo(200));
        HttpResponse<String> issued = province.post("/api/classes/" + classId + "/decisions",
                "{\"number\": \"%s\", \"signedOn\": \"%s\", \"signerName\": \"Trần Thị Hoa\", \"signerTitle\": \"Phó Giám đốc\"}"
                        .formatted(number, vn.boiduong.shared.Dates.format(TODAY)));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return TestHttp.json(issued).get("id").asLong();
    }
}
