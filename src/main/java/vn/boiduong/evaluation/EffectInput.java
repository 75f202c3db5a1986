package vn.boiduong.evaluation;

/**
 * The effect evaluation form as typed (phiếu đánh giá hiệu quả sau bồi dưỡng): six scores 1–10 as text, a comment
 * per criterion and a general one, and the version read (optimistic locking). Checked by {@link EffectRules}.
 */
public record EffectInput(String taskResults, String adviceQuality, String responsibility, String discipline,
                          String coordination, String satisfaction,
                          String taskResultsComment, String adviceQualityComment, String responsibilityComment,
                          String disciplineComment, String coordinationComment, String satisfactionComment,
                          String generalComment, Integer version) {

    String score(String criterion) {
        return switch (criterion) {
            case "taskResults" -> taskResults;
            case "adviceQuality" -> adviceQuality;
            case "responsibility" -> responsibility;
            case "discipline" -> discipline;
            case "coordination" -> coordination;
            case "satisfaction" -> satisfaction;
            default -> throw new IllegalArgumentException(criterion);
        };
    }

    String comment(String criterion) {
        return switch (criterion) {
            case "taskResults" -> taskResultsComment;
            case "adviceQuality" -> adviceQualityComment;
            case "responsibility" -> responsibilityComment;
            case "discipline" -> disciplineComment;
            case "coordination" -> coordinationComment;
            case "satisfaction" -> satisfactionComment;
            default -> throw new IllegalArgumentException(criterion);
        };
    }
}
