package vn.boiduong.catalog;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Checks a typed programme and turns it into checked values, naming every problem by field. */
final class ProgramRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    static final int MAX_DAYS = 2000;

    /** A programme whose values passed the rules (code upper-case, blanks as null, texts NFC). */
    record Draft(String code, String name, String category, int durationDays, String durationText, String targetGroup,
                 String organiser, String certificate, Integer phase, String sourceRef) {

        /** Accent-free lower-case name and code: the same key as the migration's lower(unaccent(...)). */
        String searchKey() {
            return VietnameseText.searchKey(name + " " + code);
        }
    }

    private ProgramRules() {
    }

    /** Every problem of the input at once; uniqueness of the code is the catalog's check (it needs the data). */
    static Draft check(ProgramInput in) {
        var problems = Problems.collect();
        String code = text(in.code(), "code", 40, true, problems);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add("code", "catalog.validation.codeFormat", code);
            }
        }
        String name = text(in.name(), "name", 300, true, problems);
        String category = text(in.category(), "category", 30, true, problems);
        if (category != null) {
            category = category.toUpperCase(Locale.ROOT);
            if (!Program.CATEGORIES.contains(category)) {
                problems.add("category", "validation.unknownCode", category, String.join(", ", Program.CATEGORIES));
            }
        }
        int days = days(in.durationDays(), problems);
        String durationText = text(in.durationText(), "durationText", 60, true, problems);
        String target = text(in.targetGroup(), "targetGroup", 300, true, problems);
        String organiser = text(in.organiser(), "organiser", 200, true, problems);
        String certificate = text(in.certificate(), "certificate", 200, false, problems);
        Integer phase = phase(in.phase(), problems);
        String sourceRef = text(in.sourceRef(), "sourceRef", 300, false, problems);
        problems.throwIfAny();
        return new Draft(code, name, category, days, durationText, target, organiser, certificate, phase, sourceRef);
    }

    private static String text(String value, String field, int max, boolean required, Problems.Collector problems) {
        String s = VietnameseText.clean(value);
        if (s == null || s.isEmpty()) {
            if (required) {
                problems.add(field, "validation.required");
            }
            return null;
        }
        if (s.length() > max) {
            problems.add(field, "validation.tooLong", max);
            return null;
        }
        return s;
    }

    private static int days(String value, Problems.Collector problems) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            problems.add("durationDays", "validation.required");
            return 0;
        }
        try {
            int days = Integer.parseInt(s);
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("durationDays", "catalog.validation.days", s, MAX_DAYS);
        return 0;
    }

    private static Integer phase(String value, Problems.Collector problems) {
        String s = value == null ? "" : value.strip();
        return switch (s) {
            case "" -> null;
            case "1" -> 1;
            case "2" -> 2;
            default -> {
                problems.add("phase", "catalog.validation.phase", s);
                yield null;
            }
        };
    }
}
