package vn.boiduong.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A unit's yearly report (báo cáo năm) and where it stands: status DRAFT, SUBMITTED, ACCEPTED or RETURNED; {@code late}
 * is derived: LATE_SUBMITTED (nộp muộn: in on or after the due date) or OVERDUE (quá hạn: not in and the date passed).
 */
public record YearlyReport(long id, long unitId, String unitCode, String unitName, String unitPath, int year,
                           String status, String difficulties, String proposals, LocalDate dueBefore,
                           OffsetDateTime submittedAt, String submittedBy, OffsetDateTime reviewedAt, String reviewedBy,
                           String returnReason, int version, String late, boolean frozen) {

    /** Submitted or accepted: the figures and the files no longer change. */
    public boolean editable() {
        return status.equals("DRAFT") || status.equals("RETURNED");
    }

    /** The unit below, its report status for a year (NONE when not started) and lateness, for the reviewer's list. */
    public record UnitStatus(long unitId, String code, String name, Long reportId, String status, LocalDate dueBefore,
                             OffsetDateTime submittedAt, String late) {
    }
}
