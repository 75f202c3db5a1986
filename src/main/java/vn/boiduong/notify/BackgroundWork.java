package vn.boiduong.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;

/**
 * The background work of every node, as db-scheduler keeps it in {@code scheduled_tasks} (Flyway V8): periodic jobs and
 * the follow-up work that changes queue in their own transaction (gap recomputes after an import or a requirement
 * change). Pending, running and failing work is shown to the national administrators, who run the system.
 */
@Service
class BackgroundWork {

    /** One job: its next run, the node running it now, its last success and failure. */
    record Job(String task, String instance, Instant nextRun, boolean running, String runningOn, Instant lastSuccess,
               Instant lastFailure, int failures, Instant heartbeat) {
        public boolean failing() {
            return failures > 0;
        }

        public boolean recurring() {
            return "recurring".equals(instance);
        }
    }

    /** What the page shows above the list. */
    record Summary(int total, int running, int failing, int waiting) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    BackgroundWork(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Job> jobs(boolean onlyProblems) {
        requireNational();
        return jdbc.sql("select task_name, task_instance, execution_time, picked, picked_by, last_success, last_failure, "
                        + "coalesce(consecutive_failures, 0) as failures, last_heartbeat from scheduled_tasks "
                        + (onlyProblems ? "where coalesce(consecutive_failures, 0) > 0 or task_instance <> 'recurring' " : "")
                        + "order by coalesce(consecutive_failures, 0) desc, picked desc, execution_time limit 500")
                .query(BackgroundWork::job).list();
    }

    @Transactional(readOnly = true)
    public Summary summary() {
        requireNational();
        return jdbc.sql("select count(*), count(*) filter (where picked), count(*) filter (where coalesce(consecutive_failures, 0) > 0), "
                        + "count(*) filter (where task_instance <> 'recurring' and not picked) from scheduled_tasks")
                .query((rs, n) -> new Summary(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    /** The system's own work concerns every unit: national user administrators only. */
    private void requireNational() {
        access.require(Permission.USER_ADMIN);
        CurrentUser me = access.currentUser();
        if (!"/VN/".equals(me.scopePath())) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getString("task_name"), rs.getString("task_instance"), instant(rs.getTimestamp("execution_time")),
                rs.getBoolean("picked"), rs.getString("picked_by"), instant(rs.getTimestamp("last_success")),
                instant(rs.getTimestamp("last_failure")), rs.getInt("failures"), instant(rs.getTimestamp("last_heartbeat")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
