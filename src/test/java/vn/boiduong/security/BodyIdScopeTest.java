package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * Ids that arrive in a request body pass the scope like ids in the path (issue 13, finding 1): the commune officer of
 * Việt Hòa cannot give an account the province school's classes or a Phù Liễn file, nor make a Việt Hòa unit the
 * accepting authority of a Phù Liễn task; an account linked to a file is audited where the file lies.
 */
@IntegrationTest
class BodyIdScopeTest {

    private static final String VIET_HOA = "vhxh.viethoa";
    private static final String PHU_LIEN = "vhxh.phulien";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommuneCannotCreateAnAccountOfTheProvinceSchool() {
        TestHttp vietHoa = TestHttp.as(port, VIET_HOA);
        long ownAgency = TestHttp.json(vietHoa.get("/api/me")).get("orgUnitId").asLong();
        long school = jdbc.sql("select p.id from provider p join org_unit o on o.id = p.org_unit_id where o.code = '31' order by p.id limit 1")
                .query(Long.class).single();
        String username = fresh("gv");
        HttpResponse<String> r = vietHoa.post("/api/users", account(username, "PROVIDER", ownAgency, null, school));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(accounts(username)).isZero();
    }

    @Test
    void aCommuneCannotLinkAnAccountToAnotherCommunesFile() {
        TestHttp vietHoa = TestHttp.as(port, VIET_HOA);
        long ownAgency = TestHttp.json(vietHoa.get("/api/me")).get("orgUnitId").asLong();
        String username = fresh("cb");
        HttpResponse<String> r = vietHoa.post("/api/users", account(username, "STAFF", ownAgency, personWithoutAccount("11446"), null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(accounts(username)).isZero();
    }

    @Test
    void aLinkedFileMustLieInsideTheAccountsUnit() {
        long vhxh = unit("11446-VHXH");
        long otherAgencysPerson = personWithoutAccount("11446-KT");
        String username = fresh("cb");
        HttpResponse<String> r = TestHttp.as(port, PHU_LIEN).post("/api/users", account(username, "STAFF", vhxh, otherAgencysPerson, null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("personId");
        assertThat(accounts(username)).isZero();
        HttpResponse<String> unknown = TestHttp.as(port, PHU_LIEN).post("/api/users", account(username, "STAFF", vhxh, 999_999_999L, null));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("personId");
    }

    @Test
    void theCreationOfALinkedAccountIsAuditedWhereTheFileLies() {
        long province = unit("31");
        long person = personWithoutAccount("11446");
        String username = fresh("cb");
        HttpResponse<String> r = TestHttp.as(port, "sonoivu.haiphong").post("/api/users", account(username, "STAFF", province, person, null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long id = TestHttp.json(r).get("id").asLong();
        JsonNode entries = TestHttp.json(TestHttp.as(port, PHU_LIEN).get("/api/audit?entity=user&entityId=" + id)).get("entries");
        assertThat(entries.size()).as("Phù Liễn's officer sees who was given access to a Phù Liễn file").isPositive();
        assertThat(entries.get(0).get("after").asString()).contains("\"personId\": " + person);
        JsonNode provinceView = TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/audit?entity=user&entityId=" + id)).get("entries");
        assertThat(provinceView.size()).isEqualTo(1);
    }

    @Test
    void aCommuneLinksItsOwnFileAndTheAuditNamesIt() {
        long vhxh = unit("11446-VHXH");
        long person = personWithoutAccount("11446-VHXH");
        String username = fresh("cb");
        TestHttp phuLien = TestHttp.as(port, PHU_LIEN);
        HttpResponse<String> r = phuLien.post("/api/users", account(username, "STAFF", vhxh, person, null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long id = TestHttp.json(r).get("id").asLong();
        HttpResponse<String> update = phuLien.put("/api/users/" + id, """
                {"fullName": "Người thử đổi tên", "email": null, "role": "STAFF", "enabled": false, "version": 0}""");
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        JsonNode entries = TestHttp.json(phuLien.get("/api/audit?entity=user&entityId=" + id)).get("entries");
        assertThat(entries.size()).isEqualTo(2);
        entries.forEach(e -> assertThat(e.get("after").asString()).contains("\"personId\": " + person));
        assertThat(entries.get(0).get("before").asString()).contains("\"personId\": " + person);
    }

    @Test
    void theAcceptingAuthorityOfATaskMustLieInTheWritersScope() {
        TestHttp phuLien = TestHttp.as(port, PHU_LIEN);
        HttpResponse<String> plan = phuLien.post("/api/tasks/plans", """
                {"number":"PV-%s","issuedOn":"01/07/2026","issuerUnitId":%d,"title":"Kế hoạch thử phạm vi","kind":"KE_HOACH","sources":[]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), unit("11446")));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        long planId = TestHttp.json(plan).get("id").asLong();
        String task = """
                {"number":"%d","content":"Báo cáo nhu cầu bồi dưỡng","lead":"Phòng Văn hóa - Xã hội","deadline":"Quý IV/2026",
                 "product":"Báo cáo","authorityUnitId":%d}""";
        HttpResponse<String> foreign = phuLien.post("/api/tasks/plans/" + planId + "/tasks", task.formatted(1, unit("10543")));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        HttpResponse<String> foreignLead = phuLien.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"1","content":"Báo cáo","leadUnitId":%d,"deadline":"Quý IV/2026"}""".formatted(unit("10543-VHXH")));
        assertThat(foreignLead.statusCode()).as(foreignLead.body()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from plan_task where plan_id = :p").param("p", planId).query(Long.class).single()).isZero();
        HttpResponse<String> own = phuLien.post("/api/tasks/plans/" + planId + "/tasks", task.formatted(2, unit("11446-KT")));
        assertThat(own.statusCode()).as(own.body()).isIn(200, 201);
    }

    private static String account(String username, String role, long unitId, Long personId, Long providerId) {
        return """
                {"username": "%s", "password": "mat-khau-du-dai-2026", "fullName": "Người thử liên kết", "role": "%s",
                 "orgUnitId": %d, "personId": %s, "providerId": %s}""".formatted(username, role, unitId, personId, providerId);
    }

    private static String fresh(String prefix) {
        return prefix + ".pv." + UUID.randomUUID().toString().substring(0, 8);
    }

    private long accounts(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** A person of the unit's subtree who has no account yet (chosen at random so tests sharing the database do not collide). */
    private long personWithoutAccount(String unitCode) {
        return jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id join org_unit u on u.code = :c "
                + "where o.path like u.path || '%' and p.status = 'ACTIVE' and not exists (select 1 from app_user a where a.person_id = p.id) "
                + "order by random() limit 1").param("c", unitCode).query(Long.class).single();
    }
}
