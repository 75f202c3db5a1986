package vn.boiduong.security;

import java.time.Instant;

/** A row of {@code app_user}, without its password hash. */
public record UserAccount(long id, String username, String fullName, String email, Role role, long orgUnitId,
                          Long personId, Long providerId, boolean enabled, int failedAttempts,
                          Instant lockedUntil, Instant lastLoginAt, int version) {
}
