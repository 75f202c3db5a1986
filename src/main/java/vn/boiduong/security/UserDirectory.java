package vn.boiduong.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up accounts for other modules that address users (notices, e-mail): no authorisation here, the caller
 * decides whether the lookup is allowed. Returns nothing about the account beyond what is asked.
 */
@Component
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    public boolean exists(long userId) {
        return users.findById(userId).isPresent();
    }

    /** The e-mail address of an enabled account; empty when there is no such account or it has no address. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long userId) {
        return users.findById(userId).filter(UserAccount::enabled).map(UserAccount::email)
                .map(String::strip).filter(e -> !e.isEmpty());
    }

    /** The account linked to a person's file (tài khoản của cán bộ), if the person has one. */
    @Transactional(readOnly = true)
    public Optional<Long> userIdOfPerson(long personId) {
        return users.findByPerson(personId).map(UserAccount::id);
    }
}
