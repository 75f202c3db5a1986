package vn.boiduong.standards;

import java.util.ArrayList;
import java.util.List;
import vn.boiduong.people.Levels;
import vn.boiduong.people.PersonProfiles;
import vn.boiduong.shared.VietnameseText;

/** The rule engine: pure functions of a person's profile and the requirements of their position. */
public final class GapEngine {

    private static final List<String> IT_LEVELS = List.of("CO_BAN", "NANG_CAO");

    private GapEngine() {
    }

    public static List<Evaluation> evaluate(PersonProfiles.Profile p, List<Requirement> requirements) {
        List<Evaluation> result = new ArrayList<>(requirements.size());
        for (Requirement r : requirements) {
            result.add(evaluate(p, r));
        }
        return result;
    }

    static Evaluation evaluate(PersonProfiles.Profile p, Requirement r) {
        return switch (r.type()) {
            case EDUCATION -> education(p, r);
            case POLITICAL_THEORY -> level(p, r, theoryRank(p.politicalTheory()), theoryRank(r.minLevel()),
                    "gap.theory", p.politicalTheory(), "TRUNG_CAP".equals(r.minLevel()) ? "LLCT_TRUNG_CAP" : "LLCT_SO_CAP");
            case STATE_MANAGEMENT -> level(p, r, rank(Levels.STATE_MANAGEMENT, p.stateManagement()),
                    rank(Levels.STATE_MANAGEMENT, r.minLevel()), "gap.stateMgmt", p.stateManagement(), first(r.satisfiedBy()));
            case PROGRAM -> program(p, r);
            case IT -> level(p, r, rank(IT_LEVELS, p.itLevel()), rank(IT_LEVELS, r.minLevel()), "gap.it", p.itLevel(), "CNTT_CO_BAN");
        };
    }

    /** seed 000 III.1.a: a certificate of the position's specialised course (CMCN) satisfies its qualification requirement. */
    private static Evaluation education(PersonProfiles.Profile p, Requirement r) {
        boolean levelOk = rank(Levels.EDUCATION, p.education()) >= rank(Levels.EDUCATION, r.minLevel());
        boolean fieldOk = r.acceptedFields().isEmpty() || fieldMatches(p.field(), r.acceptedFields());
        if (levelOk && fieldOk) {
            return met(r, "LEVEL", "gap.education.met", List.of(nz(p.education()), nz(p.field())));
        }
        if (certificate(p, "CMCN", p.positionCode())) {
            return met(r, "CERTIFICATE", "gap.education.byCertificate", List.of("CMCN"));
        }
        String reason = !levelOk ? "gap.education.level" : "gap.education.field";
        return gap(r, Evaluation.Category.SPECIALISED, first(r.satisfiedBy()), reason,
                List.of(nz(r.minLevel()), String.join(", ", r.acceptedFields()), nz(p.education()), nz(p.field())));
    }

    private static Evaluation program(PersonProfiles.Profile p, Requirement r) {
        for (String program : r.satisfiedBy()) {
            if (certificate(p, program, null)) {
                return met(r, "CERTIFICATE", "gap.program.met", List.of(program));
            }
        }
        return gap(r, category(p, r), first(r.satisfiedBy()), "gap.program", List.of(first(r.satisfiedBy())));
    }

    private static Evaluation level(PersonProfiles.Profile p, Requirement r, int has, int needs, String reason, String current,
                                    String closing) {
        if (has >= needs) {
            return met(r, "LEVEL", reason + ".met", List.of(nz(current)));
        }
        for (String program : r.satisfiedBy()) {
            if (certificate(p, program, null)) {
                return met(r, "CERTIFICATE", "gap.program.met", List.of(program));
            }
        }
        return gap(r, category(p, r), closing, reason, List.of(nz(r.minLevel()), nz(current)));
    }

    /** Leaders missing their title's standard come second; the rest last (001 IV.2 order). */
    private static Evaluation.Category category(PersonProfiles.Profile p, Requirement r) {
        return p.leader() && r.type() != Requirement.Type.IT ? Evaluation.Category.TITLE_STANDARD : Evaluation.Category.OTHER;
    }

    private static Evaluation met(Requirement r, String by, String reason, List<String> args) {
        return new Evaluation(r, true, by, null, 0, null, reason, args);
    }

    private static Evaluation gap(Requirement r, Evaluation.Category category, String closing, String reason, List<String> args) {
        int priority = switch (category) {
            case SPECIALISED -> 1;
            case TITLE_STANDARD -> 2;
            case OTHER -> 3;
        };
        return new Evaluation(r, false, null, category, priority, closing, reason, args);
    }

    static boolean certificate(PersonProfiles.Profile p, String program, String position) {
        for (PersonProfiles.Certificate c : p.certificates()) {
            if (c.programCode().equals(program)
                    && (position == null || c.forPosition() == null || c.forPosition().equals(position))) {
                return true;
            }
        }
        return false;
    }

    static boolean fieldMatches(String field, List<String> accepted) {
        if (field == null || field.isBlank()) {
            return false;
        }
        String key = VietnameseText.searchKey(field);
        for (String a : accepted) {
            String k = VietnameseText.searchKey(a);
            if (key.equals(k) || key.startsWith(k) || k.startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    /** Political theory: cử nhân counts as cao cấp. */
    static int theoryRank(String level) {
        return rank(Levels.POLITICAL_THEORY, "CU_NHAN".equals(level) ? "CAO_CAP" : level == null ? "NONE" : level);
    }

    /** Position of a level in its order; -1 for none or an unknown code (so it never meets a minimum). */
    private static int rank(List<String> order, String level) {
        return level == null ? -1 : order.indexOf(level);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
