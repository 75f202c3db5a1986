package vn.boiduong.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through a real SMTP server (GreenMail). The only test class with {@code spring.mail.host} set, so it runs
 * its own application context, on its own embedded database, without the demo province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "boiduong.embedded-db.dir=target/test-pg-mail", "boiduong.demo.enabled=false"})
@ActiveProfiles("test")
class MailDeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired
    Notifications notifications;
    @Autowired
    Mailer mailer;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mailer.deliverPending();  // nothing left over from another test
        smtp.purgeEmailFromAllMailboxes();
    }

    private long newUser(String email) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, email, role, org_unit_id)
                        select :u, 'x', 'Nguyễn Thị Ánh', :e, 'STAFF', id from org_unit where code = '11446' returning id""")
                .param("u", "mail." + UUID.randomUUID().toString().substring(0, 8)).param("e", email)
                .query(Long.class).single();
    }

    private String status(String key) {
        return jdbc.sql("select email_status || ':' || email_attempts from notification where dedupe_key = :k")
                .param("k", key).query(String.class).single();
    }

    @Test
    void aNoticeReachesTheMailboxWithItsVietnameseSubjectAndBody() throws Exception {
        long user = newUser("anh.nguyen@phulien.example.vn");
        String key = "mail:" + UUID.randomUUID();
        String subject = "Nhắc việc: đánh giá hiệu quả sau bồi dưỡng — Trường Chính trị Tô Hiệu";
        String body = "Kính gửi đồng chí Nguyễn Thị Ánh,\nđề nghị đồng chí cập nhật kết quả lớp “Kỹ năng số” trước ngày 10/12.";
        assertThat(notifications.notifyUser(user, subject, body, "/me/training", key)).isTrue();
        assertThat(status(key)).isEqualTo("PENDING:0");

        Mailer.Run run = mailer.deliverPending();
        assertThat(run.sent()).isEqualTo(1);
        assertThat(status(key)).isEqualTo("SENT:1");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("anh.nguyen@phulien.example.vn");
        assertThat(received.getFrom()[0].toString()).isEqualTo("boiduong@localhost");
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) received.getContent()).contains(body.replace("\n", "\r\n"), "xin đừng trả lời thư này");

        assertThat(mailer.deliverPending().sent()).isZero();  // sent once only
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whenTheServerRefusesTheEmailFailsAfterFiveAttemptsWithItsError() {
        long user = newUser("anh.nguyen@phulien.example.vn");
        String key = "refused:" + UUID.randomUUID();
        notifications.notifyUser(user, "Lịch học tuần sau", "Thứ Hai, 08:00", null, key);
        smtp.stop();  // the port is closed: every connection is refused
        try {
            for (int attempt = 1; attempt < Mailer.MAX_ATTEMPTS; attempt++) {
                assertThat(mailer.deliverPending().retrying()).isEqualTo(1);
                assertThat(status(key)).isEqualTo("PENDING:" + attempt);
            }
            assertThat(mailer.deliverPending().failed()).isEqualTo(1);
            assertThat(status(key)).isEqualTo("FAILED:5");
            assertThat(jdbc.sql("select email_error from notification where dedupe_key = :k").param("k", key)
                    .query(String.class).single()).contains("Couldn't connect", String.valueOf(SMTP_PORT));
            assertThat(mailer.deliverPending().failed()).isZero();  // given up: not tried again
            assertThat(status(key)).isEqualTo("FAILED:5");
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    @Test
    void anAddressThatCannotBeParsedFailsAtOnceAndTheOthersStillGo() {
        long bad = newUser("khong phai dia chi@@");
        long good = newUser("tran.van.binh@viethoa.example.vn");
        String badKey = "bad:" + UUID.randomUUID();
        String goodKey = "good:" + UUID.randomUUID();
        notifications.notifyUser(bad, "Thư không gửi được", null, null, badKey);
        notifications.notifyUser(good, "Thư gửi được", null, null, goodKey);
        Mailer.Run run = mailer.deliverPending();
        assertThat(run.sent()).isEqualTo(1);
        assertThat(status(badKey)).isEqualTo("FAILED:1");
        assertThat(status(goodKey)).isEqualTo("SENT:1");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
