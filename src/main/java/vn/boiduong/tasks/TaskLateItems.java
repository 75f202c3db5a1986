package vn.boiduong.tasks;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boiduong.targets.LateItems;

/** Overdue tasks (nhiệm vụ quá hạn) per unit directly below, for the province's overview: which communes are late. */
@Component
class TaskLateItems implements LateItems {

    private final TaskQueries queries;

    TaskLateItems(TaskQueries queries) {
        this.queries = queries;
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
        return "/tasks/rollup?unitId=" + childUnitId;
    }
}
