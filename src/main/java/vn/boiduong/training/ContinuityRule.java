package vn.boiduong.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Office continuity (duy trì hoạt động của cơ quan) when sending someone to a class. seed 000 I.2 / 001 I.2: sending
 * staff must not stall the agency; classes after hours or in the evening keep people at their desks.
 */
final class ContinuityRule {

    private ContinuityRule() {
    }

    enum Kind { MIN_PRESENT, SINGLE_HOLDER }

    /**
     * @param staff         active staff of the unit, the person included
     * @param awayDuring    others of the unit already sent to office-hours classes overlapping this one
     * @param minPresentPct the share of staff that must stay (0–100)
     * @param singleHolder  the person holds a position the unit marked as held by one person only
     * @param officeHours   the class runs in office hours
     */
    record Situation(int staff, int awayDuring, int minPresentPct, boolean singleHolder, boolean officeHours) {
        int presentAfter() {
            return Math.max(0, staff - awayDuring - 1);
        }

        int required() {
            return (staff * minPresentPct + 99) / 100;
        }
    }

    record Violation(Kind kind, int presentAfter, int required, int staff) {
    }

    static List<Violation> check(Situation s) {
        if (!s.officeHours() || s.staff() <= 0) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(2);
        if (s.presentAfter() < s.required()) {
            violations.add(new Violation(Kind.MIN_PRESENT, s.presentAfter(), s.required(), s.staff()));
        }
        if (s.singleHolder()) {
            violations.add(new Violation(Kind.SINGLE_HOLDER, s.presentAfter(), s.required(), s.staff()));
        }
        return List.copyOf(violations);
    }
}
