package vn.boiduong.security;

import java.io.Serializable;

/**
 * The signed-in user as the rest of the system sees it. {@code scopePath} is the materialised path of the
 * user's unit: everything the user reads or changes lies under it.
 */
public record CurrentUser(long id, String username, String fullName, Role role, long orgUnitId,
                          String orgUnitName, String scopePath, Long personId, Long providerId) implements Serializable {

    public boolean covers(String unitPath) {
        return unitPath != null && unitPath.startsWith(scopePath);
    }
}
