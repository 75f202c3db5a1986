package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.evaluation.FeedbackFixtures.*;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.UserAdministration;

/** The pages in a signed-in browser session: the trainee's form with its problems, then the readers' results. */
@IntegrationTest
class FeedbackPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;

    @Test
    void aTraineeAnswersOnTheirPhoneFormAndTheProvinceReadsItUnsigned() {
        List<Long> people = freePeople(jdbc, commune(jdbc, 5), 1);
        String name = accounts(users, jdbc, "hv.fb.page", people).get(0);
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        long c = classWith(province, "Lớp góp ý trên trang", TODAY.minusDays(6), TODAY.minusDays(1), demoProvider(jdbc), people);
        start(province, c);
        long e = enrollment(jdbc, c, people.get(0));

        TestHttp browser = TestHttp.browser(port);
        browser.login(name, TestHttp.DEMO_PASSWORD);
        String page = browser.get("/me/feedback").body();
        assertThat(page).contains("Lớp góp ý trên trang").contains("id=\"feedback-" + e + "\"").contains("name=\"usefulness\"")
                .contains("không kèm tên người viết").contains("Hạn góp ý: " + vn.boiduong.shared.Dates.format(TODAY.plusDays(59)));
        assertThat(browser.get("/evaluations").body()).contains("href=\"/me/feedback\"");

        HttpResponse<String> bad = browser.postForm("/me/feedback/" + e, "/me/feedback",
                Map.of("content", "9", "lecturers", "", "organisation", "12", "usefulness", "8", "comment", "Lớp rất tốt"));
        assertThat(bad.statusCode()).isEqualTo(302);
        String shown = browser.get("/me/feedback").body();
        assertThat(shown).contains("Giảng viên").contains("Chưa nhập").contains("Công tác tổ chức lớp")
                .contains("Chọn một điểm nguyên từ 1 đến 10 (đã nhập &quot;12&quot;)").contains(">Lớp rất tốt</textarea>");
        HttpResponse<String> ok = browser.postForm("/me/feedback/" + e, "/me/feedback",
                Map.of("content", "9", "lecturers", "8", "organisation", "6", "usefulness", "8", "comment", "Lớp rất tốt"));
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/me/feedback");
        assertThat(browser.get("/me/feedback").body()).contains("Đã gửi ý kiến ngày").doesNotContain("id=\"content-" + e + "\"");

        TestHttp officer = TestHttp.browser(port);
        officer.login("sonoivu.haiphong", TestHttp.DEMO_PASSWORD);
        String list = officer.get("/evaluations/feedback").body();
        assertThat(list).contains("Lớp góp ý trên trang").contains("Trường Chính trị thành phố Hải Phòng").contains("feedback-class-" + c);
        String detail = officer.get("/evaluations/feedback/classes/" + c).body();
        assertThat(detail).contains("Lớp rất tốt").contains("không kèm tên").contains("1 / 1 học viên đã góp ý (100%)")
                .contains("Khá").doesNotContain(jdbc.sql("select full_name from person where id = :p").param("p", people.get(0))
                        .query(String.class).single());
        assertThat(TestHttp.browser(port).get("/me/feedback").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void anAccountWithoutAPersonHasNoFeedbackPage() {
        assertThat(TestHttp.as(port, "sonoivu.haiphong").get("/me/feedback").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "sonoivu.haiphong").post("/api/me/feedback/1", answer(5, 5, 5, 5, null)).statusCode()).isEqualTo(403);
    }
}
