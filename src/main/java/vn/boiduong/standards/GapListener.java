package vn.boiduong.standards;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.boiduong.people.PeopleImported;
import vn.boiduong.people.PersonChanged;
import vn.boiduong.people.QualificationAdded;

/**
 * Keeps the gaps current without a request ever holding two pooled connections (issue 13). One person's gaps are
 * recomputed in the change's own transaction just before it commits: current when the save returns, and never lost.
 * A recompute of a whole scope (a roster imported, a requirement changed) is queued as a db-scheduler job in that same
 * transaction (durable: it runs even if the process stops right after the commit) and the scheduler is woken once the
 * change has committed; the job runs on a scheduler thread with its own connection.
 */
@Configuration(proxyBeanMethods = false)
class GapListener {

    static final TaskDescriptor<String> RECOMPUTE = TaskDescriptor.of("gaps-recompute", String.class);

    private final GapAnalysis gaps;
    private final JdbcClient jdbc;
    private final ObjectProvider<Scheduler> scheduler;

    GapListener(GapAnalysis gaps, JdbcClient jdbc, ObjectProvider<Scheduler> scheduler) {
        this.gaps = gaps;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
    }

    /** The queued recompute: everyone under the path in the job's data, in one transaction. */
    @Bean
    static OneTimeTask<String> gapsRecompute(GapAnalysis gaps) {
        return Tasks.oneTime(RECOMPUTE).execute((instance, context) -> gaps.recomputeUnder(instance.getData()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PersonChanged event) {
        gaps.recomputePerson(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(QualificationAdded event) {
        gaps.recomputePerson(event.personId());
    }

    /** Everyone under the scope the roster was imported into. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PeopleImported event) {
        queue(jdbc.sql("select scope_path from import_job where id = :id").param("id", event.importJobId())
                .query(String.class).single());
    }

    /** Requirements hold nation-wide: everyone. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RequirementChanged event) {
        queue("/VN/");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(PeopleImported event) {
        wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(RequirementChanged event) {
        wake();
    }

    /** On the transaction's own connection (db-scheduler's data source is transaction-aware). */
    private void queue(String path) {
        Scheduler s = scheduler.getIfAvailable();
        if (s == null) { // the scheduler is switched off (db-scheduler.enabled=false): do it now, in this transaction
            gaps.recomputeUnder(path);
            return;
        }
        s.schedule(RECOMPUTE.instance(UUID.randomUUID().toString()).data(path).scheduledTo(Instant.now()));
    }

    /** Only wakes the scheduler's poller (no database work here): the job need not wait for the next poll. */
    private void wake() {
        Scheduler s = scheduler.getIfAvailable();
        if (s != null) {
            s.triggerCheckForDueExecutions();
        }
    }
}
