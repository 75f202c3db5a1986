package vn.boiduong.targets;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.boiduong.people.PeopleImported;
import vn.boiduong.people.PersonChanged;
import vn.boiduong.people.QualificationAdded;
import vn.boiduong.training.TrainingCompleted;

/**
 * Marks the commune of a changed record dirty in the change's own transaction, just before it commits (atomic with the
 * change, on the same connection: no request needs a second one); {@link TargetFacts#refreshDirty()} recomputes it
 * within a minute. A change of a position's requirements (nation-wide gaps), a person moved out of a commune (the old commune)
 * and classes organised by the province wait for the nightly rebuild.
 */
@Component
class FactListener {

    private final FactBuilder builder;
    private final JdbcClient jdbc;

    FactListener(FactBuilder builder, JdbcClient jdbc) {
        this.builder = builder;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(TrainingCompleted event) {
        person(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(PersonChanged event) {
        person(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(QualificationAdded event) {
        person(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void on(PeopleImported event) {
        List<Long> units = jdbc.sql("""
                        select o.id from import_job j join org_unit o on o.path like j.scope_path || '%' and o.kind = 'COMMUNE'
                        where j.id = :id
                        union select s.id from import_job j join org_unit s on s.path = j.scope_path where j.id = :id
                        """).param("id", event.importJobId()).query(Long.class).list();
        builder.markDirty(units);
    }

    private void person(long personId) {
        builder.markDirty(jdbc.sql("select org_unit_id from person where id = :id").param("id", personId).query(Long.class).list());
    }
}
