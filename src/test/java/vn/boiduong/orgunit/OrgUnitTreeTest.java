package vn.boiduong.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

@IntegrationTest
class OrgUnitTreeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long id(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long create(TestHttp http, long parent, String code) {
        HttpResponse<String> r = http.post("/api/org-units", """
                {"parentId": %d, "code": "%s", "name": "Đơn vị %s", "subkind": "KHAC"}""".formatted(parent, code, code));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestHttp.json(r).get("id").asLong();
    }

    @Test
    void theRealTreeIsLoadedWithOfficialCodes() {
        assertThat(jdbc.sql("select count(*) from org_unit where kind = 'PROVINCE'").query(Long.class).single()).isEqualTo(34);
        assertThat(jdbc.sql("select subkind || '=' || count(*) from org_unit where kind = 'COMMUNE' group by subkind order by 1")
                .query(String.class).list()).containsExactly("DAC_KHU=13", "PHUONG=687", "XA=2621");
        // every commune has the agencies of ND 150/2025, and every path is the parent's path plus the code
        assertThat(jdbc.sql("select count(*) from org_unit c where c.kind = 'COMMUNE' and "
                + "(select count(*) from org_unit a where a.parent_id = c.id or a.parent_id in (select id from org_unit where parent_id = c.id)) < 8")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from org_unit c join org_unit p on p.id = c.parent_id "
                + "where c.path <> p.path || c.code || '/' or c.level <> p.level + 1").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select name from org_unit where code = '11446-KT'").query(String.class).single())
                .isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
    }

    @Test
    void aSubtreeNeverMatchesADecoyWithTheSameCodePrefix() {
        TestHttp admin = TestHttp.as(port, "admin.bonoivu");
        long vp = id("11446-VP");
        long decoy = create(admin, id("11446-UBND"), "11446-VPX");
        jdbc.sql("update person set org_unit_id = :d where id = (select id from person where org_unit_id = :vp order by id limit 1)")
                .param("d", decoy).param("vp", vp).update();
        JsonNode page = TestHttp.json(admin.get("/api/people?size=200&unitId=" + vp));
        page.get("items").forEach(p -> assertThat(p.get("orgUnitId").asLong()).isEqualTo(vp));
        assertThat(page.get("total").asLong()).isEqualTo(jdbc.sql("select count(*) from person where org_unit_id = :vp and status = 'ACTIVE'")
                .param("vp", vp).query(Long.class).single());
    }

    @Test
    void renameKeepsHistoryAndIsAudited() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long unit = create(officer, id("11446"), "11446-TYT");
        HttpResponse<String> r = officer.put("/api/org-units/" + unit,
                "{\"name\": \"Trạm Y tế phường Phù Liễn\", \"subkind\": \"DON_VI_SU_NGHIEP\", \"active\": true, \"version\": 0}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(TestHttp.json(r).get("name").asString()).isEqualTo("Trạm Y tế phường Phù Liễn");
        assertThat(jdbc.sql("select name from org_unit_history where org_unit_id = :id").param("id", unit)
                .query(String.class).list()).containsExactly("Đơn vị 11446-TYT");
        JsonNode audit = TestHttp.json(officer.get("/api/audit?entity=org_unit&entityId=" + unit));
        assertThat(audit.get("entries").get(0).get("action").asString()).isEqualTo("UPDATE");
        assertThat(audit.get("entries").get(0).get("before").asString()).contains("Đơn vị 11446-TYT");
        assertThat(audit.get("entries").get(0).get("after").asString()).contains("Trạm Y tế");
        assertThat(audit.get("entries").get(0).get("username").asString()).isEqualTo("vhxh.phulien");
    }

    @Test
    void movingAnAgencyRewritesItsWholeSubtree() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long x = create(officer, id("11446-VHXH"), "11446-MVX");
        long y = create(officer, x, "11446-MVY");
        HttpResponse<String> r = officer.post("/api/org-units/" + x + "/move", "{\"parentId\": %d, \"version\": 0}".formatted(id("11446-KT")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(jdbc.sql("select path || ' ' || level from org_unit where id = :id").param("id", y).query(String.class).single())
                .isEqualTo("/VN/31/11446/11446-UBND/11446-KT/11446-MVX/11446-MVY/ 6");
        // not into another commune, not under itself
        assertThat(officer.post("/api/org-units/" + x + "/move", "{\"parentId\": %d, \"version\": 1}".formatted(y)).statusCode()).isEqualTo(400);
        TestHttp admin = TestHttp.as(port, "admin.bonoivu");
        assertThat(admin.post("/api/org-units/" + x + "/move", "{\"parentId\": %d, \"version\": 1}".formatted(id("10543-KT"))).statusCode()).isEqualTo(400);
    }

    @Test
    void aConcurrentEditIsRefusedNotOverwritten() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long unit = create(officer, id("11446"), "11446-CC");
        assertThat(officer.put("/api/org-units/" + unit, "{\"name\": \"Tên thứ nhất\", \"subkind\": \"KHAC\", \"active\": true, \"version\": 0}").statusCode()).isEqualTo(200);
        HttpResponse<String> second = officer.put("/api/org-units/" + unit, "{\"name\": \"Tên thứ hai\", \"subkind\": \"KHAC\", \"active\": true, \"version\": 0}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(second).get("title").asString()).contains("người khác thay đổi");
        assertThat(jdbc.sql("select name from org_unit where id = :id").param("id", unit).query(String.class).single()).isEqualTo("Tên thứ nhất");
    }

    @Test
    void badInputNamesEveryProblemAndWritesNothing() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        long auditBefore = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        HttpResponse<String> r = officer.post("/api/org-units",
                "{\"parentId\": %d, \"code\": \"a b\", \"name\": \"  \", \"subkind\": \"XYZ\"}".formatted(id("11446")));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = TestHttp.json(r).get("errors");
        assertThat(errors.size()).isEqualTo(3);
        assertThat(errors.toString()).contains("code", "name", "subkind", "bắt buộc");
        assertThat(officer.post("/api/org-units", "{not json").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(auditBefore);
    }

    @Test
    void searchIgnoresAccents() {
        JsonNode found = TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/org-units?q=phu%20lien&kind=COMMUNE"));
        assertThat(found.toString()).contains("Phường Phù Liễn");
        JsonNode none = TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/org-units?q=ba%20dinh&kind=COMMUNE"));
        assertThat(none.size()).isZero(); // Phường Ba Đình is in Hà Nội, outside the province
    }
}
