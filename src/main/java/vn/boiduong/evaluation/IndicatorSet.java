package vn.boiduong.evaluation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator set (bộ chỉ số đánh giá) for a title: a job position code or a group (LANH_DAO, CHUYEN_MON,
 * HO_TRO), one version; its indicators in the four groups of seed 003 III.3 with weights summing to 100.
 */
public record IndicatorSet(long id, String appliesTo, int version, String sourceRef, Instant validFrom, Instant validTo,
                           String changedBy, List<Indicator> indicators) {

    /** An indicator (chỉ số) of a set; group: TASK_RESULTS, SERVICE, COORDINATION, DISCIPLINE. */
    public record Indicator(String code, String group, String name, int weight) {
    }

    public static final List<String> GROUPS = List.of("TASK_RESULTS", "SERVICE", "COORDINATION", "DISCIPLINE");
    public static final List<String> TITLE_GROUPS = List.of("LANH_DAO", "CHUYEN_MON", "HO_TRO");

    Map<String, Integer> weights() {
        Map<String, Integer> m = new LinkedHashMap<>();
        indicators.forEach(i -> m.put(i.code(), i.weight()));
        return m;
    }

    /** The weighted score out of 100 of values (0–100) given for every indicator of the set. */
    public java.math.BigDecimal score(Map<String, Integer> values) {
        return RatingRules.weightedScore(weights(), values);
    }

    /** Sum of the weights per group, in the order of {@link #GROUPS}. */
    public Map<String, Integer> groupWeights() {
        Map<String, Integer> m = new LinkedHashMap<>();
        GROUPS.forEach(g -> m.put(g, indicators.stream().filter(i -> i.group().equals(g)).mapToInt(Indicator::weight).sum()));
        return m;
    }
}
