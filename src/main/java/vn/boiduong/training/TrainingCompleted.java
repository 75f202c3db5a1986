package vn.boiduong.training;

/** A trainee completed a class (hoàn thành khóa bồi dưỡng): the effect evaluation starts from here (issue 6). */
public record TrainingCompleted(long enrollmentId, long personId, String programCode, java.time.LocalDate completedOn) {
}
