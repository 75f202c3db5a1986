package vn.boiduong.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;

/** Counts for the home page; empty for roles without TASK_READ. */
@Service
public class TaskSummaries {

    private final TaskQueries queries;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    TaskSummaries(TaskQueries queries, JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public Optional<TaskSummary> forCurrentUser() {
        if (!access.isSignedIn() || !access.can(Permission.TASK_READ)) {
            return Optional.empty();
        }
        CurrentUser u = access.currentUser();
        long overdue = queries.list(new TaskQueries.Filter("OVERDUE", null, null, null), 0, 1).total();
        long month = queries.list(new TaskQueries.Filter("MONTH", null, null, null), 0, 1).total();
        long waiting = !u.role().has(Permission.TASK_WRITE) ? 0 : jdbc.sql("""
                        select count(*) from plan_task t join action_plan p on p.id = t.plan_id join org_unit iu on iu.id = p.issuer_unit_id
                        left join org_unit au on au.id = t.authority_unit_id
                        where t.status = 'SUBMITTED' and coalesce(au.path, iu.path) like :scope || '%'
                        and coalesce(t.submitted_by, '') <> :me""")
                .param("scope", u.scopePath()).param("me", u.username()).query(Long.class).single();
        return Optional.of(new TaskSummary(overdue, month, waiting));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
