package vn.boiduong.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling, one for the login form, HTTP Basic and the second-factor step: after {@code maxAttempts} wrong
 * passwords (or codes) an account is locked for {@code lockMinutes} (kept in the database, so it holds across nodes);
 * a client address ({@link ClientAddress}: behind a trusted proxy, the forwarded one) with too many failures is
 * refused for the same time (kept in memory on each node).
 */
@Component
class LoginThrottle {

    private final UserRepository users;
    private final TotpRepository totp;
    private final int maxAttempts;
    private final Duration lock;
    private final int maxPerAddress;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(UserRepository users, TotpRepository totp,
                  @Value("${boiduong.login.max-attempts:5}") int maxAttempts,
                  @Value("${boiduong.login.lock-minutes:15}") int lockMinutes,
                  @Value("${boiduong.login.max-per-address:30}") int maxPerAddress) {
        this.users = users;
        this.totp = totp;
        this.maxAttempts = maxAttempts;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.maxPerAddress = maxPerAddress;
    }

    private record Window(Instant start, int failures) {
    }

    boolean addressBlocked(String address) {
        Window w = byAddress.get(address);
        return w != null && w.failures() >= maxPerAddress && w.start().plus(lock).isAfter(Instant.now());
    }

    void addressFailed(String address) {
        Instant now = Instant.now();
        if (byAddress.size() > 10_000) { // forget windows that have ended, so the map cannot grow without bound
            byAddress.values().removeIf(w -> w.start().plus(lock).isBefore(now));
        }
        byAddress.compute(address, (k, w) -> w == null || w.start().plus(lock).isBefore(now)
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }

    long lockMinutes() {
        return lock.toMinutes();
    }

    /** Forgets an address's failures (tests that must not leave their own address blocked). */
    void forget(String address) {
        byAddress.remove(address);
    }

    /** Every failed sign-in, whatever its cause (wrong password, unknown name, locked or disabled account). */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof ClientDetails client) {
            addressFailed(client.address());
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accountFailed(String.valueOf(event.getAuthentication().getName()));
        }
    }

    /** A wrong password or second-factor code for {@code username} (unknown names change nothing). */
    void accountFailed(String username) {
        users.recordFailure(username, maxAttempts, Instant.now().plus(lock));
    }

    /**
     * A right password clears the failures, unless a second factor is still to come: then only the right code does
     * ({@link #signedIn}), so signing in again never buys an attacker more guesses at the code.
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AppUserDetails details) || !totp.enabled(details.user().id())) {
            users.recordSuccess(event.getAuthentication().getName());
        }
    }

    /** Password and second factor both right. */
    void signedIn(String username) {
        users.recordSuccess(username);
    }
}
