package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command line: {@code --generate=<unit code> [--seed=42] [--with-training [--as-of=2026-11-23]]} fills that scope
 * (VN, a province code such as 31, or a commune code) with synthetic people and, with {@code --with-training}, their
 * 2026 training and evaluation history as it stands on the as-of day (today by default); then the application exits.
 */
@Component
@Order(5)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final SyntheticData synthetic;
    private final SyntheticTraining training;
    private final JdbcClient jdbc;
    private final Clock clock;

    GenerateCommand(SyntheticData synthetic, SyntheticTraining training, JdbcClient jdbc, Clock clock) {
        this.synthetic = synthetic;
        this.training = training;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate")) {
            return;
        }
        String scope = args.getOptionValues("generate").stream().findFirst().filter(s -> !s.isBlank()).orElse("VN");
        long seed = args.containsOption("seed") ? Long.parseLong(args.getOptionValues("seed").get(0)) : 42L;
        SyntheticData.Result result = synthetic.generate(scope, seed);
        log.info("Generated {} people in {} communes under {} (seed {}) in {} ms", result.people(), result.communes(),
                scope, seed, result.millis());
        if (args.containsOption("with-training")) {
            LocalDate asOf = args.containsOption("as-of") ? LocalDate.parse(args.getOptionValues("as-of").get(0)) : LocalDate.now(clock);
            SyntheticTraining.Result t = training.generate(scope, seed, asOf);
            log.info("Generated training: {} classes, {} enrollments, {} qualifications, {} effect evaluations, {} ratings, "
                            + "{} feedback ({} records, {} communes, as of {}) in {} s; gaps and statistics in {} s",
                    t.classes(), t.enrollments(), t.qualifications(), t.effects(), t.ratings(), t.feedback(), t.records(),
                    t.communes(), asOf, String.format("%.1f", t.millis() / 1000.0), String.format("%.1f", t.gapMillis() / 1000.0));
            log.info("Database size: {}", jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
        }
    }
}
