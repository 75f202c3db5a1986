package vn.boiduong.tasks;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.targets.LateItems;

/** Overdue tasks (nhiệm vụ quá hạn) per unit directly below, for the province's overview: which communes are late. */
@Component
class TaskLateItems implements LateItems {

    private final TaskQueries queries;
    private final AccessPolicy access;

    TaskLateItems(TaskQueries queries, AccessPolicy access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public String labelKey() {
        return "tasks.late.label";
    }

    @Override
    public Map<Long, Integer> lateByChild(long parentUnitId, LocalDate today) {
        return queries.overdueByChild(parentUnitId, today);
    }

    @Override
    public String link(long childUnitId) {
        // the overview lists units of the reader's own scope, so the role decides (the finance department has no tasks)
        return access.can(Permission.TASK_READ) ? "/tasks/rollup?unitId=" + childUnitId : null;
    }
}
