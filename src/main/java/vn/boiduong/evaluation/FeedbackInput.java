package vn.boiduong.evaluation;

/**
 * A trainee's answers as typed (phiếu lấy ý kiến học viên): four scores 1–10 (content, lecturers, organisation,
 * usefulness) and an optional comment.
 */
public record FeedbackInput(String content, String lecturers, String organisation, String usefulness, String comment) {
}
