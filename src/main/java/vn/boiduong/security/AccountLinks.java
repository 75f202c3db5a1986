package vn.boiduong.security;

import java.util.Optional;

/**
 * Where the records an account may be linked to lie (a personnel file for a STAFF account, a training provider for a
 * PROVIDER account): the path of the unit that owns them, if they exist. Implemented by the people and training
 * modules; no authorisation here, {@link UserAdministration} decides with {@link AccessPolicy}.
 */
public final class AccountLinks {

    private AccountLinks() {
    }

    /** The unit path of a person's file (hồ sơ cán bộ). */
    public interface People {
        Optional<String> unitPathOfPerson(long personId);
    }

    /** The unit path a training provider (cơ sở đào tạo, bồi dưỡng) belongs to. */
    public interface Providers {
        Optional<String> unitPathOfProvider(long providerId);
    }
}
