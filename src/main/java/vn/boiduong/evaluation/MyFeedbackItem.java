package vn.boiduong.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A class of the signed-in trainee and the state of their feedback on it: {@code open} while they may answer,
 * {@code submittedAt} once they have.
 */
public record MyFeedbackItem(long enrollmentId, long classId, String className, String programName, String providerName,
                             LocalDate startsOn, LocalDate endsOn, LocalDate closesOn, boolean open, Instant submittedAt) {

    /** The day the answer was sent, in Vietnam. */
    public LocalDate submittedOn() {
        return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, vn.boiduong.shared.ClockConfiguration.VIETNAM);
    }
}
