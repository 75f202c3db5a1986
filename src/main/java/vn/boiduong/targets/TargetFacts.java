package vn.boiduong.targets;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.ClockConfiguration;

/**
 * The fact tables' jobs: the full rebuild nightly (02:00 Vietnam time) and on demand by the ministry, and the
 * every-minute refresh of the communes whose records changed (marked by {@link FactListener}).
 */
@Configuration(proxyBeanMethods = false)
public class TargetFacts {

    private static final Logger log = LoggerFactory.getLogger(TargetFacts.class);

    /** How long a rebuild took, how many fact rows it wrote, and the day it counts to. */
    public record Rebuilt(long millis, long rows, java.time.LocalDate asOf) {
    }

    private final FactBuilder builder;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    TargetFacts(FactBuilder builder, AccessPolicy access, AuditLog audit, org.springframework.transaction.support.TransactionTemplate tx) {
        this.builder = builder;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
    }

    @Bean
    RecurringTask<Void> targetFactsNightly() {
        return Tasks.recurring("target-facts-rebuild", Schedules.daily(ClockConfiguration.VIETNAM, LocalTime.of(2, 0)))
                .execute((instance, context) -> rebuildAsSystem());
    }

    @Bean
    RecurringTask<Void> targetFactsRefresh() {
        return Tasks.recurring("target-facts-refresh", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> refreshDirty());
    }

    /** On demand (ministry only: it rewrites the nation's facts); audited. */
    public Rebuilt rebuild() {
        access.require(Permission.TARGET_WRITE, "/VN/");
        Rebuilt r = rebuildAsSystem();
        tx.executeWithoutResult(s -> audit.record("FACTS_REBUILD", "target_fact", 0, "/VN/", null,
                Map.of("millis", r.millis(), "rows", r.rows(), "asOf", r.asOf().toString()), null));
        return r;
    }

    /** The full rebuild without a user (nightly job, demo, tests). */
    public Rebuilt rebuildAsSystem() {
        FactBuilder.Built b = builder.rebuild();
        return new Rebuilt(b.millis(), b.rows(), b.asOf());
    }

    /** Refreshes the dirty communes, each in its own transaction; returns how many. */
    public int refreshDirty() {
        int n = 0;
        for (var e : builder.dirty().entrySet()) {
            try {
                builder.refreshCommune(e.getKey());
                builder.clean(e.getKey(), e.getValue());
                n++;
            } catch (RuntimeException ex) {
                log.warn("Refreshing the facts of commune {} failed; it stays marked: {}", e.getKey(), ex.toString());
            }
        }
        return n;
    }
}
