package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Plans over real HTTP: agency needs → commune → province, returned with a reason, consolidated totals, decisions, scope. */
@IntegrationTest
class PlanFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private JsonNode plan(TestHttp as, long id) {
        HttpResponse<String> r = as.get("/api/plans/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestHttp.json(r).get("plan");
    }

    private long planOf(String unitCode, int year) {
        return jdbc.sql("select t.id from training_plan t join org_unit o on o.id = t.org_unit_id where o.code = :u and t.year = :y")
                .param("u", unitCode).param("y", year).query(Long.class).single();
    }

    @Test
    void anAgencyPlanGoesUpIsReturnedWithAReasonAndIsConsolidatedIntoTheCommunePlan() {
        int next = TrainingFixtures.TODAY.getYear() + 1;
        TestHttp head = TestHttp.as(port, "truongphong.phulien");
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        long agencyPlan = planOf("11446-VHXH", next);
        JsonNode draft = plan(head, agencyPlan);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("lines").asInt()).as("lines from the needs list").isPositive();
        assertThat(head.post("/api/plans/" + agencyPlan + "/lines", """
                {"programCode": "NGANH_DAT_DAI", "people": 2, "classes": 0, "quarter": 2, "estimatedCost": 3000000, "note": "Địa chính"}
                """).statusCode()).isEqualTo(201);
        assertThat(head.post("/api/plans/" + agencyPlan + "/lines", "{\"programCode\": \"KHONG_CO\", \"people\": 0}").body())
                .contains("programCode").contains("people");
        assertThat(head.post("/api/plans/" + agencyPlan + "/submit", "{\"version\": " + (plan(head, agencyPlan).get("version").asInt() - 1) + "}")
                .statusCode()).as("stale version").isEqualTo(409);
        assertThat(head.post("/api/plans/" + agencyPlan + "/submit", "{\"version\": " + plan(head, agencyPlan).get("version").asInt() + "}")
                .statusCode()).isEqualTo(200);
        assertThat(head.post("/api/plans/" + agencyPlan + "/lines", "{\"programCode\": \"CMCN\", \"people\": 1}").statusCode())
                .as("a submitted plan is closed").isEqualTo(400);

        // nobody approves their own plan or another commune's
        int v = plan(commune, agencyPlan).get("version").asInt();
        assertThat(head.post("/api/plans/" + agencyPlan + "/approve", "{\"version\": " + v + "}").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "vhxh.viethoa").post("/api/plans/" + agencyPlan + "/approve", "{\"version\": " + v + "}").statusCode()).isEqualTo(403);
        assertThat(commune.post("/api/plans/" + agencyPlan + "/return", "{\"version\": " + v + "}").statusCode()).isEqualTo(400);
        assertThat(commune.post("/api/plans/" + agencyPlan + "/return", "{\"version\": " + v + ", \"reason\": \"Tách theo quý\"}").statusCode()).isEqualTo(200);
        JsonNode returned = plan(head, agencyPlan);
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asText()).isEqualTo("Tách theo quý");
        head.post("/api/plans/" + agencyPlan + "/submit", "{\"version\": " + returned.get("version").asInt() + "}");
        assertThat(commune.post("/api/plans/" + agencyPlan + "/approve", "{\"version\": " + plan(commune, agencyPlan).get("version").asInt() + "}")
                .statusCode()).isEqualTo(200);

        // the commune consolidates what its agencies had approved: recomputed here from the agency plans' own lines
        long communePlan = planOf("11446", next);
        assertThat(commune.post("/api/plans/" + communePlan + "/consolidate", "").statusCode()).isEqualTo(200);
        var expected = jdbc.sql("""
                select l.program_code, sum(l.people) from plan_line l join training_plan t on t.id = l.plan_id
                join org_unit o on o.id = t.org_unit_id
                where o.path like '/VN/31/11446/%' and t.level = 'AGENCY' and t.year = :y and t.status = 'APPROVED'
                group by l.program_code order by 1
                """).param("y", next).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list();
        var consolidated = jdbc.sql("select program_code || '=' || people from plan_line where plan_id = :p and source = 'CONSOLIDATED' order by 1")
                .param("p", communePlan).query(String.class).list();
        assertThat(consolidated).isEqualTo(expected).contains("NGANH_DAT_DAI=2");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'training_plan' and entity_id = :id and action = 'RETURN' and reason = 'Tách theo quý'")
                .param("id", String.valueOf(agencyPlan)).query(Long.class).single()).isEqualTo(1);

        // the commune submits; the province (not the commune itself) approves
        commune.post("/api/plans/" + communePlan + "/submit", "{\"version\": " + plan(commune, communePlan).get("version").asInt() + "}");
        int cv = plan(commune, communePlan).get("version").asInt();
        assertThat(commune.post("/api/plans/" + communePlan + "/approve", "{\"version\": " + cv + "}").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "sonoivu.haiphong").post("/api/plans/" + communePlan + "/approve", "{\"version\": " + cv + "}").statusCode()).isEqualTo(200);
    }

    @Test
    void plansAreReadInsideTheScopeOnlyAndDeadlinesShowLateness() {
        int next = TrainingFixtures.TODAY.getYear() + 1;
        long communePlan = planOf("11446", next);
        assertThat(TestHttp.as(port, "truongphong.phulien").get("/api/plans/" + communePlan).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/plans/" + communePlan).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/plans").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/plans?year=" + next).body()).doesNotContain("Phù Liễn");
        JsonNode view = TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/plans/" + planOf("31", next)));
        assertThat(view.get("children").size()).isEqualTo(114);
        assertThat(view.get("plan").get("dueOn").asText()).isEqualTo((next - 1) + "-12-31");
        // Việt Hòa submitted after the commune deadline of 20/11: the province's page says so
        TestHttp browser = TestHttp.browser(port);
        browser.login("sonoivu.haiphong", TestHttp.DEMO_PASSWORD);
        String page = browser.get("/plans/" + planOf("10543", next)).body();
        assertThat(page).contains("Nộp muộn");

        // the plan and the class list go to Excel as the page shows them
        var sheet = TestHttp.as(port, "sonoivu.haiphong").getBytes("/plans/" + planOf("10543", next) + "/export.xlsx");
        assertThat(sheet.statusCode()).isEqualTo(200);
        java.util.List<String> cells = new java.util.ArrayList<>();
        vn.boiduong.shared.Xlsx.read(sheet.body(), null, 1000, (n, row) -> row.forEach(v -> cells.add(v.text())));
        assertThat(cells).anyMatch(c -> c.contains("KẾ HOẠCH BỒI DƯỠNG NĂM " + next)).contains("Từ danh sách cần bồi dưỡng");
        var classes = TestHttp.as(port, "vhxh.viethoa").getBytes("/classes/export.xlsx");
        java.util.List<String> classCells = new java.util.ArrayList<>();
        vn.boiduong.shared.Xlsx.read(classes.body(), null, 1000, (n, row) -> row.forEach(v -> classCells.add(v.text())));
        assertThat(classCells).contains("Mã lớp").noneMatch(c -> c.contains("Kỹ năng sử dụng dữ liệu và công cụ số"));
        assertThat(TestHttp.as(port, "vhxh.viethoa").getBytes("/plans/" + planOf("11446", next) + "/export.xlsx").statusCode()).isEqualTo(403);
    }
}
