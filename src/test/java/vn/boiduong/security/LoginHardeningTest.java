package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Issue 13 findings 5 and 6: throttling of HTTP Basic, one answer for every failed sign-in, CSRF, password policy. */
@IntegrationTest
class LoginHardeningTest {

    private static final String PASSWORD = "mot-cau-mat-khau-dai";
    private static final String XFF = "X-Forwarded-For";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecondFactor secondFactor;

    @AfterEach
    void theTestClientsOwnAddressIsNeverLeftBlocked() {
        throttle.forget("127.0.0.1");
        throttle.forget("127.0.0.2");
    }

    private String newStaffUser(String username) {
        long unit = TestHttp.json(TestHttp.as(port, "vhxh.phulien").get("/api/me")).get("orgUnitId").asLong();
        HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/users", """
                {"username": "%s", "password": "%s", "fullName": "Nguyễn Thị Thử", "role": "STAFF", "orgUnitId": %d}"""
                .formatted(username, PASSWORD, unit));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return username;
    }

    @Test
    void fortyBasicFailuresLockTheAccountAndTheCorrectPasswordIsRefusedForTheLockTime() {
        String user = newStaffUser("khoa.basic.bon.muoi");
        AuthHttp http = new AuthHttp(port);
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = http.get("/api/me", "Authorization", AuthHttp.basic(user, "sai-mat-khau-" + i), XFF, "203.0.113.40");
            assertThat(r.statusCode()).isIn(401, 429);
        }
        Instant lockedUntil = jdbc.sql("select locked_until from app_user where username = :u").param("u", user)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(16));
        // from another client address: the account itself is locked
        assertThat(http.get("/api/me", "Authorization", AuthHttp.basic(user, PASSWORD), XFF, "203.0.113.41").statusCode()).isEqualTo(401);
        assertThat(new AuthHttp(port).login(user, PASSWORD, XFF, "203.0.113.42")).endsWith("/login?error");
    }

    @Test
    void forwardedClientAddressesBehindTheTrustedProxyAreThrottledSeparately() {
        AuthHttp http = new AuthHttp(port);
        for (int i = 0; i < 30; i++) {
            http.get("/api/me", "Authorization", AuthHttp.basic("khong.co.ai." + i, "sai-mat-khau-" + i), XFF, "198.51.100.7");
        }
        HttpResponse<String> blocked = http.get("/api/me", "Authorization", AuthHttp.basic("vhxh.phulien", TestHttp.DEMO_PASSWORD),
                XFF, "198.51.100.7");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).contains("900");
        assertThat(http.get("/api/me", "Authorization", AuthHttp.basic("vhxh.phulien", TestHttp.DEMO_PASSWORD),
                XFF, "198.51.100.8").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/me", "Authorization", AuthHttp.basic("vhxh.phulien", TestHttp.DEMO_PASSWORD)).statusCode())
                .as("the proxy's own address is not blocked").isEqualTo(200);
        // the form counts against the same address
        assertThat(new AuthHttp(port).login("vhxh.phulien", TestHttp.DEMO_PASSWORD, XFF, "198.51.100.7"))
                .endsWith("/login?error=throttled");
    }

    @Test
    void aForgedForwardedHeaderFromAnUntrustedPeerIsIgnored() throws Exception {
        String basicWrong = AuthHttp.basic("khong.co.ai", "sai-mat-khau-gia");
        for (int i = 0; i < 30; i++) {
            assertThat(AuthHttp.getFrom("127.0.0.2", port, "/api/me", "Authorization", basicWrong, XFF, "192.0.2." + i)).isEqualTo(401);
        }
        String basicRight = AuthHttp.basic("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        assertThat(AuthHttp.getFrom("127.0.0.2", port, "/api/me", "Authorization", basicRight, XFF, "192.0.2.200"))
                .as("the untrusted peer itself is blocked, whatever address it claims").isEqualTo(429);
        assertThat(new AuthHttp(port).get("/api/me", "Authorization", basicRight, XFF, "192.0.2.1").statusCode())
                .as("the claimed addresses were never counted").isEqualTo(200);
    }

    @Test
    void lockedAndUnknownAccountsGetTheSameAnswer() {
        String user = newStaffUser("khoa.giong.nhau");
        AuthHttp browser = new AuthHttp(port);
        for (int i = 0; i < 5; i++) {
            browser.login(user, "sai-mat-khau-" + i, XFF, "203.0.113.60");
        }
        String locked = browser.login(user, PASSWORD, XFF, "203.0.113.60");
        String unknown = browser.login("khong.ton.tai.dau", PASSWORD, XFF, "203.0.113.60");
        String wrong = browser.login("vhxh.viethoa", "sai-mat-khau-thoi", XFF, "203.0.113.60");
        assertThat(locked).endsWith("/login?error").isEqualTo(unknown).isEqualTo(wrong);
        assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa")
                .doesNotContain("error=locked");
    }

    @Test
    void aBogusAuthorizationHeaderBesideASessionNeitherSkipsCsrfNorAuthenticates() {
        String user = newStaffUser("csrf.gia.mao");
        AuthHttp browser = new AuthHttp(port);
        assertThat(browser.login(user, PASSWORD)).endsWith("/");
        Map<String, String> change = Map.of("currentPassword", PASSWORD, "newPassword", "mat-khau-bi-doi-2026",
                "confirmPassword", "mat-khau-bi-doi-2026");
        assertThat(browser.postForm("/account/password", null, change, "Authorization", "Bearer gia-mao").statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/account/password", null, change, "Authorization", "Basic Z2lhOm1hbw==").statusCode()).isEqualTo(401);
        assertThat(browser.postForm("/account/password", null, change, "Authorization", "Basic !!!").statusCode()).isEqualTo(401);
        assertThat(TestHttp.as(port, user, PASSWORD).get("/api/me").statusCode()).as("nothing changed").isEqualTo(200);
        assertThat(browser.get("/account/password").statusCode()).as("the session itself still works").isEqualTo(200);
    }

    @Test
    void weakPasswordsAreRefusedWithTheirReasonAndTheDemoPasswordIsAccepted() {
        long unit = TestHttp.json(TestHttp.as(port, "vhxh.phulien").get("/api/me")).get("orgUnitId").asLong();
        Map<String, String> cases = Map.of("123456789012", "dãy liên tiếp", "aaaaaaaaaaaa", "lặp lại",
                "            ", "lặp lại", "Password@2026", "quá phổ biến", "Mk.yeu.Mk.yeu.2026", "tên đăng nhập");
        cases.forEach((password, reason) -> {
            HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/users", """
                    {"username": "mk.yeu", "password": "%s", "fullName": "Lê Văn Yếu", "role": "STAFF", "orgUnitId": %d}"""
                    .formatted(password, unit));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(TestHttp.json(r).get("errors").get(0).get("field").asString()).isEqualTo("password");
            assertThat(TestHttp.json(r).get("errors").get(0).get("message").asString()).contains(reason);
        });
        HttpResponse<String> ok = TestHttp.as(port, "vhxh.phulien").post("/api/users", """
                {"username": "mk.demo.hop.le", "password": "BoiDuong@2026", "fullName": "Lê Văn Đạt", "role": "STAFF", "orgUnitId": %d}"""
                .formatted(unit));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void officersWhoNeedASecondFactorSeeAReminderWhileItIsNotEnforced() {
        AuthHttp browser = new AuthHttp(port);
        browser.login("vhxh.viethoa", TestHttp.DEMO_PASSWORD, XFF, "203.0.113.70");
        assertThat(browser.get("/").body()).contains("id=\"mfa-reminder\"", "/account/mfa");
        HttpResponse<String> status = TestHttp.as(port, "canbo.phulien").get("/api/account/mfa");
        assertThat(TestHttp.json(status).get("required").asBoolean()).isFalse();
        assertThat(TestHttp.json(status).get("enforced").asBoolean()).isFalse();
    }

    @Test
    void staffMayTurnTheSecondFactorOnAndOffAndBasicThenNeedsXOtp() {
        String user = newStaffUser("tu.chon.hai.lop");
        long id = TestHttp.json(TestHttp.as(port, user, PASSWORD).get("/api/me")).get("id").asLong();
        Instant[] now = {Instant.now()};
        try {
            TestHttp api = TestHttp.as(port, user, PASSWORD);
            byte[] secret = TotpCodes.fromBase32(TestHttp.json(api.post("/api/account/mfa/enrolment", "{}")).get("secret").asString());
            Supplier<String> next = () -> {
                now[0] = now[0].plusSeconds(30);
                secondFactor.useClock(Clock.fixed(now[0], ZoneOffset.UTC));
                return TotpCodes.code(secret, TotpCodes.step(now[0]));
            };
            assertThat(api.post("/api/account/mfa/enrolment/confirm", "{\"code\": \"" + next.get() + "\"}").statusCode()).isEqualTo(200);
            AuthHttp http = new AuthHttp(port);
            String basic = AuthHttp.basic(user, PASSWORD);
            assertThat(http.get("/api/me", "Authorization", basic).statusCode()).isEqualTo(401);
            assertThat(http.get("/api/me", "Authorization", basic, "X-OTP", next.get()).statusCode()).isEqualTo(200);
            assertThat(new AuthHttp(port).login(user, PASSWORD, XFF, "203.0.113.80")).as("the form asks for the code").endsWith("/login/otp");
            String header = next.get();
            String body = "{\"code\": \"" + next.get() + "\"}";
            assertThat(http.postJson("/api/account/mfa/disable", body, "Authorization", basic, "X-OTP", header).statusCode()).isEqualTo(204);
            assertThat(http.get("/api/me", "Authorization", basic).statusCode()).isEqualTo(200);
            assertThat(jdbc.sql("select action from audit_event where entity = 'user' and entity_id = :id order by id")
                    .param("id", String.valueOf(id)).query(String.class).list()).contains("MFA_ENROL", "MFA_DISABLE");
        } finally {
            secondFactor.useClock(Clock.systemUTC());
        }
    }
}
