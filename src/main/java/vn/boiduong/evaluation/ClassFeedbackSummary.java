package vn.boiduong.evaluation;

import java.time.LocalDate;

/** One class's feedback (tổng hợp ý kiến học viên của một lớp), with the provider's results beside it. */
public record ClassFeedbackSummary(long classId, String classCode, String className, String programName,
                                   String organiserName, Long providerId, String providerName, LocalDate startsOn,
                                   LocalDate endsOn, String classStatus, FeedbackResult result) {
}
