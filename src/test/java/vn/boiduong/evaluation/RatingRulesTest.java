package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rating rules on their own: bands (ND 335/2025), weighted score, yearly formula, overrides, cap, the 2-quarter alert. */
class RatingRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, XUAT_SAC", "90, XUAT_SAC", "90.00, XUAT_SAC", "89.99, TOT", "70, TOT", "69.99, HOAN_THANH",
            "50, HOAN_THANH", "49.99, KHONG_HOAN_THANH", "0, KHONG_HOAN_THANH"})
    void bandBoundaries(String score, RatingBand band) {
        assertThat(RatingRules.band(new BigDecimal(score))).isEqualTo(band);
    }

    @Test
    void bandsNeverGoDownWhenTheScoreGoesUpAndEachBandIsItsRange() {
        RatingBand previous = RatingBand.KHONG_HOAN_THANH;
        for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
            BigDecimal s = BigDecimal.valueOf(hundredths, 2);
            RatingBand b = RatingRules.band(s);
            assertThat(b.ordinal()).as("at %s", s).isLessThanOrEqualTo(previous.ordinal());
            double d = s.doubleValue();
            RatingBand expected = d >= 90 ? RatingBand.XUAT_SAC : d >= 70 ? RatingBand.TOT : d >= 50 ? RatingBand.HOAN_THANH
                    : RatingBand.KHONG_HOAN_THANH;
            assertThat(b).as("at %s", s).isEqualTo(expected);
            previous = b;
        }
    }

    @Test
    void weightedScoreIsTheWeightedMeanOutOf100() {
        Map<String, Integer> weights = new LinkedHashMap<>(Map.of("A", 55, "B", 20, "C", 10, "D", 15));
        assertThat(RatingRules.weightedScore(weights, Map.of("A", 100, "B", 100, "C", 100, "D", 100))).isEqualByComparingTo("100");
        assertThat(RatingRules.weightedScore(weights, Map.of("A", 0, "B", 0, "C", 0, "D", 0))).isEqualByComparingTo("0");
        // 55×80 + 20×90 + 10×70 + 15×95 = 4400 + 1800 + 700 + 1425 = 8325 → 83.25
        assertThat(RatingRules.weightedScore(weights, Map.of("A", 80, "B", 90, "C", 70, "D", 95))).isEqualByComparingTo("83.25");
        Random random = new Random(335);
        for (int i = 0; i < 500; i++) {
            Map<String, Integer> v = new HashMap<>();
            weights.keySet().forEach(k -> v.put(k, random.nextInt(101)));
            BigDecimal s = RatingRules.weightedScore(weights, v);
            int min = v.values().stream().min(Integer::compare).orElseThrow();
            int max = v.values().stream().max(Integer::compare).orElseThrow();
            assertThat(s).isBetween(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        }
    }

    @Test
    void yearScoreTakesQuartersAt80PercentAndEffectAt20PercentOnlyWhenThereIsOne() {
        assertThat(RatingRules.yearScore(new BigDecimal("80"), null)).isEqualByComparingTo("80");
        assertThat(RatingRules.yearScore(new BigDecimal("80"), new BigDecimal("100"))).isEqualByComparingTo("84");
        assertThat(RatingRules.mean(List.of(new BigDecimal("91"), new BigDecimal("88"), new BigDecimal("90")))).isEqualByComparingTo("89.67");
    }

    @Test
    void twoConsecutiveFailedQuartersAreFlaggedAlsoAcrossTheNewYearButNotNonConsecutiveOnes() {
        assertThat(RatingRules.consecutiveFailure(quarters("2026-Q2:K", "2026-Q3:K"))).hasValue(new RatingPeriod(2026, 3));
        assertThat(RatingRules.consecutiveFailure(quarters("2025-Q4:K", "2026-Q1:K"))).hasValue(new RatingPeriod(2026, 1));
        assertThat(RatingRules.consecutiveFailure(quarters("2026-Q1:K", "2026-Q2:H", "2026-Q3:K"))).isEmpty();
        assertThat(RatingRules.consecutiveFailure(quarters("2026-Q1:K", "2026-Q3:K"))).isEmpty();
        assertThat(RatingRules.consecutiveFailure(quarters("2025-Q1:K", "2026-Q1:K"))).as("a year apart").isEmpty();
        assertThat(RatingRules.consecutiveFailure(quarters("2026-Q1:K"))).isEmpty();
        assertThat(RatingRules.consecutiveFailure(quarters("2026-Q1:K", "2026-Q2:K", "2026-Q3:K"))).as("the latest pair")
                .hasValue(new RatingPeriod(2026, 3));
    }

    @Test
    void excellentIsCappedAt20PercentOfThoseRatedGoodOrAboveTheLowestScoringMovingDown() {
        List<RatingRules.Ranked> unit = new ArrayList<>();
        // 10 rated good or above: at most 2 excellent; 4 excellent → the 2 lowest (92, 90) move down
        unit.add(ranked(1, "95", RatingBand.XUAT_SAC));
        unit.add(ranked(2, "90", RatingBand.XUAT_SAC));
        unit.add(ranked(3, "97", RatingBand.XUAT_SAC));
        unit.add(ranked(4, "92", RatingBand.XUAT_SAC));
        for (int i = 5; i <= 10; i++) {
            unit.add(ranked(i, "80", RatingBand.TOT));
        }
        unit.add(ranked(11, "40", RatingBand.KHONG_HOAN_THANH));
        unit.add(ranked(12, "60", RatingBand.HOAN_THANH));
        assertThat(RatingRules.overCap(unit)).containsExactlyInAnyOrder(2L, 4L);
        // 4 good or above: 20% of 4 rounds down to 0 — no one may be excellent
        assertThat(RatingRules.overCap(List.of(ranked(1, "95", RatingBand.XUAT_SAC), ranked(2, "80", RatingBand.TOT),
                ranked(3, "80", RatingBand.TOT), ranked(4, "75", RatingBand.TOT)))).containsExactly(1L);
        // within the cap nothing moves
        List<RatingRules.Ranked> within = new ArrayList<>(unit.subList(0, 2));
        for (int i = 5; i <= 14; i++) {
            within.add(ranked(i, "80", RatingBand.TOT));
        }
        assertThat(RatingRules.overCap(within)).isEmpty();
    }

    @Test
    void theYearAppliesNotRatedThenDisciplineThenTheCap() {
        var people = new ArrayList<RatingYear.YearFacts.Person>();
        Map<Long, List<RatingYear.Quarter>> quarters = new HashMap<>();
        for (long id = 1; id <= 6; id++) {
            people.add(new RatingYear.YearFacts.Person(id, "Người " + id, "Chuyên viên", LocalDate.of(2020, 1, 1), null));
            quarters.put(id, List.of(new RatingYear.Quarter("2025-Q1", new BigDecimal(id <= 3 ? "95" : "80"), null)));
        }
        people.add(new RatingYear.YearFacts.Person(7, "Mới vào", "Chuyên viên", LocalDate.of(2025, 7, 2), null));
        quarters.put(7L, List.of(new RatingYear.Quarter("2025-Q4", new BigDecimal("99"), null)));
        var facts = new RatingYear.YearFacts(people, quarters, Map.of(2L, List.of(new BigDecimal("60"))),
                Map.of(3L, "KHIEN_TRACH"), Map.of());
        var p = RatingYear.compute(1, new String[] {"Phòng", "/VN/"}, 2025, facts);
        Map<Long, RatingYear.Line> byId = new HashMap<>();
        p.lines().forEach(l -> byId.put(l.personId(), l));
        assertThat(byId.get(7L).band()).as("under 6 months").isEqualTo(RatingBand.KHONG_XEP_LOAI);
        assertThat(byId.get(3L).band()).as("disciplined").isEqualTo(RatingBand.KHONG_HOAN_THANH);
        assertThat(byId.get(3L).computed()).isEqualTo(RatingBand.XUAT_SAC);
        assertThat(byId.get(2L).score()).as("95×0.8 + 60×0.2").isEqualByComparingTo("88");
        assertThat(byId.get(2L).band()).isEqualTo(RatingBand.TOT);
        // good or above: 1 (95) + 2 (88) + 4, 5, 6 (80) = 5 → 1 excellent allowed; person 1 keeps it
        assertThat(p.goodOrAbove()).isEqualTo(5);
        assertThat(byId.get(1L).band()).isEqualTo(RatingBand.XUAT_SAC);
        assertThat(RatingRules.monthsWorked(2025, LocalDate.of(2025, 7, 1), null)).isEqualTo(6);
        assertThat(RatingRules.monthsWorked(2025, LocalDate.of(2025, 7, 2), null)).isEqualTo(5);
        assertThat(RatingRules.monthsWorked(2025, LocalDate.of(2010, 3, 1), LocalDate.of(2025, 5, 31))).isEqualTo(5);
    }

    private static RatingRules.Ranked ranked(long id, String score, RatingBand band) {
        return new RatingRules.Ranked(id, new BigDecimal(score), band);
    }

    private static List<RatingRules.QuarterBand> quarters(String... items) {
        List<RatingRules.QuarterBand> out = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split(":");
            out.add(new RatingRules.QuarterBand(RatingPeriod.parse(parts[0]).orElseThrow(),
                    parts[1].equals("K") ? RatingBand.KHONG_HOAN_THANH : RatingBand.HOAN_THANH));
        }
        return out;
    }
}
