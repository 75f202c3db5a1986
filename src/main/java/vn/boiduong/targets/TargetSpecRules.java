package vn.boiduong.targets;

import java.util.List;
import java.util.Set;
import vn.boiduong.shared.Problems;

/** The whitelist of a target's population and condition: which fields go with which population kind, and their codes. */
final class TargetSpecRules {

    private TargetSpecRules() {
    }

    static void check(String kind, String measure, TargetSpec.Population p, TargetSpec.Condition c, TargetRules.Codes codes,
                      Problems.Collector problems) {
        codes("population.staffKinds", p.staffKinds(), TargetSpec.STAFF_KINDS, problems);
        codes("population.positionGroups", p.positionGroups(), TargetSpec.POSITION_GROUPS, problems);
        codes("population.positionCodes", p.positionCodes(), codes.positions(), problems);
        codes("population.programs", p.programs(), codes.programs(), problems);
        codes("population.categories", p.categories(), codes.categories(), problems);
        if (p.gender() != null && !Set.of("M", "F").contains(p.gender())) {
            problems.add("population.gender", "validation.unknownCode", p.gender(), "M, F");
        }
        if (p.gapCategory() != null && !TargetSpec.GAP_CATEGORIES.contains(p.gapCategory())) {
            problems.add("population.gapCategory", "validation.unknownCode", p.gapCategory(), String.join(", ", TargetSpec.GAP_CATEGORIES));
        }
        if (p.lacking() != null) {
            if (p.lacking().gapCategory() == null || !TargetSpec.GAP_CATEGORIES.contains(p.lacking().gapCategory())) {
                problems.add("population.lacking", "validation.unknownCode", String.valueOf(p.lacking().gapCategory()),
                        String.join(", ", TargetSpec.GAP_CATEGORIES));
            }
            codes("population.lacking", p.lacking().programs(), codes.programs(), problems);
        }
        age("population.ageUnder", p.ageUnder(), problems);
        boolean peopleFilters = p.staffKinds() != null && !p.staffKinds().isEmpty() || p.leader() != null || p.positionGroups() != null
                && !p.positionGroups().isEmpty() || p.positionCodes() != null && !p.positionCodes().isEmpty() || p.gender() != null
                || p.partyCommittee() != null || p.ageUnder() != null || p.affectedByReorg() != null || p.gapCategory() != null
                || p.lacking() != null;
        boolean classFilters = p.programs() != null && !p.programs().isEmpty() || p.categories() != null && !p.categories().isEmpty();
        String ck = c.kind();
        switch (kind) {
            case "PEOPLE" -> {
                if (classFilters) {
                    problems.add("population", "targets.error.filterKind");
                }
                if (ck == null || !TargetSpec.PEOPLE_CONDITIONS.contains(ck)) {
                    problems.add("condition.kind", "validation.unknownCode", String.valueOf(ck), String.join(", ", TargetSpec.PEOPLE_CONDITIONS));
                } else {
                    condition(c, codes, problems);
                }
            }
            case "CLASSES" -> {
                if (peopleFilters) {
                    problems.add("population", "targets.error.filterKind");
                }
                if (!classFilters) {
                    problems.add("population.programs", "targets.error.classPrograms");
                }
                if (!"COUNT".equals(measure)) {
                    problems.add("measure", "targets.error.classesCount");
                }
            }
            default -> {
                if (peopleFilters || classFilters) {
                    problems.add("population", "targets.error.filterKind");
                }
                String expected = "ENROLLMENTS".equals(kind) ? "REPORTED" : "SIGNED";
                if (!expected.equals(ck)) {
                    problems.add("condition.kind", "validation.unknownCode", String.valueOf(ck), expected);
                }
            }
        }
    }

    private static void condition(TargetSpec.Condition c, TargetRules.Codes codes, Problems.Collector problems) {
        codes("condition.programs", c.programs(), codes.programs(), problems);
        codes("condition.categories", c.categories(), codes.categories(), problems);
        codes("condition.statuses", c.statuses(), TargetSpec.ENROLLED_STATUSES, problems);
        switch (c.kind()) {
            case "TRAINED", "ENROLLED" -> {
                if ((c.programs() == null || c.programs().isEmpty()) && (c.categories() == null || c.categories().isEmpty())) {
                    problems.add("condition.programs", "targets.error.conditionPrograms");
                }
            }
            case "NO_GAP" -> {
                if (c.category() == null || !TargetSpec.GAP_CATEGORIES.contains(c.category())) {
                    problems.add("condition.category", "validation.unknownCode", String.valueOf(c.category()),
                            String.join(", ", TargetSpec.GAP_CATEGORIES));
                }
            }
            case "AGE_UNDER" -> {
                if (c.years() == null) {
                    problems.add("condition.years", "validation.required");
                } else {
                    age("condition.years", c.years(), problems);
                }
            }
            default -> {
            }
        }
    }

    private static void age(String field, Integer years, Problems.Collector problems) {
        if (years != null && (years < 18 || years > 70)) {
            problems.add(field, "targets.error.age", years);
        }
    }

    private static void codes(String field, List<String> values, Set<String> allowed, Problems.Collector problems) {
        if (values == null) {
            return;
        }
        for (String v : values) {
            if (!allowed.contains(v)) {
                problems.add(field, "validation.unknownCode", v, String.join(", ", allowed.stream().sorted().limit(6).toList()));
            }
        }
    }
}
