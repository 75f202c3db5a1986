package vn.boiduong.tasks;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Checks a typed or imported task and turns it into what is stored; problems are named by field (form) or by row and column (import). */
final class TaskChecks {

    /** A checked task (nhiệm vụ đã kiểm tra), ready to store. */
    record Draft(String number, boolean heading, String content, UnitMatcher.Named lead, List<UnitMatcher.Named> coordinators,
                 String deadlineText, Deadline deadline, String product, UnitMatcher.Named authority) {
    }

    // seed 003 appendix: "1", "1.1", "5.2." (a trailing dot is dropped)
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,3}");

    private TaskChecks() {
    }

    static String number(String raw) {
        String n = VietnameseText.clean(raw == null ? "" : raw);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /**
     * @param field maps a field name (number, content, lead, deadline, product, authority) to what the problem names
     * @return the draft, or null when a problem was added
     */
    static Draft check(TaskInput in, UnitMatcher matcher, UnitMatcher.Candidates units, Problems.Collector p, UnaryOperator<String> field) {
        int before = p.problems().size();
        String number = number(in.number());
        String content = VietnameseText.clean(in.content() == null ? "" : in.content());
        if (number.isEmpty()) {
            p.add(field.apply("number"), "tasks.error.numberRequired");
        } else if (!NUMBER.matcher(number).matches()) {
            p.add(field.apply("number"), "tasks.error.numberFormat", number);
        }
        if (content.isEmpty()) {
            p.add(field.apply("content"), "tasks.error.contentRequired");
        } else if (content.length() > 4000) {
            p.add(field.apply("content"), "tasks.error.tooLong", 4000);
        }
        boolean heading = in.heading();
        UnitMatcher.Named lead = null;
        Deadline deadline = null;
        String deadlineText = VietnameseText.clean(in.deadline());
        if (!heading) {
            if (in.leadUnitId() != null) {
                lead = units.units().stream().filter(u -> in.leadUnitId().equals(u[0])).findFirst()
                        .map(u -> new UnitMatcher.Named(in.leadUnitId(), null)).orElse(null);
                if (lead == null) {
                    p.add(field.apply("lead"), "tasks.error.leadOutside");
                }
            } else if (in.lead() == null || in.lead().isBlank()) {
                p.add(field.apply("lead"), "tasks.error.leadRequired"); // seed 002 I.2: "rõ người"
            } else if (in.lead().strip().length() > 300) {
                p.add(field.apply("lead"), "tasks.error.tooLong", 300);
            } else {
                lead = matcher.match(units, in.lead());
            }
            if (deadlineText == null || deadlineText.isEmpty()) {
                p.add(field.apply("deadline"), "tasks.error.deadlineRequired"); // seed 002 I.2: "rõ thời gian"
            } else {
                deadline = DeadlineRules.parse(deadlineText).orElse(null);
                if (deadline == null) {
                    p.add(field.apply("deadline"), "tasks.error.deadlineUnreadable", deadlineText);
                }
            }
        }
        String product = VietnameseText.clean(in.product());
        if (product != null && product.length() > 300) {
            p.add(field.apply("product"), "tasks.error.tooLong", 300);
        }
        UnitMatcher.Named authority = null;
        if (in.authorityUnitId() != null) {
            // a unit chosen by id passes the same scope as a unit named in text: the issuer's candidates only
            if (units.units().stream().anyMatch(u -> in.authorityUnitId().equals(u[0]))) {
                authority = new UnitMatcher.Named(in.authorityUnitId(), null);
            } else {
                p.add(field.apply("authority"), "tasks.error.authorityOutside");
            }
        } else if (in.authority() != null && !in.authority().isBlank()) {
            if (in.authority().strip().length() > 300) {
                p.add(field.apply("authority"), "tasks.error.tooLong", 300);
            } else {
                authority = matcher.match(units, in.authority());
            }
        }
        if (p.problems().size() > before) {
            return null;
        }
        return new Draft(number, heading, content, lead, heading ? List.of() : matcher.matchAll(units, in.coordinators()), deadlineText,
                deadline, product == null || product.isEmpty() ? null : product, authority);
    }
}
