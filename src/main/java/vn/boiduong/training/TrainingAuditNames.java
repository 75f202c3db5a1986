package vn.boiduong.training;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class TrainingAuditNames extends SqlAuditNames {

    TrainingAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "training_class", "select id, name from training_class where id in (:ids)",
                "enrollment", """
                        select e.id, p.full_name || ' — ' || c.name from enrollment e join person p on p.id = e.person_id
                        join training_class c on c.id = e.class_id where e.id in (:ids)""",
                "training_plan", "select t.id, o.name || ', ' || t.year from training_plan t join org_unit o on o.id = t.org_unit_id where t.id in (:ids)",
                "training_decision", "select d.id, d.number || ' — ' || c.name from training_decision d join training_class c on c.id = d.class_id where d.id in (:ids)"));
    }
}
