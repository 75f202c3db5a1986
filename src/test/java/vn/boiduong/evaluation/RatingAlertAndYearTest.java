package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.evaluation.RatingWorkflowTest.VALUES;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The 2-consecutive-quarter alert and its notice, the discipline override and the cap in the yearly proposal, over HTTP. */
@IntegrationTest
class RatingAlertAndYearTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ratings ratings;

    TestHttp as(String user) {
        return TestHttp.as(port, user);
    }

    long vhxhSpecialist(int offset) {
        return jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id left join job_position j on j.code = p.job_position_code
                where o.code = '11446-VHXH' and p.status = 'ACTIVE' and not p.is_leader and coalesce(j.grp, 'CHUYEN_MON') = 'CHUYEN_MON'
                  and not exists (select 1 from app_user u where u.person_id = p.id) order by p.id limit 1 offset :o
                """).param("o", offset).query(Long.class).single();
    }

    JsonNode rateAndApprove(long person, String quarter, int value) {
        HttpResponse<String> r = as("truongphong.phulien").put("/api/evaluations/ratings/people/" + person + "/" + quarter + "/review",
                "{\"values\": " + VALUES.formatted(value, value) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode reviewed = TestHttp.json(r);
        HttpResponse<String> a = as("vhxh.phulien").post("/api/evaluations/ratings/" + reviewed.get("id").asLong() + "/approve",
                "{\"version\": " + reviewed.get("version").asInt() + "}");
        assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
        return TestHttp.json(a);
    }

    List<Long> alerted(String user) {
        HttpResponse<String> r = as(user).get("/api/evaluations/ratings/alerts");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        TestHttp.json(r).forEach(a -> ids.add(a.get("personId").asLong()));
        return ids;
    }

    long notices(long person) {
        return jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'vhxh.phulien' and n.dedupe_key like 'rating-alert:' || :p || ':%'
                """).param("p", person).query(Long.class).single();
    }

    @Test
    void theDemoPersonFailingTwoQuartersInARowIsFlaggedToTheCommuneWithTheHistoryAndNotice() {
        RatingPeriod last = ratings.currentQuarter().previous();
        long failing = jdbc.sql("""
                select a.person_id from rating a join rating b on b.person_id = a.person_id
                where a.period = :q2 and b.period = :q3 and a.band = 'KHONG_HOAN_THANH' and b.band = 'KHONG_HOAN_THANH'
                  and a.status = 'APPROVED' and b.status = 'APPROVED' limit 1
                """).param("q2", last.previous().toString()).param("q3", last.toString()).query(Long.class).single();
        assertThat(alerted("vhxh.phulien")).contains(failing);
        assertThat(alerted("truongphong.phulien")).contains(failing);
        assertThat(alerted("sonoivu.haiphong")).contains(failing);
        assertThat(alerted("vhxh.viethoa")).doesNotContain(failing);
        assertThat(as("canbo.phulien").get("/api/evaluations/ratings/alerts").statusCode()).isEqualTo(403);
        assertThat(notices(failing)).isEqualTo(1);
        HttpResponse<String> page = as("vhxh.phulien").get("/evaluations/ratings/alerts");
        assertThat(page.body()).contains("data-person=\"" + failing + "\"").contains(last.toString()).contains("Không hoàn thành nhiệm vụ");
    }

    @Test
    void nonConsecutiveFailuresAreNotFlaggedConsecutiveOnesAreOnceEvenAfterAReopening() {
        long person = vhxhSpecialist(0);
        rateAndApprove(person, "2025-Q1", 30);
        rateAndApprove(person, "2025-Q2", 75);
        rateAndApprove(person, "2025-Q3", 40);
        assertThat(alerted("vhxh.phulien")).doesNotContain(person);
        assertThat(notices(person)).isZero();

        JsonNode q4 = rateAndApprove(person, "2025-Q4", 45);
        assertThat(alerted("vhxh.phulien")).contains(person);
        assertThat(notices(person)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where dedupe_key = :k").param("k", "rating-alert:" + person + ":2025-Q4")
                .query(Long.class).single()).as("only the commune officers of Phù Liễn").isEqualTo(1);
        HttpResponse<String> reopened = as("vhxh.phulien").post("/api/evaluations/ratings/" + q4.get("id").asLong() + "/reopen",
                "{\"reason\": \"Xem lại minh chứng\", \"version\": " + q4.get("version").asInt() + "}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(alerted("vhxh.phulien")).as("only approved quarters count").doesNotContain(person);
        JsonNode again = TestHttp.json(reopened);
        assertThat(as("vhxh.phulien").post("/api/evaluations/ratings/" + again.get("id").asLong() + "/approve",
                "{\"version\": " + again.get("version").asInt() + "}").statusCode()).isEqualTo(200);
        assertThat(alerted("vhxh.phulien")).contains(person);
        assertThat(notices(person)).as("deduplicated").isEqualTo(1);
    }

    @Test
    void aDisciplineInTheYearMakesTheYearNotCompletedAndOnlyTheCommuneRecordsIt() {
        long person = vhxhSpecialist(1);
        rateAndApprove(person, "2024-Q3", 95);
        long unit = jdbc.sql("select id from org_unit where code = '11446-VHXH'").query(Long.class).single();
        String year = "/api/evaluations/ratings/units/" + unit + "/year/2024";
        JsonNode before = line(as("vhxh.phulien").get(year), person);
        assertThat(before.get("computed").asText()).isEqualTo("XUAT_SAC");
        assertThat(before.get("band").asText()).as("alone in the unit: 20% of 1 rounds down to 0").isEqualTo("TOT");

        String body = "{\"personId\": \"%d\", \"year\": \"2024\", \"level\": \"CANH_CAO\", \"decidedOn\": \"%s\"}";
        HttpResponse<String> noDate = as("vhxh.phulien").post("/api/evaluations/ratings/discipline", body.formatted(person, ""));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains("decidedOn");
        assertThat(as("vhxh.viethoa").post("/api/evaluations/ratings/discipline", body.formatted(person, "12/05/2024")).statusCode())
                .isEqualTo(403);
        assertThat(as("truongphong.phulien").post("/api/evaluations/ratings/discipline", body.formatted(person, "12/05/2024")).statusCode())
                .isEqualTo(403);
        assertThat(as("vhxh.phulien").post("/api/evaluations/ratings/discipline", body.formatted(person, "12/05/2024")).statusCode())
                .isEqualTo(201);

        JsonNode l = line(as("vhxh.phulien").get(year), person);
        assertThat(l.get("computed").asText()).isEqualTo("XUAT_SAC");
        assertThat(l.get("band").asText()).isEqualTo("KHONG_HOAN_THANH");
        assertThat(l.get("notes").toString()).contains("rating.year.note.discipline.CANH_CAO");
        assertThat(as("vhxh.viethoa").get(year).statusCode()).isEqualTo(403);
        assertThat(as("truongphong.phulien").post(year + "/approve", "").statusCode()).isEqualTo(403);
        HttpResponse<String> approved = as("vhxh.phulien").post(year + "/approve", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(jdbc.sql("select band from rating where person_id = :p and period = '2024' and status = 'APPROVED'")
                .param("p", person).query(String.class).single()).isEqualTo("KHONG_HOAN_THANH");
        assertThat(TestHttp.json(as("vhxh.phulien").post(year + "/approve", "")).get("stored").asInt()).as("already approved").isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'APPROVE_YEAR' and scope_path like '%/11446-VHXH/'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theYearlyProposalOfEveryUnitOfTheDemoCommuneKeepsExcellentWithinTwentyPercent() {
        int year = ratings.currentQuarter().year();
        List<Long> units = jdbc.sql("select id from org_unit where path like '/VN/31/11446/%' and kind = 'AGENCY'").query(Long.class).list();
        int moved = 0;
        for (long unit : units) {
            JsonNode p = TestHttp.json(as("vhxh.phulien").get("/api/evaluations/ratings/units/" + unit + "/year/" + year));
            long good = 0;
            long excellent = 0;
            for (JsonNode l : p.get("lines")) {
                String band = l.get("band").isNull() ? "" : l.get("band").asText();
                good += band.equals("XUAT_SAC") || band.equals("TOT") ? 1 : 0;
                excellent += band.equals("XUAT_SAC") ? 1 : 0;
                if (l.get("notes").toString().contains("rating.year.note.cap")) {
                    moved++;
                    assertThat(l.get("computed").asText()).isEqualTo("XUAT_SAC");
                    assertThat(band).isEqualTo("TOT");
                }
            }
            assertThat(excellent).as("unit %d", unit).isLessThanOrEqualTo(good * 20 / 100);
            assertThat(p.get("goodOrAbove").asLong()).isEqualTo(good);
        }
        assertThat(moved).as("the demo has more excellent quarters than the cap allows somewhere").isPositive();
        HttpResponse<String> page = as("vhxh.phulien").get("/evaluations/ratings/year?unitId=" + units.get(0) + "&year=" + year);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("× 80%").contains("20%");
    }

    private static JsonNode line(HttpResponse<String> proposal, long person) {
        assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(200);
        for (JsonNode l : TestHttp.json(proposal).get("lines")) {
            if (l.get("personId").asLong() == person) {
                return l;
            }
        }
        throw new AssertionError("no line for " + person);
    }
}
