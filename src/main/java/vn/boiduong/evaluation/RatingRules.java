package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rating rules (quy tắc xếp loại) as pure functions: score, band, yearly proposal, overrides, cap, alert. */
final class RatingRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Yearly score: approved quarters weigh 80%, the year's signed effect-after-training evaluations 20% (when any). */
    static final BigDecimal QUARTERS_SHARE = new BigDecimal("0.80");
    static final BigDecimal EFFECT_SHARE = new BigDecimal("0.20");
    /** ND 335/2025: "xuất sắc" at most 20% of those rated "tốt" or above in the same unit. */
    static final int EXCELLENT_CAP_PERCENT = 20;
    /** ND 335/2025: fewer than 6 months worked in the year → not rated. */
    static final int MIN_MONTHS_WORKED = 6;

    private RatingRules() {
    }

    /** ND 335/2025 bands: xuất sắc ≥ 90; tốt 70–< 90; hoàn thành 50–< 70; không hoàn thành < 50. */
    static RatingBand band(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return RatingBand.XUAT_SAC;
        }
        if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return RatingBand.TOT;
        }
        if (score.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return RatingBand.HOAN_THANH;
        }
        return RatingBand.KHONG_HOAN_THANH;
    }

    /** Σ weight × value ÷ 100 (weights sum to 100, values 0–100), to two decimals. */
    static BigDecimal weightedScore(Map<String, Integer> weights, Map<String, Integer> values) {
        long sum = 0;
        for (var w : weights.entrySet()) {
            Integer v = values.get(w.getKey());
            if (v == null) {
                throw new IllegalArgumentException("no value for " + w.getKey());
            }
            sum += (long) w.getValue() * v;
        }
        return BigDecimal.valueOf(sum).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(Collection<BigDecimal> scores) {
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** The yearly score: quarters mean × 80% + effect mean × 20% when an effect evaluation exists, else the quarters mean. */
    static BigDecimal yearScore(BigDecimal quartersMean, BigDecimal effectMean) {
        if (effectMean == null) {
            return quartersMean.setScale(2, RoundingMode.HALF_UP);
        }
        return quartersMean.multiply(QUARTERS_SHARE).add(effectMean.multiply(EFFECT_SHARE)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whole months worked in the year, from the later of 1/1 and joining to the earlier of 31/12 and leaving. */
    static long monthsWorked(int year, LocalDate joinedOn, LocalDate leftOn) {
        LocalDate start = joinedOn == null || joinedOn.getYear() < year ? LocalDate.of(year, 1, 1) : joinedOn;
        LocalDate end = leftOn == null || leftOn.getYear() > year ? LocalDate.of(year, 12, 31) : leftOn;
        if (end.isBefore(start)) {
            return 0;
        }
        return Period.between(start, end.plusDays(1)).toTotalMonths();
    }

    /** A quarter's approved band. */
    record QuarterBand(RatingPeriod period, RatingBand band) {
    }

    /**
     * seed 003 III.3: replace a cadre rated "không hoàn thành nhiệm vụ" in 2 consecutive quarters or more. The later
     * quarter of the latest such pair, if any.
     */
    static Optional<RatingPeriod> consecutiveFailure(Collection<QuarterBand> approved) {
        List<RatingPeriod> failed = approved.stream().filter(q -> q.period().isQuarter() && q.band() == RatingBand.KHONG_HOAN_THANH)
                .map(QuarterBand::period).sorted(Comparator.comparingInt(RatingPeriod::index).reversed()).toList();
        for (RatingPeriod p : failed) {
            if (failed.stream().anyMatch(o -> o.index() == p.index() - 1)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** One person's yearly line before and after the cap. */
    record Ranked(long personId, BigDecimal score, RatingBand band) {
    }

    /**
     * ND 335/2025: within one unit "xuất sắc" ≤ 20% (rounded down) of those rated "tốt" or above. When over, the
     * lowest-scoring "xuất sắc" are proposed as "tốt" (ties: the later id goes first). Returns the ids moved down.
     */
    static List<Long> overCap(Collection<Ranked> lines) {
        long base = lines.stream().filter(l -> l.band().goodOrAbove()).count();
        long allowed = base * EXCELLENT_CAP_PERCENT / 100;
        List<Ranked> excellent = lines.stream().filter(l -> l.band() == RatingBand.XUAT_SAC)
                .sorted(Comparator.comparing(Ranked::score).reversed().thenComparingLong(Ranked::personId)).toList();
        List<Long> moved = new ArrayList<>();
        for (int i = (int) allowed; i < excellent.size(); i++) {
            moved.add(excellent.get(i).personId());
        }
        return moved;
    }
}
