package vn.boiduong.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Problems;

/**
 * The person and the provider an account is linked to pass {@link AccessPolicy} like any id in a path: a linked
 * person's file must lie in the administrator's scope and inside the account's unit; a linked provider must belong
 * to a unit of the administrator's scope (a commune cannot give accounts of the province's school). The audit rows
 * of the account go where the linked record lies too, so its unit's officers see who was given access to it.
 */
@Component
class AccountLinkCheck {

    private final AccountLinks.People people;
    private final AccountLinks.Providers providers;
    private final AccessPolicy access;

    AccountLinkCheck(AccountLinks.People people, AccountLinks.Providers providers, AccessPolicy access) {
        this.people = people;
        this.providers = providers;
        this.access = access;
    }

    /**
     * Checks the links of a new account in the unit at {@code accountPath}: an unknown record is a problem on its field,
     * one outside the caller's scope is refused (403) before anything is written.
     *
     * @return the unit path of the linked record (the person's when both are given), or null when nothing is linked
     */
    String check(Long personId, Long providerId, String accountPath, Problems.Collector problems) {
        String linked = null;
        if (providerId != null) {
            linked = providers.unitPathOfProvider(providerId).orElse(null);
            if (linked == null) {
                problems.add("providerId", "user.provider.unknown", providerId);
            } else if (!access.can(Permission.USER_ADMIN, linked)) {
                throw new AccessDeniedException("error.forbidden");
            }
        }
        if (personId != null) {
            String path = people.unitPathOfPerson(personId).orElse(null);
            if (path == null) {
                problems.add("personId", "user.person.unknown", personId);
            } else if (!access.can(Permission.USER_ADMIN, path)) {
                throw new AccessDeniedException("error.forbidden");
            } else if (!path.startsWith(accountPath)) {
                problems.add("personId", "user.person.outsideUnit");
            }
            linked = path;
        }
        return linked;
    }

    /** The unit path of what an existing account is linked to (no check: for its audit rows), or null. */
    String linkedPath(UserAccount account) {
        if (account.personId() != null) {
            return people.unitPathOfPerson(account.personId()).orElse(null);
        }
        return account.providerId() == null ? null : providers.unitPathOfProvider(account.providerId()).orElse(null);
    }

    /**
     * Where the audit rows of an account go: its unit, or the linked record's unit when that lies inside it (readers of
     * the account's unit still see it); a linked record elsewhere gets a second row in its own unit.
     */
    static List<String> auditPaths(String accountPath, String linkedPath) {
        if (linkedPath == null || linkedPath.equals(accountPath)) {
            return List.of(accountPath);
        }
        return linkedPath.startsWith(accountPath) ? List.of(linkedPath) : List.of(accountPath, linkedPath);
    }
}
