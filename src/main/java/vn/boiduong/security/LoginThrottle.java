package vn.boiduong.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code maxAttempts} wrong passwords an account is locked for {@code lockMinutes}
 * (kept in the database, so it holds across nodes); a client address with too many failures is refused
 * for the same time (kept in memory on each node).
 */
@Component
class LoginThrottle {

    private final UserRepository users;
    private final int maxAttempts;
    private final Duration lock;
    private final int maxPerAddress;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(UserRepository users,
                  @Value("${boiduong.login.max-attempts:5}") int maxAttempts,
                  @Value("${boiduong.login.lock-minutes:15}") int lockMinutes,
                  @Value("${boiduong.login.max-per-address:30}") int maxPerAddress) {
        this.users = users;
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

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(String.valueOf(event.getAuthentication().getName()), maxAttempts, Instant.now().plus(lock));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
