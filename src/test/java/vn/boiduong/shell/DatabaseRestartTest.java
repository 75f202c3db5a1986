package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.boiduong.BoiDuongApplication;
import vn.boiduong.TestHttp;

/**
 * PostgreSQL stops for a while under a running node (a restart, a fail-over): the node keeps running, answers 503 with
 * a readable page (problem JSON for the API) and a failing readiness probe meanwhile, and serves again once the database
 * is back, without being restarted; nothing committed before is lost.
 */
class DatabaseRestartTest {

    private static final String PASSWORD = "Kh0ng-Doan-Duoc!2026";

    @Test
    void theNodeAnswers503WhileTheDatabaseIsDownAndRecoversWithoutRestart() throws Exception {
        Path dir = Files.createTempDirectory("restart-pg");
        int pgPort = freePort();
        EmbeddedPostgres pg = start(dir, pgPort); // kept on close: the restart finds its data again
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database restartdb");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BoiDuongApplication.class).run(
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "restartdb"), "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=2000", "--boiduong.demo.enabled=false",
                "--boiduong.security.bcrypt-cost=4", "--boiduong.mfa.enforce=false", "--db-scheduler.enabled=false", "--logging.level.root=WARN")) {
            Environment env = app.getEnvironment();
            int port = Integer.parseInt(env.getProperty("local.server.port"));
            int management = Integer.parseInt(env.getProperty("local.management.port"));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("insert into app_user (username, password_hash, full_name, role, org_unit_id) "
                            + "select 'restart.admin', :hash, 'Quản trị thử', 'MINISTRY_ADMIN', id from org_unit where level = 0")
                    .param("hash", new BCryptPasswordEncoder(4).encode(PASSWORD)).update();
            long communes = jdbc.sql("select count(*) from org_unit").query(Long.class).single();

            TestHttp api = TestHttp.as(port, "restart.admin", PASSWORD);
            TestHttp browser = TestHttp.browser(port);
            browser.login("restart.admin", PASSWORD);
            assertThat(api.get("/api/people?q=nguyen").statusCode()).isEqualTo(200);
            assertThat(browser.get("/people").statusCode()).isEqualTo(200);
            assertThat(probe(management, "/actuator/health/readiness")).isEqualTo(200);

            pg.close(); // the database goes away under the running node
            HttpResponse<String> apiDown = api.get("/api/people?q=nguyen");
            assertThat(apiDown.statusCode()).isEqualTo(503);
            assertThat(apiDown.headers().firstValue("Retry-After")).isPresent();
            assertThat(apiDown.body()).contains("\"status\":503").doesNotContain("Exception");
            HttpResponse<String> pageDown = browser.get("/people");
            assertThat(pageDown.statusCode()).isEqualTo(503);
            assertThat(pageDown.body()).contains("Hệ thống tạm ngừng phục vụ").doesNotContain("Exception").doesNotContain("at org.");
            HttpResponse<String> signInDown = TestHttp.browser(port).postForm("/login", "/login",
                    java.util.Map.of("username", "restart.admin", "password", PASSWORD));
            assertThat(signInDown.statusCode()).isEqualTo(503);
            assertThat(probe(management, "/actuator/health/readiness")).isEqualTo(503);
            assertThat(probe(management, "/actuator/health/liveness")).isEqualTo(200); // alive: do not kill the node

            pg = start(dir, pgPort); // back on the same address with the same data
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && (status = api.get("/api/people?q=nguyen").statusCode()) != 200) {
                Thread.sleep(500);
            }
            assertThat(status).isEqualTo(200);
            assertThat(browser.get("/people").statusCode()).isEqualTo(200);
            assertThat(probe(management, "/actuator/health/readiness")).isEqualTo(200);
            assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(communes);
        } finally {
            pg.close();
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static EmbeddedPostgres start(Path dir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start();
    }

    private static int probe(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
