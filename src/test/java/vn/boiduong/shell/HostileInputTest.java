package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** Issue 13 finding 7: bad input answers 400 naming the field (JSON for the API, the error page for pages), never 500. */
@IntegrationTest
class HostileInputTest {

    static final String NUL = "\u0000";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestHttp officer() {
        return TestHttp.as(port, "vhxh.phulien");
    }

    /** A 400 whose problem body names the field. */
    static void refused(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode errors = TestHttp.json(r).get("errors");
        assertThat(errors).as(r.body()).isNotNull();
        assertThat(errors.findValuesAsString("field")).as(r.body()).contains(field);
    }

    private static String person(String title) {
        return """
                {"fullName": "Ngô Thị Nhập", "birthDate": "15/06/1988", "gender": "Nữ", "ethnicity": "Tày", "staffKind": "Công chức",
                 "leader": "Không", "title": "%s", "jobPositionCode": "CV_NOI_VU", "rank": "01.003",
                 "educationLevel": "Đại học", "politicalTheory": "Sơ cấp", "stateManagement": "Chương trình chuyên viên",
                 "joinedOn": "01/09/2012", "unitCode": "11446-VHXH"}""".formatted(title);
    }

    private long newPerson() {
        HttpResponse<String> r = officer().post("/api/people", person("Chuyên viên"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestHttp.json(r).get("id").asLong();
    }

    @Test
    void aNulCharacterInAJsonFieldIsRefusedNamingTheField() {
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        refused(officer().post("/api/people", person("Chuyên viên\\u0000 nội vụ")), "title");
        long id = newPerson();
        refused(officer().put("/api/people/" + id + "?version=0", person("Chuyên viên\\u0007")), "title");
        refused(officer().post("/api/people/" + id + "/leave", "{\"status\": \"RETIRED\", \"leftOn\": \"01/01/2026\", \"reason\": \"x\\u0000\"}"),
                "reason");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before + 1);
        // tabs and line breaks stay allowed where text areas send them
        int version = TestHttp.json(officer().get("/api/people/" + id)).get("version").asInt();
        HttpResponse<String> lines = officer().post("/api/people/" + id + "/leave",
                "{\"status\": \"ACTIVE\", \"reason\": \"dòng 1\\ndòng 2\\t.\", \"version\": " + version + "}");
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
    }

    @Test
    void aNulCharacterInAQueryOrAFormIsRefusedOnPagesAndApi() {
        refused(officer().get("/api/people?q=%00"), "q");
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        HttpResponse<String> export = browser.get("/people/export.xlsx?q=a%00b");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(export.body()).contains("Ô tìm kiếm", "ký tự điều khiển");
        HttpResponse<String> form = browser.postForm("/people", "/people/new", Map.of("fullName", "Ngô Văn Form", "title", "Chuyên" + NUL));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("Chức vụ, chức danh", "ký tự điều khiển");
    }

    @Test
    void aNulCharacterInAnUploadsFileNameIsRefusedOnEveryUpload() {
        long unit = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        HttpResponse<String> plan = officer().post("/api/tasks/plans", """
                {"number":"NUL-%s","issuedOn":"18/06/2026","issuerUnitId":%d,"title":"Kế hoạch thử tên tệp","kind":"KE_HOACH","sources":[]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), unit));
        long planId = TestHttp.json(plan).get("id").asLong();
        long taskId = TestHttp.json(officer().post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"1","content":"Tổng hợp","lead":"Phòng Văn hóa - Xã hội","deadline":"Quý IV/2026","product":"Báo cáo"}"""))
                .get("id").asLong();
        long classId = jdbc.sql("select min(id) from training_class").query(Long.class).single();
        long enrollment = jdbc.sql("select min(id) from enrollment").query(Long.class).single();
        byte[] roster = TestXlsx.roster(List.<Object[]>of(TestXlsx.person("NUL-1", "Lê Văn Tên", "01/01/1990", null, "11446-VHXH")));
        refused(officer().upload("/api/people/import", "danh" + NUL + ".xlsx", roster), "file");
        refused(officer().upload("/api/tasks/plans/" + planId + "/import", "nv" + NUL + ".xlsx", roster), "file");
        refused(officer().upload("/api/tasks/" + taskId + "/reports?percent=10", "bc" + NUL + ".pdf", HostileFiles.pdf("x")), "file");
        refused(officer().upload("/api/classes/" + classId + "/results", "kq" + NUL + ".xlsx", roster), "file");
        refused(TestHttp.as(port, "canbo.phulien").upload("/api/me/training/" + enrollment + "/report", "cc" + NUL + ".pdf",
                HostileFiles.pdf("x")), "file");
        assertThat(jdbc.sql("select count(*) from task_report where task_id = :t").param("t", taskId).query(Long.class).single()).isZero();
    }

    @Test
    void aMissingRequiredCodeIsAValidationErrorNotACrash() {
        long id = newPerson();
        refused(officer().post("/api/evaluations/ratings/discipline", "{\"personId\": \"" + id + "\", \"year\": \"2024\", \"decidedOn\": \"12/05/2024\"}"),
                "level");
        refused(officer().post("/api/people/" + id + "/leave", "{\"leftOn\": \"01/01/2026\", \"version\": 0}"), "status");
        refused(officer().post("/api/people/" + id + "/leave", "{\"status\": [\"RETIRED\"], \"version\": 0}"), "status");
        refused(officer().post("/api/people/" + id + "/leave", "{\"status\": \"RETIRED\", \"version\": \"x\"}"), "version");
        refused(officer().get("/api/people/abc"), "id");
        refused(officer().get("/api/evaluations/ratings/discipline"), "year");
    }

    /** Revealing the citizen ID of a file that has none shows a dash (it answered 500 before). */
    @Test
    void revealingAMissingCitizenIdShowsADash() {
        long id = newPerson();
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        HttpResponse<String> r = browser.postForm("/people/" + id + "/citizen-id", "/people/" + id, Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"citizen-id\"", "—");
    }

    /** An agency's kind left out (web form and API): a validation error on "subkind", not a crash in List.contains(null). */
    @Test
    void aMissingAgencyKindIsAValidationErrorNotACrash() {
        long commune = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        refused(officer().post("/api/org-units", "{\"parentId\": " + commune + ", \"code\": \"11446-KT9\", \"name\": \"Tổ kiểm thử\"}"),
                "subkind");
        HttpResponse<String> created = officer().post("/api/org-units",
                "{\"parentId\": " + commune + ", \"code\": \"11446-KT9\", \"name\": \"Tổ kiểm thử\", \"subkind\": \"KHAC\"}");
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        long agency = TestHttp.json(created).get("id").asLong();
        refused(officer().put("/api/org-units/" + agency, "{\"name\": \"Tổ kiểm thử 2\", \"active\": true, \"version\": 0}"), "subkind");
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        HttpResponse<String> form = browser.postForm("/units/" + agency, "/units/" + agency, Map.of("name", "", "version", "-1"));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(302);
        assertThat(jdbc.sql("select name from org_unit where id = :id").param("id", agency).query(String.class).single())
                .isEqualTo("Tổ kiểm thử");
    }

    @Test
    void pageNumbersAndSizesOutsideTheirRangeAreRefused() {
        refused(officer().get("/api/people?page=2147483647"), "page");
        refused(officer().get("/api/people?page=-1"), "page");
        refused(officer().get("/api/people?size=2147483647"), "size");
        refused(officer().get("/api/tasks?page=2147483647&size=5000"), "page");
        refused(officer().get("/api/notifications?page=99999999999"), "page");
        assertThat(officer().get("/api/people?page=100000&size=50").statusCode()).isEqualTo(200);
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        HttpResponse<String> page = browser.get("/people?page=2147483647");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Trang", "Số trang phải từ 0 đến");
    }

    /** What the fuzzer found (ApiFuzzTest): each answered 500 before. */
    @Test
    void malformedRequestsTheFuzzerFoundAreClientErrors() throws Exception {
        assertThat(officer().get("/api/tasks?lang=%25").statusCode()).isEqualTo(200);
        refused(officer().put("/api/evaluations/ratings/indicator-sets/LANH_DAO?unitId=1", "{\"version\": 0, \"indicators\": [null]}"),
                "indicators[0]");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("vhxh.phulien:BoiDuong@2026".getBytes());
        for (String method : List.of("PUT", "POST")) {
            HttpResponse<String> form = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/classes/1"))
                    .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("a=%zz&b=%")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).as(method + " " + form.body()).isBetween(400, 499);
        }
    }
}
