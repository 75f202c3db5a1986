package vn.boiduong.evaluation;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.security.AuditLog;
import vn.boiduong.training.TrainingCompleted;

/**
 * Each completed training gets its effect evaluation (seed 000 IV.3: 100% of those trained), due at completion + the
 * configured months, in the person's unit at that time. Made in the completion's own transaction just before it
 * commits: a rolled-back completion makes none, a committed one always has its row, and no request needs a second
 * pooled connection (issue 13). Idempotent (one row per enrollment); at start-up earlier completions without one are
 * filled in.
 */
@Component
class EffectListener {

    private final EffectRepository repository;
    private final EffectRules rules;
    private final EffectEvaluations evaluations;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    EffectListener(EffectRepository repository, EffectRules rules, EffectEvaluations evaluations, AuditLog audit, JdbcClient jdbc,
                   TransactionTemplate tx) {
        this.repository = repository;
        this.rules = rules;
        this.evaluations = evaluations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Joins the completion's transaction (its own one only when published outside any). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(TrainingCompleted event) {
        var due = rules.dueOn(event.completedOn());
        tx.executeWithoutResult(s -> repository.create(event.enrollmentId(), event.personId(), event.programCode(),
                        event.completedOn(), due)
                .ifPresent(id -> audit.recordSystem("system", "EFFECT_DUE", "effect_evaluation", id, unitPath(id),
                        Map.of("enrollment", event.enrollmentId(), "completedOn", event.completedOn().toString(),
                                "dueOn", due.toString()))));
    }

    /** Completions recorded before this module existed (or while it was not listening). */
    @EventListener(ApplicationReadyEvent.class)
    public void atStartUp() {
        evaluations.backfill();
    }

    private String unitPath(long id) {
        return jdbc.sql("select o.path from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id where ee.id = :id")
                .param("id", id).query(String.class).single();
    }
}
