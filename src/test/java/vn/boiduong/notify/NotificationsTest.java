package vn.boiduong.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.Problems;

/**
 * Notices in the test application, which has no SMTP server: stored per user, deduplicated, private to their
 * recipient, and their e-mails kept in the outbox for the administrators of the recipient's scope.
 */
@IntegrationTest
class NotificationsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    Mailer mailer;

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** A fresh staff account (password as the demo accounts) in the unit with this code. */
    private String newUser(String unitCode, String email) {
        String username = "tb." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, email, role, org_unit_id)
                        select :u, (select password_hash from app_user where username = 'canbo.phulien'), 'Lê Thị Nhận',
                               :e, 'STAFF', id from org_unit where code = :c""")
                .param("u", username).param("e", email).param("c", unitCode).update();
        return username;
    }

    private String status(String username, String key) {
        return jdbc.sql("select email_status from notification where user_id = :u and dedupe_key = :k")
                .param("u", userId(username)).param("k", key).query(String.class).single();
    }

    private static List<String> subjects(JsonNode page) {
        return page.get("items").findValues("subject").stream().map(JsonNode::asString).toList();
    }

    @Test
    void aDedupeKeyGivesOneNoticePerUser() {
        long user = userId("canbo.phulien");
        String key = "test-dedupe:" + UUID.randomUUID();
        assertThat(notifications.notifyUser(user, "Nhắc báo cáo kết quả học tập", "Lớp QLNN", "/me/training", key)).isTrue();
        assertThat(notifications.notifyUser(user, "Nhắc lần hai", "Lớp QLNN", "/me/training", key)).isFalse();
        assertThat(jdbc.sql("select subject from notification where user_id = :u and dedupe_key = :k")
                .param("u", user).param("k", key).query(String.class).list()).containsExactly("Nhắc báo cáo kết quả học tập");
        // the same key for another user is another notice; no key never deduplicates
        assertThat(notifications.notifyUser(userId("truongphong.phulien"), "Nhắc báo cáo kết quả học tập", null, null, key)).isTrue();
        assertThat(notifications.notifyUser(user, "Không khóa", null, null, null)).isTrue();
        assertThat(notifications.notifyUser(user, "Không khóa", null, null, null)).isTrue();
    }

    @Test
    void aPersonIsNotifiedThroughTheAccountLinkedToTheFile() {
        long personId = jdbc.sql("select person_id from app_user where username = 'canbo.phulien'").query(Long.class).single();
        String key = "test-person:" + UUID.randomUUID();
        assertThat(notifications.notifyPerson(personId, "Đánh giá hiệu quả sau bồi dưỡng", null, null, key)).isTrue();
        assertThat(status("canbo.phulien", key)).isEqualTo("NONE");  // the demo account has no e-mail address
        long withoutAccount = jdbc.sql("select min(p.id) from person p where not exists "
                + "(select 1 from app_user u where u.person_id = p.id)").query(Long.class).single();
        assertThat(notifications.notifyPerson(withoutAccount, "Không ai nhận", null, null, key)).isFalse();
    }

    @Test
    void badInputNamesTheField() {
        long user = userId("canbo.phulien");
        assertThatThrownBy(() -> notifications.notifyUser(user, "Tiêu đề", null, "https://lua-dao.example/", null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(Problems.FieldProblem::field).containsExactly("noticeLink"));
        assertThatThrownBy(() -> notifications.notifyUser(user, "  ", null, "//lua-dao.example/", null))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field).containsExactly("noticeSubject", "noticeLink"));
        for (String offSite : List.of("/\\lua-dao.example", "/ lua-dao", "javascript:alert(1)")) {
            assertThatThrownBy(() -> notifications.notifyUser(user, "Tiêu đề", null, offSite, null)).as(offSite)
                    .isInstanceOf(Problems.InvalidInput.class);
        }
        assertThat(notifications.notifyUser(user, "Đường dẫn hợp lệ", null, "/classes/12?tab=results", null)).isTrue();
        // the table refuses off-site links too, whoever writes it
        assertThatThrownBy(() -> jdbc.sql("insert into notification (user_id, subject, link) values (:u, 'x', '/\\lua-dao.example')")
                .param("u", user).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> notifications.notifyUser(Long.MAX_VALUE, "Tiêu đề", null, null, null))
                .isInstanceOf(Problems.NotFound.class);
    }

    @Test
    void withoutSmtpTheEmailWaitsInTheOutboxOfTheAdministratorsOfTheRecipientsScope() {
        String recipient = newUser("11446-VHXH", "le.thi.nhan@phulien.example.vn");
        String key = "test-outbox:" + UUID.randomUUID();
        String subject = "Nhắc việc: nộp báo cáo kết quả bồi dưỡng trước ngày 10/12 " + key;
        assertThat(notifications.notifyUser(userId(recipient), subject, "Đồng chí vui lòng cập nhật chứng chỉ.", "/me/training", key)).isTrue();
        assertThat(status(recipient, key)).isEqualTo("PENDING");

        assertThat(mailer.deliverPending().outboxed()).isPositive();
        assertThat(status(recipient, key)).isEqualTo("OUTBOX");

        JsonNode own = TestHttp.json(TestHttp.as(port, "vhxh.phulien").get("/api/notifications/outbox?size=100"));
        assertThat(subjects(own)).contains(subject);
        JsonNode mail = own.get("items").findParents("subject").stream()
                .filter(m -> m.get("subject").asString().equals(subject)).findFirst().orElseThrow();
        assertThat(mail.get("emailTo").asString()).isEqualTo("le.thi.nhan@phulien.example.vn");
        assertThat(mail.get("status").asString()).isEqualTo("OUTBOX");
        assertThat(subjects(TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/notifications/outbox?size=100"))))
                .contains(subject);
        // a commune officer of another commune does not see it; staff have no outbox at all
        assertThat(subjects(TestHttp.json(TestHttp.as(port, "vhxh.viethoa").get("/api/notifications/outbox?size=100"))))
                .doesNotContain(subject);
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/notifications/outbox").statusCode()).isEqualTo(403);

        TestHttp page = TestHttp.browser(port);
        page.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String html = page.get("/notifications/outbox").body();
        assertThat(html).contains(subject, "le.thi.nhan@phulien.example.vn", "Chưa gửi (chưa cấu hình máy chủ thư)");
    }

    @Test
    void aUserNeverSeesOrMarksAnotherUsersNotices() {
        String mine = "Thông báo riêng " + UUID.randomUUID();
        String theirs = "Thông báo của trưởng phòng " + UUID.randomUUID();
        notifications.notifyUser(userId("canbo.phulien"), mine, null, null, null);
        notifications.notifyUser(userId("truongphong.phulien"), theirs, null, null, null);
        long theirId = jdbc.sql("select id from notification where subject = :s").param("s", theirs).query(Long.class).single();
        long myId = jdbc.sql("select id from notification where subject = :s").param("s", mine).query(Long.class).single();

        TestHttp staff = TestHttp.as(port, "canbo.phulien");
        List<String> seen = subjects(TestHttp.json(staff.get("/api/notifications?size=100")));
        assertThat(seen).contains(mine).doesNotContain(theirs);
        assertThat(staff.post("/api/notifications/" + theirId + "/read", "{}").statusCode()).isEqualTo(404);
        assertThat(staff.post("/api/notifications/read-all", "{}").statusCode()).isEqualTo(200);
        assertThat(isRead(theirId)).isFalse();
        assertThat(isRead(myId)).isTrue();

        TestHttp head = TestHttp.as(port, "truongphong.phulien");
        HttpResponse<String> read = head.post("/api/notifications/" + theirId + "/read", "{}");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(TestHttp.json(read).get("readAt").isNull()).isFalse();
        assertThat(head.post("/api/notifications/" + myId + "/read", "{}").statusCode()).isEqualTo(404);
        assertThat(head.post("/api/notifications/99999999/read", "{}").statusCode()).isEqualTo(404);
    }

    private boolean isRead(long id) {
        return jdbc.sql("select read_at is not null from notification where id = :id").param("id", id).query(Boolean.class).single();
    }

    @Test
    void theMenuBadgeCountsUnreadNoticesUntilTheyAreRead() {
        String user = newUser("11446-VHXH", null);
        TestHttp browser = TestHttp.browser(port);
        browser.login(user, TestHttp.DEMO_PASSWORD);
        String empty = browser.get("/notifications/badge").body();
        assertThat(empty).contains("Thông báo").doesNotContain("notification-count");

        for (int i = 1; i <= 3; i++) {
            notifications.notifyUser(userId(user), "Lịch học lớp kỹ năng số " + i, "Buổi " + i, "/notifications", "lich:" + i);
        }
        assertThat(browser.get("/notifications/badge").body()).contains("Thông báo", "id=\"notification-count\"", ">3<");
        String list = browser.get("/notifications").body();
        assertThat(list).contains("Lịch học lớp kỹ năng số 3", "3 thông báo, 3 chưa đọc");
        assertThat(list.indexOf("số 3")).isLessThan(list.indexOf("số 1"));  // newest first

        long first = jdbc.sql("select id from notification where user_id = :u and dedupe_key = 'lich:1'")
                .param("u", userId(user)).query(Long.class).single();
        HttpResponse<String> opened = browser.postForm("/notifications/" + first + "/open", "/notifications", java.util.Map.of());
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/notifications");
        assertThat(browser.get("/notifications/badge").body()).contains(">2<");

        JsonNode page = TestHttp.json(TestHttp.as(port, user).get("/api/notifications?page=1&size=2"));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("unread").asLong()).isEqualTo(2);
        assertThat(subjects(page)).containsExactly("Lịch học lớp kỹ năng số 1");

        browser.postForm("/notifications/read-all", "/notifications", java.util.Map.of());
        assertThat(browser.get("/notifications/badge").body()).contains("Thông báo").doesNotContain("notification-count");
    }

    @Test
    void theMailerIsRegisteredWithTheScheduler() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'notification-mailer'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
