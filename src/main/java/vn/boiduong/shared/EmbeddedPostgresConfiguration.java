package vn.boiduong.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL (data kept under {@code boiduong.embedded-db.dir}, default {@code ./data/pg})
 * when no external {@code spring.datasource.url} is configured. With an external URL nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "boiduong";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${boiduong.embedded-db.dir:./data/pg}") String dir,
                                      @Value("${boiduong.embedded-db.clean:false}") boolean clean,
                                      @Value("${boiduong.embedded-db.port:0}") int port) throws IOException, SQLException {
        Path dataDir = Path.of(dir).toAbsolutePath().normalize();
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        long start = System.nanoTime();
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException("The data directory " + dataDir + " is in use by another running Bồi dưỡng "
                        + "(thư mục dữ liệu đang được một phiên bản khác sử dụng): stop it, or start with "
                        + "--boiduong.embedded-db.dir=<another directory>.", e);
            }
            throw e;
        }
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        }
        log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), dataDir,
                (System.nanoTime() - start) / 1_000_000);
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg, @Value("${boiduong.embedded-db.pool-size:10}") int poolSize,
                          @Value("${spring.datasource.hikari.connection-timeout:10000}") long connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setConnectionTimeout(connectionTimeout);
        config.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE) + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("boiduong-embedded");
        return new HikariDataSource(config);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
