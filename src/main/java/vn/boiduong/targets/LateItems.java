package vn.boiduong.targets;

import java.time.LocalDate;
import java.util.Map;

/**
 * Something a unit must see late among the units directly below it (việc chậm, quá hạn): yearly reports not in on
 * time, overdue tasks, overdue plans. Other modules implement it; the province overview shows one column each.
 */
public interface LateItems {

    /** Message key of the column header. */
    String labelKey();

    /** Number of late items per direct child unit (org_unit id) of the given unit; children with none may be absent. */
    Map<Long, Integer> lateByChild(long parentUnitId, LocalDate today);

    /**
     * Where to see them for one child unit (an application path such as {@code /reports?unit=12}), or null where the
     * signed-in user may not open that page (the count is then shown without a link).
     */
    String link(long childUnitId);
}
