package vn.boiduong.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Checks a typed target against the whitelist of population and condition fields, naming every problem by field. */
final class TargetRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    static final Set<String> MEASURES = Set.of("PERCENT", "COUNT");
    static final List<String> LEVELS = List.of("NATION", "PROVINCE", "COMMUNE", "AGENCY");

    /** The catalog's programme codes and categories and the job-position codes the codes are checked against. */
    record Codes(Set<String> programs, Set<String> categories, Set<String> positions) {
    }

    private TargetRules() {
    }

    static TargetForm check(TargetInput in, Codes codes, boolean ministry) {
        var problems = Problems.collect();
        String code = text(in.code(), "code", 40, problems);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add("code", "targets.error.code", code);
            }
        }
        String name = text(in.name(), "name", 300, problems);
        String shortName = VietnameseText.clean(in.shortName());
        shortName = shortName == null || shortName.isBlank() ? null : shortName.strip();
        if (shortName != null && shortName.length() > 60) {
            problems.add("shortName", "validation.tooLong", 60);
        }
        String source = text(in.sourceRef(), "sourceRef", 400, problems);
        String kind = choice(in.populationKind(), "populationKind", TargetSpec.POPULATION_KINDS, problems);
        String measure = choice(in.measure(), "measure", MEASURES, problems);
        String level = choice(in.level(), "level", Set.copyOf(LEVELS), problems);
        if ("NATION".equals(level) && !ministry) {
            problems.add("level", "targets.error.levelAboveOwner");
        }
        BigDecimal value = number(in.targetValue(), problems);
        if (value != null && "PERCENT".equals(measure) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("targetValue", "targets.error.percentMax");
        }
        var baseline = date(in.baselineOn(), "baselineOn", problems);
        var deadline = date(in.deadline(), "deadline", problems);
        if (baseline != null && deadline != null && !deadline.isAfter(baseline)) {
            problems.add("deadline", "targets.error.deadlineOrder");
        }
        var pop = in.population() == null ? TargetSpec.Population.none() : in.population();
        var cond = in.condition() == null ? TargetSpec.Condition.none() : in.condition();
        if (kind != null) {
            TargetSpecRules.check(kind, measure, pop, cond, codes, problems);
        }
        boolean perYear = Boolean.TRUE.equals(in.perYear());
        if (perYear && !"COUNT".equals(measure)) {
            problems.add("perYear", "targets.error.perYearCount");
        }
        problems.throwIfAny();
        return new TargetForm(code, name, shortName, source, kind, pop, cond, measure, value, perYear, baseline, deadline, level,
                in.active() == null || in.active());
    }

    private static String text(String value, String field, int max, Problems.Collector problems) {
        String s = VietnameseText.clean(value);
        if (s == null || s.isBlank()) {
            problems.add(field, "validation.required");
            return null;
        }
        if (s.length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
        return s.strip();
    }

    private static String choice(String value, String field, Set<String> allowed, Problems.Collector problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            problems.add(field, "validation.unknownCode", value, String.join(", ", new java.util.TreeSet<>(allowed)));
            return null;
        }
        return v;
    }

    private static BigDecimal number(String value, Problems.Collector problems) {
        if (value == null || value.isBlank()) {
            problems.add("targetValue", "validation.required");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(value.strip().replace(',', '.'));
            if (v.signum() < 0 || v.scale() > 2 || v.compareTo(BigDecimal.valueOf(9_999_999)) > 0) {
                problems.add("targetValue", "targets.error.value", value);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add("targetValue", "targets.error.value", value);
            return null;
        }
    }

    private static java.time.LocalDate date(String value, String field, Problems.Collector problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
            return null;
        }
        var d = Dates.parse(value.strip());
        if (d.isEmpty()) {
            problems.add(field, "validation.date", value);
        }
        return d.orElse(null);
    }
}
