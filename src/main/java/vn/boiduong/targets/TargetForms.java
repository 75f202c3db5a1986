package vn.boiduong.targets;

import java.util.Arrays;
import java.util.List;

/** The admin form's flat fields (checkbox lists, comma-separated codes) and their mapping to {@link TargetInput}. */
record TargetForms(String code, String name, String shortName, String sourceRef, String populationKind, String measure, String targetValue,
                   Boolean perYear, String baselineOn, String deadline, String level, Boolean active, Integer version,
                   List<String> staffKinds, String leader, List<String> positionGroups, String positionCodes, String gender,
                   String partyCommittee, String ageUnder, String affectedByReorg, String gapCategory, String lackingGap,
                   String lackingPrograms, String programs, List<String> categories, String conditionKind,
                   String conditionPrograms, List<String> conditionCategories, List<String> conditionStatuses,
                   String conditionYears, String conditionCategory) {

    TargetInput input() {
        var pop = new TargetSpec.Population(list(staffKinds), bool(leader), list(positionGroups), csv(positionCodes), blank(gender),
                bool(partyCommittee), integer(ageUnder), bool(affectedByReorg), blank(gapCategory),
                blank(lackingGap) == null ? null : new TargetSpec.Lacking(lackingGap, csv(lackingPrograms)), csv(programs), list(categories));
        var cond = new TargetSpec.Condition(blank(conditionKind), csv(conditionPrograms), list(conditionCategories), list(conditionStatuses),
                integer(conditionYears), blank(conditionCategory));
        return new TargetInput(code, name, shortName, sourceRef, populationKind, pop, cond, measure, targetValue, perYear != null && perYear,
                baselineOn, deadline, level, active != null && active, version);
    }

    static TargetForms of(Target t) {
        var p = t.population();
        var c = t.condition();
        return new TargetForms(t.code(), t.name(), t.shortName(), t.sourceRef(), t.populationKind(), t.measure(), t.targetValue().stripTrailingZeros().toPlainString(),
                t.perYear(), vn.boiduong.shared.Dates.format(t.baselineOn()), vn.boiduong.shared.Dates.format(t.deadline()), t.level(),
                t.active(), t.version(), p.staffKinds(), str(p.leader()), p.positionGroups(), join(p.positionCodes()), p.gender(),
                str(p.partyCommittee()), str(p.ageUnder()), str(p.affectedByReorg()), p.gapCategory(),
                p.lacking() == null ? null : p.lacking().gapCategory(), p.lacking() == null ? null : join(p.lacking().programs()),
                join(p.programs()), p.categories(), c.kind(), join(c.programs()), c.categories(), c.statuses(), str(c.years()), c.category());
    }

    static TargetForms empty() {
        return new TargetForms("", "", "", "", "PEOPLE", "PERCENT", "100", false, "", "", "COMMUNE", true, null, null, "", null, "", "",
                "", "", "", "", "", "", "", null, "TRAINED", "", null, null, "", "");
    }

    private static List<String> list(List<String> values) {
        return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static List<String> csv(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static Boolean bool(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf("true".equalsIgnoreCase(text.strip()));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A number as typed; text that is not one becomes -1, which the age rule names as out of range. */
    private static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
