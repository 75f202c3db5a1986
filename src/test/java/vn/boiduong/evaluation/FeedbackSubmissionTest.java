package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.evaluation.FeedbackFixtures.*;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.UserAdministration;
import tools.jackson.databind.JsonNode;

/** Answering over real HTTP: only the trainee, once, while the class runs or within the window after it; scores named. */
@IntegrationTest
class FeedbackSubmissionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;

    TestHttp province() {
        return TestHttp.as(port, "sonoivu.haiphong");
    }

    @Test
    void onlyTheTraineeOfTheEnrollmentAnswersAndOnlyOnce() {
        List<Long> people = freePeople(jdbc, commune(jdbc, 0), 2);
        List<String> names = accounts(users, jdbc, "hv.fb.once", people);
        long c = classWith(province(), "Lớp góp ý một lần", TODAY.minusDays(10), TODAY.minusDays(5), demoProvider(jdbc), people);
        start(province(), c);
        long e = enrollment(jdbc, c, people.get(0));
        String path = "/api/me/feedback/" + e;
        String body = answer(9, 8, 7, 9, "Giảng viên nhiệt tình");

        for (String other : List.of(names.get(1), "admin.bonoivu", "sonoivu.haiphong", "truongphong.phulien", "canbo.phulien",
                "truongchinhtri.haiphong")) {
            assertThat(TestHttp.as(port, other).post(path, body).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(TestHttp.as(port, names.get(0)).post("/api/me/feedback/99999999", body).statusCode()).isEqualTo(404);

        TestHttp trainee = TestHttp.as(port, names.get(0));
        assertThat(TestHttp.json(trainee.get("/api/me/feedback")).get(0).get("open").asBoolean()).isTrue();
        HttpResponse<String> ok = trainee.post(path, body);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        HttpResponse<String> again = trainee.post(path, answer(1, 1, 1, 1, null));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"feedback\"").contains("mỗi học viên chỉ gửi một lần");
        assertThat(jdbc.sql("select content || '/' || lecturers || '/' || organisation || '/' || usefulness from class_feedback "
                + "where enrollment_id = :e").param("e", e).query(String.class).list()).containsExactly("9/8/7/9");
        JsonNode mine = TestHttp.json(trainee.get("/api/me/feedback")).get(0);
        assertThat(mine.get("open").asBoolean()).isFalse();
        assertThat(mine.get("submittedAt").isNull()).isFalse();
        // the trail says who answered and on which class, never the scores
        assertThat(jdbc.sql("select after::text from audit_event where action = 'FEEDBACK' and entity = 'class_feedback' "
                + "and username = :u").param("u", names.get(0)).query(String.class).single())
                .contains("\"classId\": " + c).doesNotContain("Giảng viên nhiệt tình");
    }

    @Test
    void badScoresAreRefusedNamingEachFieldAndNothingIsStored() {
        List<Long> people = freePeople(jdbc, commune(jdbc, 1), 1);
        String name = accounts(users, jdbc, "hv.fb.score", people).get(0);
        long c = classWith(province(), "Lớp kiểm tra điểm", TODAY.minusDays(3), TODAY.plusDays(3), null, people);
        start(province(), c);
        long e = enrollment(jdbc, c, people.get(0));
        HttpResponse<String> bad = TestHttp.as(port, name).post("/api/me/feedback/" + e, """
                {"content": "0", "lecturers": 11, "organisation": "tốt", "comment": null}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode fields = TestHttp.json(bad).get("errors");
        assertThat(fields.findValuesAsString("field")).containsExactly("content", "lecturers", "organisation", "usefulness");
        assertThat(bad.body()).contains("Chọn một điểm nguyên từ 1 đến 10 (đã nhập \\\"tốt\\\")").contains("Chưa nhập");
        assertThat(TestHttp.as(port, name).post("/api/me/feedback/" + e, "").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from class_feedback where enrollment_id = :e").param("e", e).query(Long.class).single()).isZero();
        assertThat(TestHttp.as(port, name).post("/api/me/feedback/" + e, answer(10, 10, 10, 10, null)).statusCode())
                .as("while the class runs").isEqualTo(201);
    }

    @Test
    void theWindowClosesSixtyDaysAfterTheClassEndsAndOpensWhenItStarts() {
        List<Long> people = freePeople(jdbc, commune(jdbc, 2), 4);
        List<String> names = accounts(users, jdbc, "hv.fb.window", people);
        long lastDay = classWith(province(), "Lớp hết hạn hôm nay", TODAY.minusDays(65), TODAY.minusDays(60), null, people.subList(0, 1));
        long closed = classWith(province(), "Lớp đã hết hạn góp ý", TODAY.minusDays(66), TODAY.minusDays(61), null, people.subList(1, 2));
        long future = classWith(province(), "Lớp chưa khai giảng", TODAY.plusDays(5), TODAY.plusDays(8), null, people.subList(2, 3));
        long notStarted = classWith(province(), "Lớp chưa điểm danh", TODAY.minusDays(2), TODAY.plusDays(8), null, people.subList(3, 4));
        start(province(), lastDay);
        start(province(), closed);

        assertThat(TestHttp.as(port, names.get(0)).post("/api/me/feedback/" + enrollment(jdbc, lastDay, people.get(0)),
                answer(6, 6, 6, 6, null)).statusCode()).as("the 60th day").isEqualTo(201);
        HttpResponse<String> late = TestHttp.as(port, names.get(1)).post("/api/me/feedback/" + enrollment(jdbc, closed, people.get(1)),
                answer(6, 6, 6, 6, null));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("Đã hết hạn góp ý").contains(vn.boiduong.shared.Dates.format(TODAY.minusDays(1)));
        HttpResponse<String> early = TestHttp.as(port, names.get(2)).post("/api/me/feedback/" + enrollment(jdbc, future, people.get(2)),
                answer(6, 6, 6, 6, null));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("Lớp chưa bắt đầu").contains("Chỉ học viên đang học");
        HttpResponse<String> approvedOnly = TestHttp.as(port, names.get(3)).post("/api/me/feedback/"
                + enrollment(jdbc, notStarted, people.get(3)), answer(6, 6, 6, 6, null));
        assertThat(approvedOnly.statusCode()).isEqualTo(400);
        assertThat(approvedOnly.body()).contains("Chỉ học viên đang học").doesNotContain("chưa bắt đầu");
        assertThat(TestHttp.json(TestHttp.as(port, names.get(1)).get("/api/me/feedback")).get(0).get("open").asBoolean()).isFalse();
    }
}
