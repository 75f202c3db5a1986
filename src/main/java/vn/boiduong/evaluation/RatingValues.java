package vn.boiduong.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.boiduong.shared.Problems;

/** Indicator values as typed (0–100 each), checked against the indicators of a set. */
final class RatingValues {

    private RatingValues() {
    }

    /** A whole number as typed ("85", " 85 "), or null. */
    static Integer parse(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    /** Every indicator of the set needs a whole number 0–100; each problem names the indicator. */
    static Map<String, Integer> check(IndicatorSet set, Map<String, String> values, Problems.Collector problems) {
        Map<String, String> given = values == null ? Map.of() : values;
        Map<String, Integer> out = new LinkedHashMap<>();
        for (IndicatorSet.Indicator i : set.indicators()) {
            String text = given.get(i.code());
            String field = i.name();
            if (text == null || text.isBlank()) {
                problems.add(field, "validation.required");
                continue;
            }
            Integer v = parse(text);
            if (v == null || v < 0 || v > 100) {
                problems.add(field, "rating.value.range", text.strip());
            } else {
                out.put(i.code(), v);
            }
        }
        for (String code : given.keySet()) {
            if (set.indicators().stream().noneMatch(i -> i.code().equals(code))) {
                problems.add("values", "rating.value.unknown", code);
            }
        }
        return out;
    }
}
