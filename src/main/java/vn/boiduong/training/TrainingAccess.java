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

    TrainingAccess(AccessPolicy access) {
        this.access = access;
    }

    CurrentUser me() {
        return access.currentUser();
    }

    boolean canSee(TrainingClass c) {
        CurrentUser me = me();
        if (me.role().has(Permission.TRAINING_READ)
                && (me.covers(c.organiserPath()) || me.scopePath().startsWith(c.organiserPath()))) {
            return true;
        }
        return isProvider(c);
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
