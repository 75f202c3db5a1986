package vn.boiduong.shell;

import java.util.List;
import java.util.Map;

/**
 * Which menu entry a page belongs to, from its path: the layout marks that entry (and the "Theo dõi" parent when
 * one of its items) with {@code active} and {@code aria-current="page"}. Longest prefix wins; the value is the
 * id of the menu link ("nav-people").
 */
final class NavSection {

    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("/me/training", "nav-my-training"),
            Map.entry("/me/feedback", "nav-evaluation"),
            Map.entry("/me/ratings", "nav-evaluation"),
            Map.entry("/me", "nav-me"),
            Map.entry("/units", "nav-units"),
            Map.entry("/people", "nav-people"),
            Map.entry("/import", "nav-people"),
            Map.entry("/gaps", "nav-gaps"),
            Map.entry("/standards", "nav-standards"),
            Map.entry("/plans", "nav-plans"),
            Map.entry("/classes", "nav-classes"),
            Map.entry("/results", "nav-classes"),
            Map.entry("/decisions", "nav-classes"),
            Map.entry("/enrollments", "nav-classes"),
            Map.entry("/evaluations", "nav-evaluation"),
            Map.entry("/tasks", "nav-tasks"),
            Map.entry("/targets", "nav-targets"),
            Map.entry("/reports", "nav-reports"),
            Map.entry("/budget", "nav-budget"),
            Map.entry("/catalog", "nav-catalog"),
            Map.entry("/notifications", "nav-notifications"),
            Map.entry("/users", "nav-users"),
            Map.entry("/audit", "nav-audit"),
            Map.entry("/admin/jobs", "nav-jobs"),
            Map.entry("/account/mfa", "nav-mfa"));

    /** Items of the "Theo dõi" drop-down. */
    private static final List<String> FOLLOW_UP = List.of("nav-targets", "nav-reports", "nav-budget");

    private NavSection() {
    }

    /** The menu link id of a path inside the application ("/people/12" → "nav-people"), "nav-home" for "/", else "". */
    static String of(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return path == null ? "" : "nav-home";
        }
        for (Map.Entry<String, String> e : PREFIXES) {
            String prefix = e.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) {
                return e.getValue();
            }
        }
        return "";
    }

    static boolean inFollowUp(String section) {
        return FOLLOW_UP.contains(section);
    }
}
