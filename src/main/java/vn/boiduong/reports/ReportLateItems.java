package vn.boiduong.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.targets.LateItems;

/**
 * Late yearly reports per unit directly below (for the province overview): in each child's subtree, the child's own
 * report and those of the units reporting to it that are overdue or were submitted late this year, or still missing
 * from last year.
 */
@Component
class ReportLateItems implements LateItems {

    private final Reports reports;
    private final ReportUnits reportUnits;
    private final OrgUnits units;

    ReportLateItems(Reports reports, ReportUnits reportUnits, OrgUnits units) {
        this.reports = reports;
        this.reportUnits = reportUnits;
        this.units = units;
    }

    @Override
    public String labelKey() {
        return "reports.lateItems";
    }

    @Override
    public Map<Long, Integer> lateByChild(long parentUnitId, LocalDate today) {
        Map<Long, Integer> result = new HashMap<>();
        OrgUnit parent = units.lookup(parentUnitId).orElse(null);
        if (parent == null) {
            return result;
        }
        var children = units.lookupChildren(parent.id());
        for (int year : new int[] {today.getYear() - 1, today.getYear()}) {
            boolean past = year < today.getYear();
            for (var s : reports.statuses(parent, year, today)) {
                String path = units.lookup(s.unitId()).map(OrgUnit::path).orElse("");
                children.stream().filter(c -> path.startsWith(c.path())).findFirst()
                        .ifPresent(c -> count(result, c.id(), s.late(), past));
            }
            for (OrgUnit child : children) {
                if (!reportUnits.reportersOf(child).isEmpty()) {
                    reports.statuses(child, year, today).forEach(s -> count(result, child.id(), s.late(), past));
                }
            }
        }
        return result;
    }

    /** Last year's count only what is still missing (overdue); this year's also what came in late. */
    private static void count(Map<Long, Integer> result, long unitId, String late, boolean past) {
        if (late != null && (!past || late.equals("OVERDUE"))) {
            result.merge(unitId, 1, Integer::sum);
        }
    }

    @Override
    public String link(long childUnitId) {
        // the overview lists units of the reader's own scope, so the role decides (the finance department reads no reports)
        return reportUnits.readsReports() ? "/reports?unit=" + childUnitId : null;
    }
}
