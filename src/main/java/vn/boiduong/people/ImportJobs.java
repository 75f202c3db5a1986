package vn.boiduong.people;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cluster-wide clean-up of imports whose node stopped, registered with db-scheduler (one node at a time). */
@Configuration(proxyBeanMethods = false)
class ImportJobs {

    static final String TASK = "import-jobs-abandoned";

    @Bean
    RecurringTask<Void> abandonedImports(PersonImport imports) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofMinutes(1))).execute((instance, context) -> imports.failAbandoned());
    }
}
