package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.boiduong.shared.Problems;

/** The rules of the effect evaluation without a database: the due date, signing before it, scores and the total. */
class EffectRulesTest {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 12).map(n -> LocalDate.of(2020, 1, 1).plusDays(n));
    }

    @Property(tries = 500)
    void theDueDateIsNeverEarlierThanThreeMonthsAfterCompletion(@ForAll("days") LocalDate completed,
                                                                 @ForAll @IntRange(min = 3, max = 24) int months) {
        LocalDate due = new EffectRules(months).dueOn(completed);
        // seed 000 IV.3: "sau thời gian vận dụng ... tối thiểu 03 tháng"; the same check as the table's (V10)
        assertThat(due).isAfterOrEqualTo(completed.plusMonths(3));
        assertThat(due).isEqualTo(completed.plusMonths(months));
        assertThat(EffectRules.signable(due, due.minusDays(1))).isFalse();
        assertThat(EffectRules.signable(due, due)).isTrue();
        assertThat(EffectRules.overdue(due, due)).isFalse();
        assertThat(EffectRules.overdue(due, due.plusDays(1))).isTrue();
    }

    @Property(tries = 200)
    void nothingIsSignableBeforeItsDueDate(@ForAll("days") LocalDate completed, @ForAll @IntRange(min = 0, max = 200) int daysAfter) {
        LocalDate due = new EffectRules(3).dueOn(completed);
        LocalDate today = completed.plusDays(daysAfter);
        assertThat(EffectRules.signable(due, today)).isEqualTo(!today.isBefore(completed.plusMonths(3)));
        assertThat(EffectEvaluation.stateOf("DUE", due, today))
                .isEqualTo(today.isBefore(due) ? "WAITING" : today.isEqual(due) ? "DUE" : "OVERDUE");
    }

    @Test
    void monthEndsFollowTheCalendar() {
        assertThat(new EffectRules(3).dueOn(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new EffectRules(3).dueOn(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void fewerThanThreeMonthsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new EffectRules(2)).isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 3 months");
        assertThatThrownBy(() -> new EffectRules(0)).isInstanceOf(IllegalStateException.class);
        assertThat(new EffectRules(3).months()).isEqualTo(3);
        // the setting as the application reads it: 2 stops the start, 4 is taken, none means 3
        var runner = new org.springframework.boot.test.context.runner.ApplicationContextRunner().withUserConfiguration(EffectRules.class);
        runner.withPropertyValues("boiduong.evaluation.effect-months=2").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("boiduong.evaluation.effect-months=4")
                .run(context -> assertThat(context.getBean(EffectRules.class).months()).isEqualTo(4));
        runner.run(context -> assertThat(context.getBean(EffectRules.class).months()).isEqualTo(3));
    }

    @Test
    void everyBadScoreIsNamedByItsField() {
        EffectInput input = new EffectInput("0", "11", "7,5", "abc", "", " 8 ", null, null, null, null, null, null, null, 0);
        assertThatThrownBy(() -> EffectRules.check(input, true)).isInstanceOfSatisfying(Problems.InvalidInput.class, e -> {
            assertThat(e.problems()).extracting(Problems.FieldProblem::field)
                    .containsExactly("taskResults", "adviceQuality", "responsibility", "discipline", "coordination");
            assertThat(e.problems()).extracting(Problems.FieldProblem::code)
                    .containsExactly("effect.score.range", "effect.score.range", "effect.score.range", "effect.score.range",
                            "effect.score.required");
        });
        // a draft may leave scores out, never put a wrong one in
        assertThat(EffectRules.check(new EffectInput("", "", "", "", "", "9", null, null, null, null, null, null, null, 0), false)
                .complete()).isFalse();
        assertThatThrownBy(() -> EffectRules.check(new EffectInput("10", "", "", "", "", "", "x".repeat(1001), null, null, null,
                null, null, null, 0), false)).isInstanceOfSatisfying(Problems.InvalidInput.class,
                e -> assertThat(e.problems()).extracting(Problems.FieldProblem::field).containsExactly("taskResultsComment"));
    }

    @Property(tries = 300)
    void theTotalIsTheMeanTimesTen(@ForAll @IntRange(min = 1, max = 10) int a, @ForAll @IntRange(min = 1, max = 10) int b,
                                   @ForAll @IntRange(min = 1, max = 10) int c, @ForAll @IntRange(min = 1, max = 10) int d,
                                   @ForAll @IntRange(min = 1, max = 10) int e, @ForAll @IntRange(min = 1, max = 10) int f) {
        EffectRules.Checked checked = EffectRules.check(new EffectInput(String.valueOf(a), String.valueOf(b), String.valueOf(c),
                String.valueOf(d), String.valueOf(e), String.valueOf(f), null, null, null, null, null, null, null, 0), true);
        BigDecimal total = EffectRules.total(checked.scores());
        double mean = (a + b + c + d + e + f) / 6.0;
        assertThat(total.doubleValue()).isCloseTo(mean * 10, org.assertj.core.data.Offset.offset(0.005));
        assertThat(total).isBetween(BigDecimal.TEN, BigDecimal.valueOf(100));
    }

    @Test
    void allTensMakeAHundredAndTheCriteriaAreTheSeedsSix() {
        Map<String, Integer> tens = new LinkedHashMap<>();
        EffectRules.CRITERIA.forEach(c -> tens.put(c, 10));
        assertThat(EffectRules.total(tens)).isEqualByComparingTo("100");
        assertThat(EffectRules.CRITERIA).hasSize(6);
        assertThat(EffectRules.CRITERIA.stream().map(EffectRepository::column))
                .containsExactly("task_results", "advice_quality", "responsibility", "discipline", "coordination", "satisfaction");
    }
}
