package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * The second factor where it is enforced (production), in its own application context and database (without the demo
 * data set, whose presence would turn enforcement off in {@code auto}); the clock moves in 30-second steps.
 */
@IntegrationTest
@TestPropertySource(properties = {"boiduong.mfa.enforce=true", "boiduong.embedded-db.dir=target/test-pg-mfa",
        "boiduong.demo.enabled=false"})
class SecondFactorEnforcedTest {

    private static final String PASSWORD = "mot-cau-mat-khau-dai";
    private static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-7]{5}-[a-z2-7]{5})</li>");
    private static Instant now = Instant.now();

    @LocalServerPort
    int port;
    @Autowired
    SecondFactor secondFactor;
    @Autowired
    UserAdministration admin;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixTheClock() {
        secondFactor.useClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The code of the next 30-second step (each code is accepted once, so every use moves the clock on). */
    private String nextCode(String secret) {
        now = now.plusSeconds(30);
        secondFactor.useClock(Clock.fixed(now, ZoneOffset.UTC));
        return currentCode(secret);
    }

    private String currentCode(String secret) {
        return TotpCodes.code(TotpCodes.fromBase32(secret.replace(" ", "")), TotpCodes.step(now));
    }

    private long unit(String kind, String provinceCode) {
        return jdbc.sql("select id from org_unit where kind = :k and province_code = :p order by id limit 1")
                .param("k", kind).param("p", provinceCode).query(Long.class).single();
    }

    private long newUser(String username, Role role, long unitId) {
        return admin.createSystemUser(new UserAdministration.NewUser(username, PASSWORD, "Người Thử " + username, null, role,
                unitId, null, null));
    }

    /** Enrols by the REST API; answers the secret. */
    private String enrolByRest(String username) {
        TestHttp api = TestHttp.as(port, username, PASSWORD);
        String secret = TestHttp.json(api.post("/api/account/mfa/enrolment", "{}")).get("secret").asString();
        HttpResponse<String> confirmed = api.post("/api/account/mfa/enrolment/confirm", "{\"code\": \"" + nextCode(secret) + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(TestHttp.json(confirmed).get("recoveryCodes").size()).isEqualTo(10);
        return secret;
    }

    private List<String> actions(long userId) {
        return jdbc.sql("select action from audit_event where entity = 'user' and entity_id = :id order by id")
                .param("id", String.valueOf(userId)).query(String.class).list();
    }

    private static String otp(AuthHttp browser, String code) {
        return browser.postForm("/login/otp", "/login/otp", Map.of("code", code)).headers().firstValue("Location").orElse("");
    }

    @Test
    void anOfficerMustEnrolAtTheFormThenSignsInWithACodeUsedOnceOrARecoveryCodeUsedOnce() {
        long id = newUser("xa.mfa.web", Role.COMMUNE_OFFICER, unit("COMMUNE", "31"));
        AuthHttp browser = new AuthHttp(port);
        assertThat(browser.login("xa.mfa.web", PASSWORD)).endsWith("/account/mfa");
        assertThat(browser.get("/people").headers().firstValue("Location").orElse("")).endsWith("/account/mfa");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(403);

        browser.postForm("/account/mfa/enrolment", "/account/mfa", Map.of());
        String page = browser.get("/account/mfa").body();
        assertThat(page).contains("<svg", "otpauth://totp/");
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        browser.postForm("/account/mfa/confirm", "/account/mfa", Map.of("code", "000000"));
        assertThat(browser.get("/account/mfa").body()).contains("Mã xác thực không đúng");
        browser.postForm("/account/mfa/confirm", "/account/mfa", Map.of("code", nextCode(secret)));
        List<String> recovery = new ArrayList<>();
        Matcher codes = RECOVERY.matcher(browser.get("/account/mfa").body());
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertThat(recovery).hasSize(10);
        assertThat(browser.get("/people").statusCode()).isEqualTo(200);

        AuthHttp second = new AuthHttp(port);
        assertThat(second.login("xa.mfa.web", PASSWORD)).endsWith("/login/otp");
        assertThat(second.get("/people").headers().firstValue("Location").orElse("")).endsWith("/login/otp");
        assertThat(second.get("/api/me").statusCode()).isEqualTo(403);
        assertThat(otp(second, "123456")).as("wrong code").isEmpty();
        assertThat(otp(second, currentCode(secret))).as("the code of the enrolment, replayed").isEmpty();
        assertThat(otp(second, nextCode(secret))).endsWith("/");
        assertThat(second.get("/people").statusCode()).isEqualTo(200);

        AuthHttp third = new AuthHttp(port);
        third.login("xa.mfa.web", PASSWORD);
        assertThat(otp(third, currentCode(secret))).as("replayed").isEmpty();
        assertThat(otp(third, recovery.get(0).toUpperCase())).endsWith("/account/mfa");
        assertThat(third.get("/account/mfa").body()).contains("9 mã khôi phục");
        AuthHttp fourth = new AuthHttp(port);
        fourth.login("xa.mfa.web", PASSWORD);
        assertThat(otp(fourth, recovery.get(0))).as("a recovery code works once").isEmpty();
        assertThat(otp(fourth, recovery.get(1))).endsWith("/account/mfa");

        assertThat(actions(id)).contains("MFA_ENROL", "MFA_RECOVERY_CODE_USED");
        assertThat(jdbc.sql("select count(*) from user_recovery_code where user_id = :u and used_at is null and code_hash like '%-%'")
                .param("u", id).query(Long.class).single()).as("stored hashed").isZero();
    }

    @Test
    void basicCallsNeedTheCurrentCodeInXOtpAndAnOfficerWhoMustEnrolMayOnlyEnrol() {
        newUser("xa.mfa.api", Role.COMMUNE_OFFICER, unit("COMMUNE", "31"));
        TestHttp api = TestHttp.as(port, "xa.mfa.api", PASSWORD);
        assertThat(api.get("/api/me").statusCode()).isEqualTo(403);
        assertThat(TestHttp.json(api.get("/api/account/mfa")).get("required").asBoolean()).isTrue();
        String secret = enrolByRest("xa.mfa.api");
        AuthHttp http = new AuthHttp(port);
        String basic = AuthHttp.basic("xa.mfa.api", PASSWORD);
        HttpResponse<String> without = http.get("/api/me", "Authorization", basic);
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.body()).contains("X-OTP");
        assertThat(http.get("/api/me", "Authorization", basic, "X-OTP", "000000").statusCode()).isEqualTo(401);
        String code = nextCode(secret);
        assertThat(http.get("/api/me", "Authorization", basic, "X-OTP", code).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/me", "Authorization", basic, "X-OTP", code).statusCode()).as("replayed").isEqualTo(401);
        assertThat(TestHttp.as(port, "xa.mfa.api", PASSWORD).post("/api/account/mfa/disable", "{\"code\": \"1\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theProvinceOfficerResetsALostDeviceOfACommuneOfficerAndNobodyElseDoes() {
        long commune = unit("COMMUNE", "31");
        long officer = newUser("xa.mfa.mat", Role.COMMUNE_OFFICER, commune);
        newUser("xa.mfa.ngang", Role.COMMUNE_OFFICER, commune);
        newUser("so.mfa.haiphong", Role.PROVINCE_OFFICER, unit("PROVINCE", "31"));
        newUser("so.mfa.tinhkhac", Role.PROVINCE_OFFICER, unit("PROVINCE", "01"));
        enrolByRest("xa.mfa.mat");
        String peer = enrolByRest("xa.mfa.ngang");
        String province = enrolByRest("so.mfa.haiphong");
        String other = enrolByRest("so.mfa.tinhkhac");
        AuthHttp http = new AuthHttp(port);
        String path = "/api/users/" + officer + "/mfa/reset";
        assertThat(http.postJson(path, "{}", "Authorization", AuthHttp.basic("xa.mfa.ngang", PASSWORD), "X-OTP", nextCode(peer))
                .statusCode()).as("same rank").isEqualTo(403);
        assertThat(http.postJson(path, "{}", "Authorization", AuthHttp.basic("so.mfa.tinhkhac", PASSWORD), "X-OTP", nextCode(other))
                .statusCode()).as("another province").isEqualTo(403);
        assertThat(http.postJson(path, "{}", "Authorization", AuthHttp.basic("so.mfa.haiphong", PASSWORD), "X-OTP", nextCode(province))
                .statusCode()).isEqualTo(204);
        assertThat(TestHttp.as(port, "xa.mfa.mat", PASSWORD).get("/api/me").statusCode()).as("must enrol again").isEqualTo(403);
        assertThat(new AuthHttp(port).login("xa.mfa.mat", PASSWORD)).endsWith("/account/mfa");
        assertThat(actions(officer)).contains("MFA_ENROL", "MFA_RESET");

        // from the users page, after signing in with the code
        long again = newUser("xa.mfa.mat.lan2", Role.COMMUNE_OFFICER, commune);
        enrolByRest("xa.mfa.mat.lan2");
        AuthHttp browser = new AuthHttp(port);
        assertThat(browser.login("so.mfa.haiphong", PASSWORD)).endsWith("/login/otp");
        assertThat(otp(browser, nextCode(province))).endsWith("/");
        assertThat(browser.get("/users?unitId=" + commune).body()).contains("/users/" + again + "/mfa/reset");
        assertThat(browser.postForm("/users/" + again + "/mfa/reset", "/users?unitId=" + commune, Map.of())
                .headers().firstValue("Location").orElse("")).endsWith("/users?unitId=" + commune);
        assertThat(TestHttp.as(port, "xa.mfa.mat.lan2", PASSWORD).get("/api/me").statusCode()).isEqualTo(403);
        assertThat(actions(again)).contains("MFA_RESET");
        assertThat(jdbc.sql("select username from audit_event where action = 'MFA_RESET' and entity_id = :id")
                .param("id", String.valueOf(officer)).query(String.class).list()).containsExactly("so.mfa.haiphong");
    }

    @Test
    void guessesAtTheCodeAddUpAcrossSignInsAndLockTheAccount() {
        newUser("xa.mfa.doan", Role.COMMUNE_OFFICER, unit("COMMUNE", "31"));
        String secret = enrolByRest("xa.mfa.doan");
        for (int round = 0; round < 2; round++) {
            AuthHttp browser = new AuthHttp(port);
            assertThat(browser.login("xa.mfa.doan", PASSWORD)).endsWith("/login/otp");
            assertThat(otp(browser, "000001")).isEmpty();
            assertThat(otp(browser, "000002")).isEmpty();
        }
        AuthHttp browser = new AuthHttp(port);
        assertThat(browser.login("xa.mfa.doan", PASSWORD)).endsWith("/login/otp");
        assertThat(otp(browser, "000003")).as("the fifth wrong code locks and signs out").endsWith("/login?error");
        AuthHttp later = new AuthHttp(port);
        assertThat(later.login("xa.mfa.doan", PASSWORD)).endsWith("/login?error");
        assertThat(new AuthHttp(port).get("/api/me", "Authorization", AuthHttp.basic("xa.mfa.doan", PASSWORD),
                "X-OTP", nextCode(secret)).statusCode()).isEqualTo(401);
    }
}
