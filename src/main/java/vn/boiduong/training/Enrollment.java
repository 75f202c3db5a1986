package vn.boiduong.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person sent to one class (cử đi học) and what became of it. Status: PROPOSED → APPROVED (WAITLISTED when the
 * class is full) → ATTENDING → COMPLETED / NOT_COMPLETED; WITHDRAWN and REJECTED end it early.
 */
public record Enrollment(long id, long classId, long personId, String fullName, LocalDate birthDate, String gender,
                         String ethnicityCode, String title, String jobPositionCode, long unitId, String unitName,
                         String unitPath, String status, Integer waitlistPos, String proposedBy, Instant proposedAt,
                         String proposalNote, String decidedBy, Instant decidedAt, String decisionNote,
                         String overrideReason, Long decisionId, Integer sessionsAttended, BigDecimal grade,
                         Boolean passed, String certificateNo, LocalDate certificateDate, String resultBy,
                         Instant resultAt, Instant selfReportedAt, String selfNote, String verifiedBy,
                         Instant verifiedAt, LocalDate completedOn, boolean hasEvidence, int version) {

    public boolean active() {
        return switch (status) {
            case "PROPOSED", "APPROVED", "WAITLISTED", "ATTENDING" -> true;
            default -> false;
        };
    }

    public boolean holdsSeat() {
        return switch (status) {
            case "APPROVED", "ATTENDING", "COMPLETED", "NOT_COMPLETED" -> true;
            default -> false;
        };
    }

    /** A trainee's report waiting for the unit's check: no provider result yet, not completed. */
    public boolean awaitingVerification() {
        return selfReportedAt != null && resultBy == null && verifiedAt == null
                && ("APPROVED".equals(status) || "ATTENDING".equals(status) || "NOT_COMPLETED".equals(status));
    }
}
