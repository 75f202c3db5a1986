package vn.boiduong.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where reads and writes are authorised: a permission of the role, applied only inside the
 * user's subtree. Every module's service calls it with the path of the unit a record belongs to; list
 * queries filter by {@link #scopePath()}.
 */
@Component
public class AccessPolicy {

    public CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserDetails details) {
            return details.user();
        }
        throw new AccessDeniedException("error.notSignedIn");
    }

    public boolean isSignedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AppUserDetails;
    }

    public boolean can(Permission permission) {
        return currentUser().role().has(permission);
    }

    public boolean can(Permission permission, String unitPath) {
        CurrentUser user = currentUser();
        return user.role().has(permission) && user.covers(unitPath);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    public void require(Permission permission, String unitPath) {
        if (!can(permission, unitPath)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /**
     * Reading one person's file: people readers inside their subtree, or a staff member reading their own.
     */
    public void requirePersonRead(long personId, String unitPath) {
        if (!canReadPerson(personId, unitPath)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    public boolean canReadPerson(long personId, String unitPath) {
        CurrentUser user = currentUser();
        if (user.role().has(Permission.PEOPLE_READ) && user.covers(unitPath)) {
            return true;
        }
        return user.role().has(Permission.PEOPLE_READ_SELF) && user.personId() != null && user.personId() == personId;
    }

    /** The subtree prefix for list queries: {@code path like :scope || '%'}. */
    public String scopePath() {
        return currentUser().scopePath();
    }
}
