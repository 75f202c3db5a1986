package vn.boiduong.tasks;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class TasksAuditNames extends SqlAuditNames {

    TasksAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "plan_task", "select id, number || '. ' || left(content, 80) from plan_task where id in (:ids)",
                "action_plan", "select id, number || ' — ' || left(title, 80) from action_plan where id in (:ids)"));
    }
}
