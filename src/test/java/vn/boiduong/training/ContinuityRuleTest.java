package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The office-continuity rule (seed 000 I.2): who may leave for an office-hours class without emptying the office. */
class ContinuityRuleTest {

    @Test
    void aTenPersonOfficeKeepsSevenAtWorkByDefault() {
        // 10 staff, 70%: 7 must stay; 2 already away, sending a third leaves exactly 7
        assertThat(ContinuityRule.check(new ContinuityRule.Situation(10, 2, 70, false, true))).isEmpty();
        var v = ContinuityRule.check(new ContinuityRule.Situation(10, 3, 70, false, true));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(ContinuityRule.Kind.MIN_PRESENT);
            assertThat(x.presentAfter()).isEqualTo(6);
            assertThat(x.required()).isEqualTo(7);
        });
    }

    @Test
    void theOnlyHolderOfAPositionCannotLeaveInOfficeHours() {
        assertThat(ContinuityRule.check(new ContinuityRule.Situation(20, 0, 0, true, true)))
                .extracting(ContinuityRule.Violation::kind).containsExactly(ContinuityRule.Kind.SINGLE_HOLDER);
    }

    @Property
    void afterHoursAndEveningClassesNeverEmptyTheOffice(@ForAll @IntRange(min = 0, max = 200) int staff,
                                                        @ForAll @IntRange(min = 0, max = 200) int away,
                                                        @ForAll @IntRange(min = 0, max = 100) int pct,
                                                        @ForAll boolean single) {
        assertThat(ContinuityRule.check(new ContinuityRule.Situation(staff, away, pct, single, false))).isEmpty();
    }

    @Property
    void moreAbsenceNeverMakesSendingEasier(@ForAll @IntRange(min = 1, max = 200) int staff,
                                            @ForAll @IntRange(min = 0, max = 199) int away,
                                            @ForAll @IntRange(min = 0, max = 100) int pct) {
        boolean blocked = !ContinuityRule.check(new ContinuityRule.Situation(staff, away, pct, false, true)).isEmpty();
        boolean blockedWithOneMore = !ContinuityRule.check(new ContinuityRule.Situation(staff, away + 1, pct, false, true)).isEmpty();
        assertThat(!blocked || blockedWithOneMore).isTrue();
    }

    @Property
    void aBlockedSendingAlwaysLeavesFewerThanTheRequiredShare(@ForAll @IntRange(min = 1, max = 200) int staff,
                                                             @ForAll @IntRange(min = 0, max = 200) int away,
                                                             @ForAll @IntRange(min = 0, max = 100) int pct) {
        var s = new ContinuityRule.Situation(staff, away, pct, false, true);
        boolean blocked = !ContinuityRule.check(s).isEmpty();
        // required share in exact arithmetic: present * 100 >= staff * pct
        assertThat(blocked).isEqualTo(s.presentAfter() * 100L < (long) staff * pct);
    }
}
