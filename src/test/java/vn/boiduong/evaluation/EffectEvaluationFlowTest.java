package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.evaluation.EffectFixtures.*;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.training.TrainingCompleted;

/** A completed training becomes one evaluation; the unit head scores and signs it after the due date, over real HTTP. */
@IntegrationTest
class EffectEvaluationFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    TestHttp head() {
        return TestHttp.as(port, "truongphong.phulien");
    }

    @Test
    void aCompletedTrainingMakesExactlyOneEvaluationDueThreeMonthsLater() {
        long person = people(jdbc, "11446-KT", 1).get(0);
        var ends = TODAY.minusDays(20);
        long enrollment = complete(port, List.of(person), ends, "Lớp kiểm thử phiếu hiệu quả").get(0);
        var row = jdbc.sql("select person_id, org_unit_id, due_on, completed_on, status, program_code from effect_evaluation "
                        + "where enrollment_id = :e").param("e", enrollment).query().listOfRows();
        assertThat(row).hasSize(1);
        assertThat(row.get(0).get("due_on").toString()).isEqualTo(ends.plusMonths(3).toString());
        assertThat(row.get(0).get("completed_on").toString()).isEqualTo(ends.toString());
        assertThat(row.get(0).get("status")).isEqualTo("DUE");
        assertThat(row.get(0).get("program_code")).isEqualTo("KN_XU_LY_TINH_HUONG");
        assertThat(((Number) row.get(0).get("org_unit_id")).longValue()).isEqualTo(
                jdbc.sql("select org_unit_id from person where id = :p").param("p", person).query(Long.class).single());
        // the same event again (a retry) and a backfill add nothing
        events.publishEvent(new TrainingCompleted(enrollment, person, "KN_XU_LY_TINH_HUONG", ends));
        assertThat(TestHttp.as(port, "vhxh.phulien").post("/api/evaluations/effect/backfill", "").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from effect_evaluation where enrollment_id = :e").param("e", enrollment)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EFFECT_DUE' and entity_id = :id")
                .param("id", String.valueOf(evaluationOf(jdbc, enrollment))).query(Long.class).single()).isEqualTo(1);
        // every completed enrollment has its evaluation (the demo's included)
        assertThat(jdbc.sql("select count(*) from enrollment e where e.status = 'COMPLETED' "
                + "and not exists (select 1 from effect_evaluation x where x.enrollment_id = e.id)").query(Long.class).single()).isZero();
    }

    @Test
    void theUnitHeadSignsOnlyAfterTheDueDateWithSixValidScoresAndTheSignatureIsAudited() {
        long person = people(jdbc, "11446-VHXH", 1).get(0);
        long recent = evaluationOf(jdbc, complete(port, List.of(person), TODAY.minusDays(40), "Lớp gần đây").get(0));
        HttpResponse<String> early = head().post("/api/evaluations/effect/" + recent + "/sign", SCORES.formatted("8", version(jdbc, recent)));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("dueOn").contains("Chưa đến hạn đánh giá");

        long old = evaluationOf(jdbc, complete(port, List.of(person), TODAY.minusMonths(4).minusDays(3), "Lớp bốn tháng trước").get(0));
        assertThat(TestHttp.json(head().get("/api/evaluations/effect/" + old)).get("state").asText()).isEqualTo("OVERDUE");
        HttpResponse<String> bad = head().post("/api/evaluations/effect/" + old + "/sign", SCORES.formatted("11", version(jdbc, old)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"taskResults\"").contains("Kết quả thực hiện nhiệm vụ").contains("từ 1 đến 10");
        HttpResponse<String> stale = head().post("/api/evaluations/effect/" + old + "/sign", SCORES.formatted("9", version(jdbc, old) + 5));
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> signed = head().post("/api/evaluations/effect/" + old + "/sign", SCORES.formatted("9", version(jdbc, old)));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        var json = TestHttp.json(signed);
        assertThat(json.get("status").asText()).isEqualTo("SIGNED");
        // (9 + 8 + 9 + 9 + 7 + 8) / 6 × 10 = 83.33
        assertThat(json.get("total").decimalValue()).isEqualByComparingTo("83.33");
        assertThat(json.get("evaluator").asText()).isEqualTo("truongphong.phulien");
        assertThat(json.get("comments").get("taskResults").asText()).isEqualTo("Hoàn thành tốt");
        var audit = jdbc.sql("select username, scope_path, after ->> 'total' as total from audit_event where action = 'EFFECT_SIGN' "
                + "and entity_id = :id").param("id", String.valueOf(old)).query().listOfRows();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("username")).isEqualTo("truongphong.phulien");
        assertThat((String) audit.get(0).get("scope_path")).endsWith("/11446-VHXH/");
        assertThat(audit.get(0).get("total")).isEqualTo("83.33");

        // read-only afterwards: no second signature, no edit
        HttpResponse<String> again = head().put("/api/evaluations/effect/" + old, SCORES.formatted("5", version(jdbc, old)));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("đã ký");
        assertThat(jdbc.sql("select task_results from effect_evaluation where id = :id").param("id", old).query(Integer.class).single())
                .isEqualTo(9);
    }

    @Test
    void theFormPageSavesADraftThenSignsAndPrints() {
        long person = people(jdbc, "11446-VHXH", 1).get(0);
        long id = evaluationOf(jdbc, complete(port, List.of(person), TODAY.minusMonths(3).minusDays(10), "Lớp trang phiếu").get(0));
        TestHttp browser = TestHttp.browser(port);
        browser.login("truongphong.phulien", TestHttp.DEMO_PASSWORD);
        String page = "/evaluations/effect/" + id;
        assertThat(browser.get("/evaluations/effect?state=OVERDUE").body()).contains(page).contains("Quá hạn");
        HttpResponse<String> wrong = browser.postForm(page, page, Map.of("action", "save", "version", String.valueOf(version(jdbc, id)),
                "taskResults", "0", "discipline", "mười"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"problems\"").contains("Kết quả thực hiện nhiệm vụ: &quot;0&quot; không hợp lệ")
                .contains("Ý thức kỷ luật, kỷ cương hành chính: &quot;mười&quot;");
        HttpResponse<String> saved = browser.postForm(page, page, Map.of("action", "save", "version", String.valueOf(version(jdbc, id)),
                "taskResults", "7", "adviceQuality", "7", "responsibility", "8", "discipline", "8", "coordination", "6",
                "satisfaction", "7"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String form = browser.get(page).body();
        assertThat(form).contains("id=\"effect-sign-form\"").contains("Đã lưu phiếu");
        HttpResponse<String> sign = browser.postForm(page, page, Map.of("action", "sign", "version", String.valueOf(version(jdbc, id)),
                "taskResults", "7", "adviceQuality", "7", "responsibility", "8", "discipline", "8", "coordination", "6",
                "satisfaction", "7"));
        assertThat(sign.statusCode()).isEqualTo(302);
        String after = browser.get(page).body();
        assertThat(after).contains("id=\"effect-readonly\"").doesNotContain("id=\"effect-save\"").contains("71,67");
        String print = browser.get(page + "/print").body();
        assertThat(print).contains("Phiếu đánh giá hiệu quả sau bồi dưỡng").contains("71,67")
                .contains("Mức độ hài lòng của người dân, doanh nghiệp").contains("data-print");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'effect_evaluation' and entity_id = :id "
                + "and action in ('EFFECT_SAVE', 'EFFECT_SIGN')").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDemoLeavesDueOverdueAndSignedEvaluations() {
        var json = TestHttp.json(head().get("/api/evaluations/effect?state=ALL&size=500"));
        assertThat(json.get("total").asLong()).isPositive();
        List<String> states = new java.util.ArrayList<>();
        json.get("items").forEach(n -> states.add(n.get("state").asText()));
        assertThat(states).contains("OVERDUE", "SIGNED", "WAITING");
    }
}
