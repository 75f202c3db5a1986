package vn.boiduong.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.evaluation.IndicatorSet;
import vn.boiduong.evaluation.RatingBand;

/**
 * Approved quarterly ratings (đánh giá, xếp loại hằng quý) of 2026 for most active cadres: every indicator of the set
 * that applies to the person reviewed around a personal level, the score weighted as the evaluation module does and the
 * band from it (ND 335/2025 thresholds); a few quarters fall below 50 (không hoàn thành nhiệm vụ).
 */
final class SyntheticRatings {

    private final Map<String, IndicatorSet> sets;
    private final long seed;
    private final LocalDate asOf;
    final CopyBuffer ratings;

    SyntheticRatings(JdbcClient jdbc, DataSource ds, long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
        this.sets = currentSets(jdbc);
        ratings = new CopyBuffer(ds, "rating", "person_id, org_unit_id, period, indicator_set_id, self_values, self_score, self_at, "
                + "review_values, review_score, reviewed_by, reviewed_at, score, band, status, approved_by, approved_at, created_at");
    }

    /** The quarters of the year that ended before {@code asOf} (Q1–Q3 in late 2026). */
    List<Integer> quarters() {
        List<Integer> q = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            if (LocalDate.of(TrainingHistory.YEAR, quarter * 3, 1).plusMonths(1).plusDays(20).isBefore(asOf)) {
                q.add(quarter);
            }
        }
        return q;
    }

    void write(TrainingOffers.Trainee t) {
        SplittableRandom r = new SplittableRandom(TrainingHistory.mix(seed, "rating/" + t.personnelCode()));
        if (r.nextInt(100) >= 88) {
            return; // not rated: newly arrived, long leave
        }
        // seed 003 III.3 / RatingIndicators.forPerson: the set of the position, else of its group, else leader or specialist
        IndicatorSet set = sets.getOrDefault(t.position(), sets.getOrDefault(t.group(), sets.get(t.leader() ? "LANH_DAO" : "CHUYEN_MON")));
        if (set == null) {
            return;
        }
        int level = (int) Math.round(78 + r.nextGaussian() * 7);
        for (int quarter : quarters()) {
            int base = r.nextInt(1000) < 15 ? 35 + r.nextInt(13) : Math.max(40, Math.min(97, level + r.nextInt(7) - 3));
            Map<String, Integer> review = values(set, base, r);
            Map<String, Integer> self = new LinkedHashMap<>();
            review.forEach((k, v) -> self.put(k, Math.min(100, v + r.nextInt(6))));
            BigDecimal score = set.score(review);
            LocalDate end = LocalDate.of(TrainingHistory.YEAR, quarter * 3, 1).plusMonths(1).minusDays(1);
            var selfAt = TrainingRows.at(end.minusDays(2 + r.nextInt(5)), 9);
            var reviewedAt = TrainingRows.at(end.plusDays(3 + r.nextInt(5)), 15);
            var approvedAt = TrainingRows.at(end.plusDays(10 + r.nextInt(8)), 10);
            ratings.row(t.id(), t.unitId(), TrainingHistory.YEAR + "-Q" + quarter, set.id(), json(self), set.score(self), selfAt,
                    json(review), score, "truongphong." + t.communeCode(), reviewedAt, score, RatingBand.forScore(score).name(),
                    "APPROVED", "vhxh." + t.communeCode(), approvedAt, selfAt);
        }
    }

    private static Map<String, Integer> values(IndicatorSet set, int base, SplittableRandom r) {
        Map<String, Integer> values = new LinkedHashMap<>();
        set.indicators().forEach(i -> values.put(i.code(), Math.max(0, Math.min(100, base + r.nextInt(9) - 4))));
        return values;
    }

    private static String json(Map<String, Integer> values) {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return sb.append('}').toString();
    }

    private static Map<String, IndicatorSet> currentSets(JdbcClient jdbc) {
        Map<String, List<IndicatorSet.Indicator>> indicators = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, s.applies_to, i.code, i.grp, i.name, i.weight from rating_indicator_set s
                join rating_indicator i on i.set_id = s.id where s.valid_to is null order by s.applies_to, i.position
                """).query(rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                    indicators.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new IndicatorSet.Indicator(rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)));
                });
        Map<String, IndicatorSet> sets = new LinkedHashMap<>();
        ids.forEach((applies, id) -> sets.put(applies, new IndicatorSet(id, applies, 0, null, null, null, null, indicators.get(applies))));
        return sets;
    }
}
