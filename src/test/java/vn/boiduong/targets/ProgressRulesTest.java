package vn.boiduong.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Status and projection at the boundaries, past the deadline, COUNT vs PERCENT, and properties over random inputs. */
class ProgressRulesTest {

    static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    static final LocalDate DUE = LocalDate.of(2028, 12, 31);

    private static ProgressRules.Outcome pct(double target, double value, LocalDate asOf, ProgressRules.Point start) {
        return ProgressRules.evaluate(true, false, BigDecimal.valueOf(target), DUE, BASE, asOf, BigDecimal.valueOf(value), start);
    }

    @Test
    void reachingTheTargetIsMetEvenPastTheDeadline() {
        assertThat(pct(50, 50, LocalDate.of(2030, 1, 1), null).status()).isEqualTo("MET");
        assertThat(pct(50, 50, LocalDate.of(2030, 1, 1), null).gap()).isEqualByComparingTo("0");
    }

    @Test
    void pastTheDeadlineAndShortIsOffTrack() {
        assertThat(pct(100, 99.9, LocalDate.of(2029, 1, 1), null).status()).isEqualTo("OFF_TRACK");
    }

    @Test
    void projectionIsLinearFromTheStartPoint() {
        // from 0 on 1/1/2026 to 30 on 1/1/2027: 365 days for 30 points; 730 more days → 90
        var o = pct(100, 30, LocalDate.of(2027, 1, 1), new ProgressRules.Point(BASE, BigDecimal.ZERO));
        assertThat(o.projected().doubleValue()).isCloseTo(30 + 30.0 * 729 / 365, org.assertj.core.data.Offset.offset(0.1));
        assertThat(o.status()).isEqualTo("OFF_TRACK"); // short by ~10.1 points: not less than 10
        var near = pct(100, 31, LocalDate.of(2027, 1, 1), new ProgressRules.Point(BASE, BigDecimal.ZERO));
        assertThat(near.status()).isEqualTo("AT_RISK"); // 31 + 31*729/365 ≈ 92.9: short by < 10
        var good = pct(60, 30, LocalDate.of(2027, 1, 1), new ProgressRules.Point(BASE, BigDecimal.ZERO));
        assertThat(good.status()).isEqualTo("ON_TRACK");
    }

    @Test
    void withoutAnEarlierPointTheBaselineAtZeroGivesThePace() {
        var o = pct(100, 50, LocalDate.of(2027, 7, 2), null);
        assertThat(o.projected()).isEqualByComparingTo("100.0"); // capped at 100
        assertThat(o.status()).isEqualTo("ON_TRACK");
    }

    @Test
    void countTargetsUseTenPercentOfTheTargetAndYearlyOnesRestartInJanuary() {
        // 3 classes a year: 2 by 1 July → pace 2/181 days → about 4 by 31/12: met by projection
        var o = ProgressRules.evaluate(false, true, BigDecimal.valueOf(3), LocalDate.of(2030, 12, 31), BASE, LocalDate.of(2027, 7, 1),
                BigDecimal.valueOf(2), null);
        assertThat(o.deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(o.status()).isEqualTo("ON_TRACK");
        // 10 a year, 4.7 projected → short by more than 1 (10%): off track
        var slow = ProgressRules.evaluate(false, true, BigDecimal.TEN, LocalDate.of(2030, 12, 31), BASE, LocalDate.of(2027, 7, 1),
                BigDecimal.valueOf(2), null);
        assertThat(slow.status()).isEqualTo("OFF_TRACK");
        assertThat(ProgressRules.value(false, 7, 0)).isEqualByComparingTo("7");
    }

    @Test
    void nobodyCountedHasNoValue() {
        assertThat(ProgressRules.value(true, 0, 0)).isNull();
        assertThat(ProgressRules.evaluate(true, false, BigDecimal.TEN, DUE, BASE, LocalDate.of(2027, 1, 1), null, null).status())
                .isEqualTo("NO_DATA");
    }

    @Test
    void propertiesHoldForRandomInputs() {
        Random r = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            double target = r.nextInt(101);
            double value = r.nextInt(1001) / 10.0;
            LocalDate asOf = BASE.plusDays(1 + r.nextInt(1500));
            ProgressRules.Point start = r.nextBoolean() ? null
                    : new ProgressRules.Point(asOf.minusDays(1 + r.nextInt(365)), BigDecimal.valueOf(r.nextInt(1001) / 10.0));
            var o = pct(target, value, asOf, start);
            // the projection never falls below the value, never exceeds 100; met iff value ≥ target
            assertThat(o.projected()).isGreaterThanOrEqualTo(BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)));
            assertThat(o.projected()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
            assertThat(o.status().equals("MET")).isEqualTo(value >= target);
            assertThat(o.gap()).isEqualByComparingTo(BigDecimal.valueOf(target).subtract(BigDecimal.valueOf(value)).max(BigDecimal.ZERO));
            if (asOf.isAfter(DUE)) {
                assertThat(o.status()).isIn("MET", "OFF_TRACK");
            }
        }
    }
}
