package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Creating, editing, transferring and closing files through the API: rules, scope, versions, history, audit. */
@IntegrationTest
class PersonRegistryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static String body(String name, String unit, String extra) {
        return """
                {"fullName": "%s", "birthDate": "15/06/1988", "gender": "Nữ", "ethnicity": "Tày", "staffKind": "Công chức",
                 "leader": "Không", "title": "Chuyên viên nội vụ", "jobPositionCode": "CV_NOI_VU", "rank": "01.003",
                 "educationLevel": "Đại học", "politicalTheory": "Sơ cấp", "stateManagement": "Chương trình chuyên viên",
                 "joinedOn": "01/09/2012", "unitCode": "%s"%s}""".formatted(name, unit, extra);
    }

    @Test
    void aFileIsCreatedWithACodeOfItsCommuneAndAudited() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        HttpResponse<String> r = officer.post("/api/people", body("Hoàng Thị Lan Anh", "11446-VHXH", ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long id = TestHttp.json(r).get("id").asLong();
        JsonNode p = TestHttp.json(officer.get("/api/people/" + id));
        assertThat(p.get("personnelCode").asString()).matches("11446-\\d{4}");
        assertThat(p.get("ethnicityCode").asString()).isEqualTo("02");
        assertThat(p.get("politicalTheory").asString()).isEqualTo("SO_CAP");
        JsonNode audit = TestHttp.json(officer.get("/api/audit?entity=person&entityId=" + id));
        assertThat(audit.get("entries").get(0).get("action").asString()).isEqualTo("CREATE");
    }

    @Test
    void invalidInputNamesEachFieldInVietnamese() {
        HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/people", """
                {"fullName": "X", "birthDate": "30/02/1990", "gender": "?", "ethnicity": "Kinh", "staffKind": "",
                 "title": "", "citizenId": "12345", "unitCode": "10543-VHXH"}""");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = TestHttp.json(r).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder(
                "fullName", "birthDate", "gender", "citizenId", "staffKind", "title", "unitCode");
        assertThat(errors.toString()).contains("12 chữ số", "ngoài phạm vi", "dd/MM/yyyy");
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerDataKept() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long id = TestHttp.json(officer.post("/api/people", body("Mai Văn Sửa", "11446-VP", ""))).get("id").asLong();
        assertThat(officer.put("/api/people/" + id + "?version=0", body("Mai Văn Sửa Lần Một", "11446-VP", "")).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = officer.put("/api/people/" + id + "?version=0", body("Mai Văn Sửa Lần Hai", "11446-VP", ""));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(officer.get("/api/people/" + id)).get("fullName").asString()).isEqualTo("Mai Văn Sửa Lần Một");
    }

    @Test
    void aTransferKeepsTheWorkHistoryAndLeavingKeepsTheFile() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long id = TestHttp.json(officer.post("/api/people", body("Chu Văn Chuyển", "11446-VP", ""))).get("id").asLong();
        HttpResponse<String> moved = officer.put("/api/people/" + id + "?version=0", body("Chu Văn Chuyển", "11446-KT", ""));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode history = TestHttp.json(officer.get("/api/people/" + id + "/assignments"));
        assertThat(history.size()).isEqualTo(2);
        HttpResponse<String> left = officer.post("/api/people/" + id + "/leave",
                "{\"status\": \"RETIRED\", \"leftOn\": \"01/10/2026\", \"reason\": \"QĐ 12/QĐ-UBND\", \"version\": 1}");
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(TestHttp.json(left).get("status").asString()).isEqualTo("RETIRED");
        assertThat(TestHttp.json(officer.get("/api/people?q=chu%20van%20chuyen")).get("total").asInt()).isZero();
        assertThat(TestHttp.json(officer.get("/api/people?q=chu%20van%20chuyen&status=RETIRED")).get("total").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from assignment where person_id = :id and to_date is null").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void filtersByGenderAgeAndLevels() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        JsonNode women = TestHttp.json(officer.get("/api/people?size=200&gender=F"));
        women.get("items").forEach(p -> assertThat(p.get("gender").asString()).isEqualTo("F"));
        assertThat(women.get("total").asInt()).isPositive();
        JsonNode young = TestHttp.json(officer.get("/api/people?size=200&age=LT30"));
        young.get("items").forEach(p -> assertThat(java.time.LocalDate.parse(p.get("birthDate").asString()))
                .isAfter(java.time.LocalDate.now().minusYears(30)));
        JsonNode noTheory = TestHttp.json(officer.get("/api/people?size=200&theory=NONE"));
        noTheory.get("items").forEach(p -> assertThat(p.get("politicalTheory").asString()).isEqualTo("NONE"));
        JsonNode both = TestHttp.json(officer.get("/api/people?size=200&gender=F&theory=NONE"));
        assertThat(both.get("total").asInt()).isLessThanOrEqualTo(noTheory.get("total").asInt());
    }

    @Test
    void anOfficerGivesAPersonASelfServiceAccountLinkedToTheFile() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long id = TestHttp.json(officer.post("/api/people", body("Hà Thị Tự Phục Vụ", "11446-VHXH", ""))).get("id").asLong();
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        HttpResponse<String> created = browser.postForm("/people/" + id + "/account", "/people/" + id,
                java.util.Map.of("username", "ha.tu.phuc.vu", "password", "mat-khau-rieng-2026"));
        assertThat(created.statusCode()).isEqualTo(302);
        JsonNode me = TestHttp.json(TestHttp.as(port, "ha.tu.phuc.vu", "mat-khau-rieng-2026").get("/api/me"));
        assertThat(me.get("personId").asLong()).isEqualTo(id);
        assertThat(me.get("role").asString()).isEqualTo("STAFF");
        TestHttp self = TestHttp.as(port, "ha.tu.phuc.vu", "mat-khau-rieng-2026");
        assertThat(self.get("/api/people/" + id).statusCode()).isEqualTo(200);
        assertThat(self.get("/api/people?size=5").statusCode()).isEqualTo(403);
        // a second account for the same file is refused
        browser.postForm("/people/" + id + "/account", "/people/" + id,
                java.util.Map.of("username", "ha.tu.phuc.vu2", "password", "mat-khau-rieng-2026"));
        assertThat(TestHttp.as(port, "ha.tu.phuc.vu2", "mat-khau-rieng-2026").get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyWritersInScopeChangeFiles() {
        long id = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id where o.code = '11446-VHXH' order by p.id limit 1")
                .query(Long.class).single();
        int version = jdbc.sql("select version from person where id = :id").param("id", id).query(Integer.class).single();
        for (String user : new String[] {"truongphong.phulien", "canbo.phulien", "vhxh.viethoa", "truongchinhtri.haiphong"}) {
            assertThat(TestHttp.as(port, user).put("/api/people/" + id + "?version=" + version, body("Tên Bị Đổi", "11446-VHXH", ""))
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(TestHttp.as(port, user).post("/api/people", body("Người Lạ Mới", "11446-VHXH", "")).statusCode()).as(user).isIn(400, 403);
        }
    }
}
