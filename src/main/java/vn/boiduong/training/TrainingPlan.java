package vn.boiduong.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's annual training plan (kế hoạch bồi dưỡng): an agency's needs, the commune's plan consolidating them, the
 * province's plan (built in December, 001 IV.2). DRAFT → SUBMITTED → APPROVED, or RETURNED with a reason.
 */
public record TrainingPlan(long id, long orgUnitId, String unitName, String unitPath, String level, int year, String status,
                           LocalDate dueOn, String note, Instant submittedAt, String submittedBy, Instant decidedAt,
                           String decidedBy, String returnReason, String createdBy, int version, int lines, int people,
                           long estimatedCost) {

    public boolean editable() {
        return "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    /** Not submitted by its deadline (still open), or submitted after it. */
    public boolean late(LocalDate today) {
        if (editable()) {
            return today.isAfter(dueOn);
        }
        return submittedAt != null && submittedAt.atZone(vn.boiduong.shared.ClockConfiguration.VIETNAM).toLocalDate().isAfter(dueOn);
    }

    /** One line: a programme, how many people (and who), classes, quarter, estimated cost; from gaps, a proposal or consolidation. */
    public record Line(long id, long planId, String programCode, String programName, String source, int people, int classes,
                       Integer quarter, long estimatedCost, List<Long> personIds, String note) {
    }
}
