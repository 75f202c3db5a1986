package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BoiDuongApplication;

/** With spring.datasource.url set the application uses that PostgreSQL and starts no embedded one. */
class ExternalDatabaseTest {

    @Test
    void anExternalUrlIsUsedAndNoEmbeddedDatabaseStarts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("external-pg")).setCleanDataDirectory(true).start()) {
            try (var c = external.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database extdb");
            }
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BoiDuongApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "extdb"),
                            "--spring.datasource.username=postgres", "--boiduong.demo.enabled=false")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("extdb");
                assertThat(jdbc.sql("select count(*) from org_unit where kind = 'COMMUNE'").query(Long.class).single()).isEqualTo(3321);
                assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isZero();
            }
        }
    }
}
