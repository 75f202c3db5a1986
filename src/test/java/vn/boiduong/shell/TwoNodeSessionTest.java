package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BoiDuongApplication;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * Two application nodes on one database (sessions in PostgreSQL): a user signed in on node A continues on node B without
 * signing in again; signing out on B ends the session on A; an account disabled on one node is signed out on both.
 */
@IntegrationTest
class TwoNodeSessionTest {

    private static final String PASSWORD = "Hai-Nut-Mot-Phien!2026";
    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSecondNode(@Autowired EmbeddedPostgres pg) {
        nodeB = new SpringApplicationBuilder(BoiDuongApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "boiduong"),
                "--spring.datasource.username=postgres", "--db-scheduler.enabled=false"); // the same settings as node A
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOtherAndEndsEverywhere() {
        int portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
        long unit = jdbc.sql("select org_unit_id from app_user where username = 'vhxh.phulien'").query(Long.class).single();
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        HttpResponse<String> created = province.post("/api/users", """
                {"username":"hainut.phulien","password":"%s","fullName":"Cán bộ hai nút","role":"COMMUNE_OFFICER","orgUnitId":%d}"""
                .formatted(PASSWORD, unit));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = TestHttp.json(created).get("id").asLong();

        TestHttp onA = TestHttp.browser(port);
        onA.login("hainut.phulien", PASSWORD);
        TestHttp onB = onA.onPort(portB); // the same browser, the reverse proxy now sends it to node B
        HttpResponse<String> people = onB.get("/people");
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("Cán bộ hai nút");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'hainut.phulien'")
                .query(Long.class).single()).isEqualTo(1);

        HttpResponse<String> out = onB.postForm("/logout", "/", java.util.Map.of());
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        assertThat(onA.get("/people").statusCode()).as("signed out on B is signed out on A").isEqualTo(302);

        onA.login("hainut.phulien", PASSWORD);
        assertThat(onA.get("/people").statusCode()).isEqualTo(200);
        int version = TestHttp.json(province.get("/api/users/" + id)).get("version").asInt();
        HttpResponse<String> disabled = province.onPort(portB).put("/api/users/" + id, """
                {"fullName":"Cán bộ hai nút","role":"COMMUNE_OFFICER","enabled":false,"version":%d}""".formatted(version));
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(onA.get("/people").statusCode()).as("disabled on B: signed out on A at once").isEqualTo(302);
        assertThat(onB.get("/people").statusCode()).isEqualTo(302);
    }
}
