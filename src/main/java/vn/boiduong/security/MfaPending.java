package vn.boiduong.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A sign-in whose password was right but whose second factor is still to come. Not authenticated, without
 * authorities, and its principal is not an {@link AppUserDetails}: every protected page, every service call
 * ({@link AccessPolicy#currentUser()}) refuses it until the code has been given.
 */
final class MfaPending extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Authentication full;

    MfaPending(Authentication full) {
        super(List.of());
        this.full = full;
        setDetails(full.getDetails());
    }

    /** The authentication the session receives once the code is right. */
    Authentication full() {
        return full;
    }

    CurrentUser user() {
        return ((AppUserDetails) full.getPrincipal()).user();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return full.getName();
    }

    @Override
    public String getName() {
        return full.getName();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending second factor is never authenticated");
        }
        super.setAuthenticated(false);
    }
}
