package vn.boiduong.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.boiduong.targets.TargetFacts;

/**
 * Last demo step: the full rebuild of the targets' facts (chỉ tiêu), with the previous 12 months back-filled from the
 * dates in the records, so a newcomer sees statuses, gaps and charts with history right after the first start.
 */
@Component
class TargetsDemo implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(TargetsDemo.class);

    private final TargetFacts facts;

    TargetsDemo(TargetFacts facts) {
        this.facts = facts;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void load() {
        var r = facts.rebuildAsSystem();
        log.info("Demo targets: facts rebuilt as of {} ({} rows, {} ms)", r.asOf(), r.rows(), r.millis());
    }
}
