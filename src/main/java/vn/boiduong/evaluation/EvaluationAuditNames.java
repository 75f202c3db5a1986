package vn.boiduong.evaluation;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class EvaluationAuditNames extends SqlAuditNames {

    EvaluationAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "rating", """
                        select r.id, p.full_name || ', ' || case when r.period ~ '-Q' then 'quý '
                               || (array['I', 'II', 'III', 'IV'])[right(r.period, 1)::int] || '/' || left(r.period, 4)
                               else 'năm ' || r.period end
                        from rating r join person p on p.id = r.person_id where r.id in (:ids)""",
                "effect_evaluation", "select e.id, p.full_name from effect_evaluation e join person p on p.id = e.person_id where e.id in (:ids)",
                "discipline_record", "select d.id, p.full_name || ', ' || d.year from discipline_record d join person p on p.id = d.person_id where d.id in (:ids)",
                "class_feedback", "select f.id, c.name from class_feedback f join training_class c on c.id = f.class_id where f.id in (:ids)"));
    }
}
