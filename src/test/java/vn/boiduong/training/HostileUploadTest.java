package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.HostileFiles;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.TestXlsx;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.Dates;

/**
 * Issue 13 finding 8: every upload endpoint (roster, class results, certificate scan, task plan, task attachment) refuses
 * every hostile file (zip bomb, billion laughs, XXE, truncated or corrupted XLSX, PNG/JPEG/PDF + HTML, PDF with script,
 * renamed EXE) with a 400 on field {@code file}, and keeps nothing. Lives here for the training fixtures.
 */
@IntegrationTest
class HostileUploadTest {

    static final String TRAINEE = "hocvien.tepdochai";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;

    private long trainee(TestHttp commune) {
        HttpResponse<String> r = commune.post("/api/people", """
                {"fullName": "Đào Thị Tệp", "birthDate": "15/06/1990", "gender": "Nữ", "ethnicity": "Kinh", "staffKind": "Công chức",
                 "leader": "Không", "title": "Chuyên viên", "jobPositionCode": "CV_NOI_VU", "rank": "01.003",
                 "educationLevel": "Đại học", "politicalTheory": "Sơ cấp", "stateManagement": "Chương trình chuyên viên",
                 "joinedOn": "01/09/2015", "unitCode": "11446-VHXH"}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long person = TestHttp.json(r).get("id").asLong();
        long unit = jdbc.sql("select org_unit_id from person where id = :p").param("p", person).query(Long.class).single();
        users.createSystemUser(new UserAdministration.NewUser(TRAINEE, TestHttp.DEMO_PASSWORD, "Học viên thử tệp",
                "tepdoc@example.vn", Role.STAFF, unit, person, null));
        return person;
    }

    @Test
    void everyUploadRefusesEveryHostileFile() {
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        LocalDate today = LocalDate.now(ClockConfiguration.VIETNAM);
        long staffPerson = trainee(commune); // a trainee of its own, so no other test's person is held in a class
        long c = TrainingFixtures.createClass(commune, "Lớp thử tệp độc hại", "KN_XU_LY_TINH_HUONG", today.minusDays(40),
                today.minusDays(36), "EVENING", 10, null);
        long e = TrainingFixtures.propose(commune, c, List.of(staffPerson)).get(0);
        assertThat(TrainingFixtures.approve(commune, e).statusCode()).isEqualTo(200);
        assertThat(commune.post("/api/classes/" + c + "/start", "").statusCode()).isEqualTo(200);
        long unit = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        long plan = TestHttp.json(commune.post("/api/tasks/plans", """
                {"number":"TDH-%s","issuedOn":"18/06/2026","issuerUnitId":%d,"title":"Kế hoạch thử tệp","kind":"KE_HOACH","sources":[]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), unit))).get("id").asLong();
        long task = TestHttp.json(commune.post("/api/tasks/plans/" + plan + "/tasks", """
                {"number":"1","content":"Tổng hợp","lead":"Phòng Văn hóa - Xã hội","deadline":"Quý IV/2026","product":"Báo cáo"}"""))
                .get("id").asLong();

        Map<String, Object[]> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/people/import", new Object[] {commune});
        endpoints.put("/api/classes/" + c + "/results", new Object[] {commune});
        endpoints.put("/api/me/training/" + e + "/report?certificateNo=TDH-1&certificateDate=" + Dates.format(today.minusDays(35)),
                new Object[] {TestHttp.as(port, TRAINEE)});
        endpoints.put("/api/tasks/plans/" + plan + "/import", new Object[] {commune});
        endpoints.put("/api/tasks/" + task + "/reports?percent=10", new Object[] {commune});

        byte[] roster = TestXlsx.roster(List.<Object[]>of(TestXlsx.person("TDH-1", "Lê Văn Độc", "01/01/1990", null, "11446-VHXH")));
        long imports = jdbc.sql("select count(*) from import_job").query(Long.class).single();
        List<String> accepted = new ArrayList<>();
        Map<String, byte[]> hostile = HostileFiles.all(roster);
        endpoints.forEach((path, as) -> hostile.forEach((what, content) -> {
            if (what.equals("empty") && path.contains("/reports")) {
                return; // an empty file part is "no file" (what a browser sends), and a progress report needs none
            }
            for (String name : List.of(path.contains("report") ? "tep.pdf" : "tep.xlsx")) { // named as the endpoint expects
                HttpResponse<String> r = ((TestHttp) as[0]).upload(path, name, content);
                JsonNode body = r.statusCode() == 400 ? TestHttp.json(r) : null;
                if (body == null || body.get("errors") == null || !body.get("errors").findValuesAsString("field").contains("file")) {
                    accepted.add(path + " " + what + " as " + name + " → " + r.statusCode() + " " + r.body());
                }
            }
        }));
        assertThat(accepted).as("hostile uploads not refused with 400 on field file").isEmpty();
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from task_report where task_id = :t").param("t", task).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from evidence_file where enrollment_id = :e").param("e", e).query(Long.class).single()).isZero();

        // the limit is the kind's own and named: a 6 MB scan is refused as too large for a certificate scan
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(HostileFiles.pdf("x"), 0, big, 0, 20);
        HttpResponse<String> tooBig = TestHttp.as(port, TRAINEE).upload(endpoints.keySet().toArray(String[]::new)[2], "cc.pdf", big);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("Tệp quá lớn: tối đa 5 MB cho bản chụp chứng chỉ");
    }
}
