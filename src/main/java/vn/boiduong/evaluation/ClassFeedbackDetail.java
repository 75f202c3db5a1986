package vn.boiduong.evaluation;

import java.util.List;

/** A class's feedback with the trainees' comments, unsigned and in no particular order of who wrote them. */
public record ClassFeedbackDetail(ClassFeedbackSummary summary, List<String> comments) {
}
