package vn.boiduong.reports;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/** The home page's yearly-report card (báo cáo năm): my report, what waits for my review, who is late below. */
@Service
public class ReportsHome {

    /**
     * @param status  my unit's report status this year (NONE when not started; null when my unit does not report)
     * @param late    LATE_SUBMITTED, OVERDUE or null
     * @param waiting reports of the units below that wait for my review (SUBMITTED)
     * @param lateBelow units below that are late this year
     */
    public record Summary(int year, String status, LocalDate dueBefore, String late, Long reportId, int waiting,
                          int lateBelow) {
    }

    private final Reports reports;
    private final ReportUnits units;
    private final AccessPolicy access;

    ReportsHome(Reports reports, ReportUnits units, AccessPolicy access) {
        this.reports = reports;
        this.units = units;
        this.access = access;
    }

    /** Null when the signed-in user neither writes nor reviews reports. */
    @Transactional(readOnly = true)
    public Summary summary() {
        if (!access.can(Permission.REPORT_WRITE) && !access.can(Permission.REPORT_REVIEW)) {
            return null;
        }
        LocalDate today = reports.today();
        int year = today.getYear();
        OrgUnit unit = units.unit(access.currentUser().orgUnitId());
        String status = null;
        LocalDate due = null;
        String late = null;
        Long id = null;
        if (units.canWrite(unit) && units.reviewerOf(unit).isPresent()) {
            var mine = reports.find(unit.id(), year);
            status = mine.map(YearlyReport::status).orElse("NONE");
            due = mine.map(YearlyReport::dueBefore).orElseGet(() -> reports.dueOf(unit, year));
            late = mine.map(YearlyReport::late).orElse(due != null && !today.isBefore(due) ? "OVERDUE" : null);
            id = mine.map(YearlyReport::id).orElse(null);
        }
        int waiting = 0;
        int lateBelow = 0;
        if (access.can(Permission.REPORT_REVIEW)) {
            for (var s : reports.statuses(unit, year, today)) {
                waiting += s.status().equals("SUBMITTED") ? 1 : 0;
                lateBelow += s.late() != null ? 1 : 0;
            }
        }
        return new Summary(year, status, due, late, id, waiting, lateBelow);
    }
}
