package vn.boiduong.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;

/** Notices without SMTP: stored per user, deduplicated, e-mails kept in the outbox for the scope's administrators. */
@IntegrationTest
class NotificationsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void aDedupeKeyGivesOneNoticePerUser() {
        long user = userId("canbo.phulien");
        String key = "test-dedupe:" + UUID.randomUUID();
        assertThat(notifications.notifyUser(user, "Nhắc báo cáo kết quả học tập", "Lớp QLNN", "/me/training", key)).isTrue();
        assertThat(notifications.notifyUser(user, "Nhắc báo cáo kết quả học tập", "Lớp QLNN", "/me/training", key)).isFalse();
        assertThat(jdbc.sql("select count(*) from notification where user_id = :u and dedupe_key = :k")
                .param("u", user).param("k", key).query(Long.class).single()).isEqualTo(1);
    }
}
