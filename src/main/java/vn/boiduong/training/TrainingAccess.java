package vn.boiduong.training;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;

/**
 * Who may see and do what with classes and enrollments, built on {@link AccessPolicy} (the one authorisation point):
 * a class is seen by readers inside its organiser's subtree and by readers below the organiser (to send their staff);
 * its enrollments only by the organiser, the provider, the person's own units and the trainee.
 */
@Component
class TrainingAccess {

    private final AccessPolicy access;
    private final EnrollmentRepository enrollments;

    TrainingAccess(AccessPolicy access, EnrollmentRepository enrollments) {
        this.access = access;
        this.enrollments = enrollments;
    }

    CurrentUser me() {
        return access.currentUser();
    }

    /**
     * Reading a class (its page, never a change): readers inside the organiser's subtree or below the organiser; a unit
     * whose own staff are enrolled, wherever the class is organised; the finance department for the classes whose
     * costs it sees (organised inside its scope); the provider of the class.
     */
    boolean canSee(TrainingClass c) {
        CurrentUser me = me();
        if (me.role().has(Permission.TRAINING_READ)
                && (me.covers(c.organiserPath()) || me.scopePath().startsWith(c.organiserPath()))) {
            return true;
        }
        if (me.role().has(Permission.BUDGET_READ) && me.covers(c.organiserPath())) {
            return true;
        }
        return isProvider(c) || me.role().has(Permission.TRAINING_READ) && enrollments.anyUnder(c.id(), me.scopePath());
    }

    /**
     * Reading a sending decision (its DOCX and PDF): the issuing unit and the units above it, and a unit whose own staff
     * the decision names (the province's decision sending a commune's staff is read by that commune). A finance
     * officer reads the class, not the decisions naming its trainees.
     *
     * @param namesMyStaff whether the decision names a person of the user's scope
     */
    boolean canReadDecision(TrainingClass c, String issuerPath, boolean namesMyStaff) {
        CurrentUser me = me();
        if (!me.role().has(Permission.TRAINING_READ) && !isProvider(c)) {
            return false;
        }
        return me.covers(issuerPath) || namesMyStaff && me.role().has(Permission.TRAINING_READ);
    }

    boolean isProvider(TrainingClass c) {
        CurrentUser me = me();
        return me.role().has(Permission.CLASSES_OWN) && me.providerId() != null && me.providerId().equals(c.providerId());
    }

    boolean canManage(TrainingClass c) {
        return access.can(Permission.CLASS_MANAGE, c.organiserPath());
    }

    boolean canManageAt(String unitPath) {
        return access.can(Permission.CLASS_MANAGE, unitPath);
    }

    boolean canRecordResults(TrainingClass c) {
        return canManage(c) || isProvider(c);
    }

    boolean canApprove(TrainingClass c, String personPath) {
        return access.can(Permission.ENROLL_APPROVE, c.organiserPath()) && access.can(Permission.ENROLL_APPROVE, personPath);
    }

    boolean canPropose(String personPath) {
        return access.can(Permission.ENROLL_PROPOSE, personPath);
    }

    boolean isSelf(Enrollment e) {
        CurrentUser me = me();
        return me.personId() != null && me.personId() == e.personId();
    }

    boolean canSee(TrainingClass c, Enrollment e) {
        return canRecordResults(c) || access.can(Permission.TRAINING_READ, e.unitPath()) || isSelf(e);
    }

    boolean canVerify(Enrollment e) {
        return access.can(Permission.RESULT_VERIFY, e.unitPath());
    }

    boolean canWithdraw(TrainingClass c, Enrollment e) {
        return canPropose(e.unitPath()) || canApprove(c, e.unitPath()) || isSelf(e);
    }

    void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("error.forbidden");
        }
    }
}
