package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;

/** The quarterly workflow over real HTTP: self → review → approve → reopen, wrong roles and steps, audit, scope. */
@IntegrationTest
class RatingWorkflowTest {

    static final String VALUES = """
            {"KQ_SO_LUONG": "%1$d", "KQ_CHAT_LUONG": "%1$d", "KQ_TIEN_DO": "%1$d", "PV_HAI_LONG": "%1$d", "PV_THU_TUC": "%1$d",
             "PH_LIEN_NGANH": "%1$d", "KL_KY_CUONG": "%1$d", "KL_LIEM_CHINH": "%2$d"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    Ratings ratings;

    TestHttp as(String user) {
        return TestHttp.as(port, user);
    }

    /** A specialist of the head's unit (Phòng VH-XH of Phù Liễn) with no account and no rating this quarter, given a STAFF account. */
    String staffAccount(String username) {
        long person = jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id left join job_position j on j.code = p.job_position_code
                where o.code = '11446-VHXH' and p.status = 'ACTIVE' and not p.is_leader and coalesce(j.grp, 'CHUYEN_MON') = 'CHUYEN_MON'
                  and coalesce(p.job_position_code, '') not in (select applies_to from rating_indicator_set)
                  and not exists (select 1 from app_user u where u.person_id = p.id)
                  and not exists (select 1 from rating r where r.person_id = p.id and r.period = :q)
                order by p.id limit 1
                """).param("q", ratings.currentQuarter().toString()).query(Long.class).single();
        long unit = jdbc.sql("select id from org_unit where code = '11446-VHXH'").query(Long.class).single();
        users.createSystemUser(new UserAdministration.NewUser(username, TestHttp.DEMO_PASSWORD, "Cán bộ kiểm thử", null, Role.STAFF,
                unit, person, null));
        return username;
    }

    @Test
    void selfReviewApproveReopenEachByItsRoleAndAudited() {
        String staff = staffAccount("canbo.rating.flow");
        String q = ratings.currentQuarter().toString();
        HttpResponse<String> missing = as(staff).post("/api/evaluations/ratings/mine", """
                {"period": "%s", "values": {"KQ_SO_LUONG": "80", "KQ_TIEN_DO": "120"}}""".formatted(q));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Chất lượng sản phẩm đạt yêu cầu").contains("từ 0 đến 100");
        assertThat(as(staff).post("/api/evaluations/ratings/mine", """
                {"period": "2020-Q1", "values": %s}""".formatted(VALUES.formatted(80, 80))).statusCode()).isEqualTo(400);

        HttpResponse<String> self = as(staff).post("/api/evaluations/ratings/mine", """
                {"period": "%s", "values": %s, "comment": "Hoàn thành đúng hạn"}""".formatted(q, VALUES.formatted(95, 95)));
        assertThat(self.statusCode()).as(self.body()).isEqualTo(200);
        JsonNode r = TestHttp.json(self);
        long id = r.get("id").asLong();
        long person = r.get("personId").asLong();
        assertThat(r.get("status").asText()).isEqualTo("SELF");
        assertThat(r.get("score").decimalValue()).isEqualByComparingTo("95");
        assertThat(r.get("band").asText()).isEqualTo("XUAT_SAC");

        // wrong roles: staff cannot review, the unit head cannot approve, the commune officer cannot review
        String review = "/api/evaluations/ratings/people/" + person + "/" + q + "/review";
        String body = """
                {"values": %s, "comment": "Cần chủ động hơn", "version": %d}""";
        assertThat(as(staff).put(review, body.formatted(VALUES.formatted(80, 80), 0)).statusCode()).isEqualTo(403);
        assertThat(as("vhxh.phulien").put(review, body.formatted(VALUES.formatted(80, 80), 0)).statusCode()).isEqualTo(403);
        assertThat(as("truongphong.phulien").post("/api/evaluations/ratings/" + id + "/approve", "{\"version\": 0}").statusCode())
                .isEqualTo(403);
        // wrong step: a specialist's self-assessment is not approved before the review
        assertThat(as("vhxh.phulien").post("/api/evaluations/ratings/" + id + "/approve", "{\"version\": 0}").statusCode()).isEqualTo(400);

        HttpResponse<String> reviewed = as("truongphong.phulien").put(review, body.formatted(VALUES.formatted(80, 60), 0));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        r = TestHttp.json(reviewed);
        assertThat(r.get("status").asText()).isEqualTo("REVIEWED");
        assertThat(r.get("selfScore").decimalValue()).as("self kept").isEqualByComparingTo("95");
        assertThat(r.get("reviewScore").decimalValue()).as("80 × 93% + 60 × 7%").isEqualByComparingTo("78.60");
        assertThat(r.get("band").asText()).isEqualTo("TOT");
        assertThat(r.get("selfValues").get("KQ_SO_LUONG").asInt()).isEqualTo(95);
        assertThat(r.get("reviewValues").get("KQ_SO_LUONG").asInt()).isEqualTo(80);
        assertThat(as(staff).post("/api/evaluations/ratings/mine", """
                {"period": "%s", "values": %s, "version": 1}""".formatted(q, VALUES.formatted(99, 99))).statusCode())
                .as("self-assessment locked once reviewed").isEqualTo(400);

        assertThat(as("vhxh.phulien").post("/api/evaluations/ratings/" + id + "/approve", "{\"version\": 0}").statusCode())
                .as("stale version").isEqualTo(409);
        HttpResponse<String> approved = as("vhxh.phulien").post("/api/evaluations/ratings/" + id + "/approve", "{\"version\": 1}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(TestHttp.json(approved).get("status").asText()).isEqualTo("APPROVED");
        assertThat(as("truongphong.phulien").put(review, body.formatted(VALUES.formatted(50, 50), 2)).statusCode())
                .as("approved: only through reopening").isEqualTo(400);

        HttpResponse<String> noReason = as("vhxh.phulien").post("/api/evaluations/ratings/" + id + "/reopen", "{\"reason\": \"  \", \"version\": 2}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> reopened = as("vhxh.phulien").post("/api/evaluations/ratings/" + id + "/reopen",
                "{\"reason\": \"Thủ trưởng đề nghị chấm lại tiến độ\", \"version\": 2}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(TestHttp.json(reopened).get("status").asText()).isEqualTo("REVIEWED");
        assertThat(as("truongphong.phulien").put(review, body.formatted(VALUES.formatted(85, 85), 3)).statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event where entity = 'rating' and entity_id = :id")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("SELF_ASSESS,REVIEW,APPROVE,REOPEN,REVIEW");
        assertThat(jdbc.sql("select reason from audit_event where entity = 'rating' and entity_id = :id and action = 'REOPEN'")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("Thủ trưởng đề nghị chấm lại tiến độ");
    }

    @Test
    void noOneOutsideTheScopeReadsOrChangesARating() {
        String staff = staffAccount("canbo.rating.scope");
        String q = ratings.currentQuarter().toString();
        HttpResponse<String> self = as(staff).post("/api/evaluations/ratings/mine", """
                {"period": "%s", "values": %s}""".formatted(q, VALUES.formatted(70, 70)));
        assertThat(self.statusCode()).as(self.body()).isEqualTo(200);
        long id = TestHttp.json(self).get("id").asLong();
        long person = TestHttp.json(self).get("personId").asLong();
        long otherAgency = jdbc.sql("select id from org_unit where code = '11446-KT'").query(Long.class).single();
        users.createSystemUser(new UserAdministration.NewUser("truongphong.kt.rating", TestHttp.DEMO_PASSWORD, "Trưởng phòng Kinh tế",
                null, Role.UNIT_HEAD, otherAgency, null, null));
        String other = staffAccount("canbo.rating.other");
        String review = "/api/evaluations/ratings/people/" + person + "/" + q + "/review";
        String reviewBody = "{\"values\": " + VALUES.formatted(10, 10) + ", \"version\": 0}";

        for (String outsider : new String[] {"vhxh.viethoa", "truongphong.kt.rating", other, "truongchinhtri.haiphong"}) {
            assertThat(as(outsider).get("/api/evaluations/ratings/" + id).statusCode()).as(outsider + " reads").isEqualTo(403);
            assertThat(as(outsider).get("/api/evaluations/ratings/people/" + person).statusCode()).as(outsider + " history").isEqualTo(403);
            assertThat(as(outsider).put(review, reviewBody).statusCode()).as(outsider + " reviews").isEqualTo(403);
            assertThat(as(outsider).post("/api/evaluations/ratings/" + id + "/approve", "{\"version\": 0}").statusCode())
                    .as(outsider + " approves").isEqualTo(403);
            assertThat(as(outsider).get("/evaluations/ratings/person/" + person + "/" + q).statusCode()).as(outsider + " page").isEqualTo(403);
        }
        assertThat(as("vhxh.viethoa").get("/api/evaluations/ratings/queue").body()).doesNotContain("\"personId\":" + person + ",");
        // inside: the person, their head, the commune, the province
        for (String insider : new String[] {staff, "truongphong.phulien", "vhxh.phulien", "sonoivu.haiphong"}) {
            assertThat(as(insider).get("/api/evaluations/ratings/" + id).statusCode()).as(insider).isEqualTo(200);
        }
        assertThat(jdbc.sql("select score from rating where id = :id").param("id", id).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("70");
    }
}
