package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

@IntegrationTest
class LoginSecurityTest {

    @LocalServerPort
    int port;

    private String newStaffUser(String username) {
        HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/users", """
                {"username": "%s", "password": "mot-cau-mat-khau-dai", "fullName": "Nguyễn Thị Thử",
                 "role": "STAFF", "orgUnitId": %d}""".formatted(username, orgUnitOf("vhxh.phulien")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return username;
    }

    private long orgUnitOf(String username) {
        return TestHttp.json(TestHttp.as(port, username).get("/api/me")).get("orgUnitId").asLong();
    }

    @Test
    void formLoginNeedsTheCsrfTokenAndLandsOnTheHomePage() {
        TestHttp browser = TestHttp.browser(port);
        assertThat(browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD)).endsWith("/");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Công tác bồi dưỡng của xã, phường", "Phường Phù Liễn");

        TestHttp forger = TestHttp.browser(port);
        forger.get("/login");
        HttpResponse<String> noToken = forger.postForm("/login", "/css/app.css",
                Map.of("username", "vhxh.phulien", "password", TestHttp.DEMO_PASSWORD));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(forger.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordsLockTheAccount() {
        String user = newStaffUser("thu.khoa.tai.khoan");
        TestHttp browser = TestHttp.browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.login(user, "sai-mat-khau-roi-" + i)).endsWith("/login?error");
        }
        assertThat(browser.login(user, "mot-cau-mat-khau-dai")).endsWith("/login?error");
        assertThat(TestHttp.as(port, user, "mot-cau-mat-khau-dai").get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> page = browser.get("/login?error");
        assertThat(page.body()).contains("hoặc tài khoản đang tạm khóa");
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/users", """
                {"username": "mat.khau.ngan", "password": "ngan-qua-11", "fullName": "Lê Văn Ngắn",
                 "role": "STAFF", "orgUnitId": %d}""".formatted(orgUnitOf("vhxh.phulien")));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = TestHttp.json(r).get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("password");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
    }

    @Test
    void nobodyGrantsARoleAsHighAsTheirOwn() {
        HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/users", """
                {"username": "tu.phong.cap", "password": "mot-cau-mat-khau-dai", "fullName": "Lê Văn Cấp",
                 "role": "COMMUNE_OFFICER", "orgUnitId": %d}""".formatted(orgUnitOf("vhxh.phulien")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("vai trò thấp hơn");
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsHttpOnly() {
        HttpResponse<String> login = TestHttp.browser(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID", "HttpOnly"));
    }

    @Test
    void logoutEndsTheSessionAndHtmxIsSentToTheLoginPage() {
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        assertThat(browser.get("/people").statusCode()).isEqualTo(200);
        browser.postForm("/logout", "/account/password", Map.of());
        assertThat(browser.get("/people").statusCode()).isEqualTo(302);
    }

    @Test
    void changingOwnPasswordChecksTheCurrentOne() {
        String user = newStaffUser("doi.mat.khau");
        TestHttp browser = TestHttp.browser(port);
        browser.login(user, "mot-cau-mat-khau-dai");
        HttpResponse<String> wrong = browser.postForm("/account/password", "/account/password",
                Map.of("currentPassword", "khong-dung-dau", "newPassword", "mat-khau-moi-2026", "confirmPassword", "mat-khau-moi-2026"));
        assertThat(wrong.body()).contains("Mật khẩu hiện tại không đúng");
        HttpResponse<String> ok = browser.postForm("/account/password", "/account/password",
                Map.of("currentPassword", "mot-cau-mat-khau-dai", "newPassword", "mat-khau-moi-2026", "confirmPassword", "mat-khau-moi-2026"));
        assertThat(ok.body()).contains("Đã lưu");
        assertThat(TestHttp.as(port, user, "mat-khau-moi-2026").get("/api/me").statusCode()).isEqualTo(200);
    }
}
