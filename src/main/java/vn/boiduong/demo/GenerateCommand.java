package vn.boiduong.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Command line: {@code --generate=<unit code> [--seed=42]} fills that scope (VN, a province code such as 31,
 * or a commune code) with synthetic people, then the application exits.
 */
@Component
@Order(5)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final SyntheticData synthetic;

    GenerateCommand(SyntheticData synthetic) {
        this.synthetic = synthetic;
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
    }
}
