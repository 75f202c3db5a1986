package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.training.TrainingFixtures.*;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;

/** Attendance and results over real HTTP: provider results close gaps; the sheet is all or nothing; self-reports; reminders. */
@IntegrationTest
class ResultsFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResultReminders reminders;
    @Autowired
    UserAdministration users;

    TestHttp province() {
        return TestHttp.as(port, "sonoivu.haiphong");
    }

    TestHttp provider() {
        return TestHttp.as(port, "truongchinhtri.haiphong");
    }

    @Test
    void aPassRecordedByTheProviderWritesTheCertificateAndClosesTheSpecialisedGap() {
        // someone lacking the specialised knowledge of their position (seed 000 III.1.a), not in any class yet
        long person = jdbc.sql("""
                select g.person_id from person_gap g join person p on p.id = g.person_id join org_unit o on o.id = p.org_unit_id
                where g.closing_program = 'CMCN' and g.category = 'SPECIALISED' and o.path like :c
                  and not exists (select 1 from enrollment e where e.person_id = p.id) order by g.person_id limit 1
                """).param("c", "/VN/31/" + communeCode(jdbc, 3) + "/%").query(Long.class).single();
        long c = createClass(province(), "Chuyên môn chuyên ngành — kiểm thử", "CMCN", TODAY.minusDays(100), TODAY.minusDays(10),
                "AFTER_HOURS", 20, TrainingFixtures.provider(jdbc));
        long e = propose(province(), c, List.of(person)).get(0);
        assertThat(approve(province(), e).statusCode()).isEqualTo(200);
        assertThat(provider().post("/api/enrollments/" + e + "/result", "{\"sessionsAttended\": \"4\", \"grade\": \"8\"}").statusCode())
                .as("before the class starts").isEqualTo(400);
        assertThat(TestHttp.as(port, "vhxh.viethoa").post("/api/classes/" + c + "/start", "").statusCode()).isEqualTo(403);
        assertThat(provider().post("/api/classes/" + c + "/start", "").statusCode()).isEqualTo(200);
        HttpResponse<String> noCert = provider().post("/api/enrollments/" + e + "/result", "{\"sessionsAttended\": \"4\", \"grade\": \"8\"}");
        assertThat(noCert.statusCode()).isEqualTo(400);
        assertThat(noCert.body()).contains("certificateNo");
        HttpResponse<String> ok = provider().post("/api/enrollments/" + e + "/result", """
                {"sessionsAttended": "4", "grade": "8,25", "certificateNo": "CMCN-T-001", "certificateDate": "%s"}
                """.formatted(vn.boiduong.shared.Dates.format(TODAY.minusDays(9))));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(TestHttp.json(ok).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select count(*) from qualification where person_id = :p and program_code = 'CMCN' and source = 'TRAINING' "
                + "and certificate_no = 'CMCN-T-001' and for_position = (select job_position_code from person where id = :p)")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from person_gap where person_id = :p and category = 'SPECIALISED'")
                .param("p", person).query(Long.class).single()).isZero();
        assertThat(province().get("/api/people/" + person + "/training").body()).contains("CMCN-T-001");
    }

    @Test
    void theResultsSheetIsCheckedWholeAndRecordedAllOrNothing() throws Exception {
        long c = createClass(province(), "Lớp nhập kết quả", "NGANH_QUY_HOACH", TODAY.minusDays(30), TODAY.minusDays(27),
                "AFTER_HOURS", 10, TrainingFixtures.provider(jdbc));
        List<Long> ids = propose(province(), c, freePeople(jdbc, communeCode(jdbc, 4), 3));
        ids.forEach(id -> assertThat(approve(province(), id).statusCode()).isEqualTo(200));
        provider().post("/api/classes/" + c + "/start", "");
        HttpResponse<byte[]> template = provider().getBytes("/classes/" + c + "/results.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()[0]).isEqualTo((byte) 'P');

        String date = vn.boiduong.shared.Dates.format(TODAY.minusDays(26));
        byte[] bad = sheet(ids, new String[][] {{"4", "7", "QH-1", date}, {"4", "11", "QH-2", date}, {"3", "6", "", ""}});
        HttpResponse<String> refused = provider().upload("/api/classes/" + c + "/results", "ket-qua.xlsx", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Dòng 4 — Điểm (0–10)");
        assertThat(ids.stream().map(id -> status(jdbc, id))).containsOnly("ATTENDING");

        byte[] good = sheet(ids, new String[][] {{"4", "7", "QH-1", date}, {"4", "9,5", "QH-2", date}, {"3", "6", "", ""}});
        HttpResponse<String> recorded = provider().upload("/api/classes/" + c + "/results", "ket-qua.xlsx", good);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(ids.stream().map(id -> status(jdbc, id))).containsExactly("COMPLETED", "COMPLETED", "NOT_COMPLETED");
        assertThat(jdbc.sql("select count(*) from qualification where certificate_no in ('QH-1', 'QH-2') and source = 'TRAINING'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTraineeReportsWithAScanAndTheUnitVerifies() {
        long staffPerson = jdbc.sql("select person_id from app_user where username = 'canbo.phulien'").query(Long.class).single();
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        long c = createClass(commune, "Lớp tự báo cáo", "KN_XU_LY_TINH_HUONG", TODAY.minusDays(40), TODAY.minusDays(36), "EVENING", 10, null);
        long e = propose(commune, c, List.of(staffPerson)).get(0);
        assertThat(approve(commune, e).statusCode()).isEqualTo(200);
        assertThat(commune.post("/api/classes/" + c + "/start", "").statusCode()).isEqualTo(200);

        TestHttp staff = TestHttp.as(port, "canbo.phulien");
        String path = "/api/me/training/" + e + "/report?certificateNo=XLTH-9&certificateDate=" + vn.boiduong.shared.Dates.format(TODAY.minusDays(35));
        HttpResponse<String> html = staff.upload(path, "chung-chi.pdf", "<html><script>alert(1)</script></html>".getBytes());
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("không phải PDF, JPEG hay PNG");
        assertThat(TestHttp.as(port, "truongphong.phulien").upload(path, "a.pdf", vn.boiduong.HostileFiles.pdf("x")).statusCode()).isEqualTo(403);
        assertThat(staff.upload(path, "chung-chi.png", vn.boiduong.HostileFiles.png()).statusCode()).isEqualTo(200);
        assertThat(commune.get("/api/results/pending").body()).contains("XLTH-9");
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/results/pending").body()).doesNotContain("XLTH-9");
        assertThat(TestHttp.as(port, "vhxh.viethoa").post("/api/enrollments/" + e + "/verify", "{\"accept\": true}").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> scan = commune.getBytes("/enrollments/" + e + "/evidence");
        assertThat(scan.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(commune.post("/api/enrollments/" + e + "/verify", "{\"accept\": true}").statusCode()).isEqualTo(200);
        assertThat(status(jdbc, e)).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select count(*) from qualification where person_id = :p and certificate_no = 'XLTH-9' and source = 'TRAINING'")
                .param("p", staffPerson).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'canbo.phulien' "
                + "and n.subject like 'Kết quả học tập đã được xác nhận%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void traineesLateToReportAreRemindedOnceAWeekInTheAppAndByEmail() {
        long person = freePeople(jdbc, communeCode(jdbc, 5), 1).get(0);
        long unit = jdbc.sql("select org_unit_id from person where id = :p").param("p", person).query(Long.class).single();
        users.createSystemUser(new UserAdministration.NewUser("hocvien.nhacnho", "BoiDuong@2026", "Học viên nhắc nhở",
                "hocvien@example.vn", Role.STAFF, unit, person, null));
        long c = createClass(province(), "Lớp đã kết thúc lâu", "NGANH_TAI_CHINH", TODAY.minusDays(40), TODAY.minusDays(38),
                "AFTER_HOURS", 10, null);
        long e = propose(province(), c, List.of(person)).get(0);
        approve(province(), e);
        province().post("/api/classes/" + c + "/start", "");
        String count = "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'hocvien.nhacnho' "
                + "and n.subject = 'Nhắc báo cáo kết quả học tập: Lớp đã kết thúc lâu'";
        reminders.run(TODAY);
        assertThat(jdbc.sql(count).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select email_status from notification n join app_user u on u.id = n.user_id "
                + "where u.username = 'hocvien.nhacnho' limit 1").query(String.class).single()).isIn("PENDING", "OUTBOX");
        reminders.run(TODAY.plusDays(1));
        assertThat(jdbc.sql(count).query(Long.class).single()).as("same week: no second reminder").isEqualTo(1);
        reminders.run(TODAY.plusDays(7));
        assertThat(jdbc.sql(count).query(Long.class).single()).isEqualTo(2);
        assertThat(province().get("/api/results/late").body()).contains("Lớp đã kết thúc lâu");
        TestHttp.as(port, "hocvien.nhacnho").upload("/api/me/training/" + e + "/report?certificateNo=TC-1&certificateDate="
                + vn.boiduong.shared.Dates.format(TODAY.minusDays(37)), "cc.pdf", vn.boiduong.HostileFiles.pdf("x"));
        reminders.run(TODAY.plusDays(14));
        assertThat(jdbc.sql(count).query(Long.class).single()).as("reported: no more reminders").isEqualTo(2);
    }

    @Test
    void nobodyConfirmsTheirOwnReportOrEvaluatesTheirOwnTrainingAndAConfirmedResultStays() {
        long headPerson = jdbc.sql("select person_id from app_user where username = 'truongphong.phulien'").query(Long.class).single();
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        TestHttp head = TestHttp.as(port, "truongphong.phulien");
        long c = createClass(commune, "Lớp của thủ trưởng", "KN_PHOI_HOP_LIEN_NGANH", TODAY.minusDays(60), TODAY.minusDays(58), "EVENING", 5, null);
        long e = propose(commune, c, List.of(headPerson)).get(0);
        assertThat(approve(commune, e).statusCode()).isEqualTo(200);
        assertThat(commune.post("/api/classes/" + c + "/start", "").statusCode()).isEqualTo(200);
        String path = "/api/me/training/" + e + "/report?certificateNo=PH-1&certificateDate=" + vn.boiduong.shared.Dates.format(TODAY.minusDays(57));
        assertThat(head.upload(path, "cc.pdf", vn.boiduong.HostileFiles.pdf("x")).statusCode()).isEqualTo(200);
        assertThat(head.post("/api/enrollments/" + e + "/verify", "{\"accept\": true}").statusCode()).as("own report").isEqualTo(403);
        assertThat(commune.post("/api/enrollments/" + e + "/verify", "{\"accept\": true}").statusCode()).isEqualTo(200);
        assertThat(commune.post("/api/enrollments/" + e + "/verify", "{\"accept\": true}").statusCode()).as("twice").isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from qualification where person_id = :p and certificate_no = 'PH-1'")
                .param("p", headPerson).query(Long.class).single()).isEqualTo(1);
        assertThat(head.upload("/api/me/training/" + e + "/report?certificateNo=PH-2&certificateDate="
                + vn.boiduong.shared.Dates.format(TODAY.minusDays(57)), "cc.pdf", vn.boiduong.HostileFiles.pdf("x")).statusCode())
                .as("a confirmed result is not rewritten").isEqualTo(400);
        assertThat(province().post("/api/enrollments/" + e + "/withdraw", "{\"reason\": \"muộn\"}").statusCode())
                .as("after the class ended").isEqualTo(400);
        long effect = jdbc.sql("select id from effect_evaluation where enrollment_id = :e").param("e", e).query(Long.class).single();
        assertThat(head.put("/api/evaluations/effect/" + effect, "{\"version\": 0}").statusCode())
                .as("the effect of one's own training is judged by one's superior").isEqualTo(403);
    }

    private static byte[] sheet(List<Long> ids, String[][] values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet(ResultSheet.SHEET);
        ws.value(0, 0, "KẾT QUẢ");
        for (int i = 0; i < ResultSheet.HEADERS.length; i++) {
            ws.value(1, i, ResultSheet.HEADERS[i]);
        }
        for (int r = 0; r < ids.size(); r++) {
            ws.value(r + 2, 0, ids.get(r));
            ws.value(r + 2, 1, "x");
            for (int k = 0; k < 4; k++) {
                ws.value(r + 2, 4 + k, values[r][k]);
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
