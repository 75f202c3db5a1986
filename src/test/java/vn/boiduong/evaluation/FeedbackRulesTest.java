package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boiduong.shared.Problems;

/** Who may still answer (started, sat the class, inside the window, once) and what a valid answer is. */
class FeedbackRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 9, 12);

    private static FeedbackRules.Situation attending(boolean answered) {
        return new FeedbackRules.Situation("ATTENDING", "RUNNING", START, END, answered);
    }

    @Test
    void theWindowOpensOnTheFirstDayAndClosesOnTheLastDayOfTheWindow() {
        assertThat(FeedbackRules.open(attending(false), START.minusDays(1), 60)).isFalse();
        assertThat(FeedbackRules.open(attending(false), START, 60)).isTrue();
        assertThat(FeedbackRules.open(attending(false), END.plusDays(60), 60)).isTrue();
        assertThat(FeedbackRules.refusals(attending(false), END.plusDays(61), 60))
                .extracting(Problems.FieldProblem::code).containsExactly("feedback.rule.closed");
        assertThat(FeedbackRules.open(attending(false), END.plusDays(61), 90)).as("configurable").isTrue();
    }

    @Test
    void onlyThoseWhoSatTheClassAnswerAndOnlyOnce() {
        for (String status : new String[] {"ATTENDING", "COMPLETED", "NOT_COMPLETED"}) {
            assertThat(FeedbackRules.open(new FeedbackRules.Situation(status, "FINISHED", START, END, false), END, 60)).isTrue();
        }
        for (String status : new String[] {"PROPOSED", "APPROVED", "WAITLISTED", "WITHDRAWN", "REJECTED"}) {
            assertThat(FeedbackRules.refusals(new FeedbackRules.Situation(status, "RUNNING", START, END, false), END, 60))
                    .extracting(Problems.FieldProblem::code).containsExactly("feedback.rule.status");
        }
        assertThat(FeedbackRules.refusals(attending(true), END, 60)).extracting(Problems.FieldProblem::code)
                .containsExactly("feedback.rule.answered");
        assertThat(FeedbackRules.refusals(new FeedbackRules.Situation("ATTENDING", "CANCELLED", START, END, false), END, 60))
                .extracting(Problems.FieldProblem::code).containsExactly("feedback.rule.cancelled");
    }

    @Test
    void everyBadScoreIsNamedByItsField() {
        assertThatThrownBy(() -> FeedbackRules.check(new FeedbackInput("0", "11", "7,5", "", "x".repeat(2001))))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field, Problems.FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("content", "feedback.validation.score"),
                                org.assertj.core.groups.Tuple.tuple("lecturers", "feedback.validation.score"),
                                org.assertj.core.groups.Tuple.tuple("organisation", "feedback.validation.score"),
                                org.assertj.core.groups.Tuple.tuple("usefulness", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("comment", "validation.tooLong")));
    }

    @Test
    void scoresAreWholeNumbersFromOneToTenAndABlankCommentIsNone() {
        var s = FeedbackRules.check(new FeedbackInput(" 1", "10", "5", "8", "   "));
        assertThat(s).isEqualTo(new FeedbackRules.Scores(1, 10, 5, 8, null));
        assertThat(FeedbackRules.check(new FeedbackInput("9", "9", "9", "9", "  Rất bổ ích ")).comment()).isEqualTo("Rất bổ ích");
    }
}
