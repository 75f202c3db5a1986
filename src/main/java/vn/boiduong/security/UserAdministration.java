package vn.boiduong.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Creating and changing user accounts, inside the administrator's scope and below their role. */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    public record NewUser(String username, String password, String fullName, String email, Role role, long orgUnitId,
                          Long personId, Long providerId) {
    }

    public record UserChange(String fullName, String email, Role role, boolean enabled, int version) {
    }

    private final UserRepository users;
    private final UnitDirectory units;
    private final AccessPolicy access;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final AccountLinkCheck links;

    UserAdministration(UserRepository users, UnitDirectory units, AccessPolicy access, PasswordEncoder encoder, AuditLog audit,
                       AccountLinkCheck links) {
        this.users = users;
        this.units = units;
        this.access = access;
        this.encoder = encoder;
        this.audit = audit;
        this.links = links;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersUnder(long unitId, String query) {
        String path = unitPath(unitId);
        access.require(Permission.USER_ADMIN, path);
        return users.findUnder(path, query, 500);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        UserAccount account = users.findById(id).orElseThrow(() -> new Problems.NotFound("user", id));
        access.require(Permission.USER_ADMIN, unitPath(account.orgUnitId()));
        return account;
    }

    @Transactional
    public long create(NewUser user) {
        String path = unitPath(user.orgUnitId());
        access.require(Permission.USER_ADMIN, path);
        var problems = Problems.collect();
        String linked = links.check(user.personId(), user.providerId(), path, problems);
        String username = user.username() == null ? "" : user.username().strip();
        if (!username.matches("[A-Za-z0-9._-]{3,60}")) {
            problems.add("username", "user.username.invalid");
        } else if (users.findByUsername(username).isPresent()) {
            problems.add("username", "user.username.taken", username);
        }
        checkPassword(problems, user.password(), username);
        if (user.fullName() == null || user.fullName().isBlank()) {
            problems.add("fullName", "validation.required");
        }
        if (user.personId() != null && users.findByPerson(user.personId()).isPresent()) {
            problems.add("username", "user.person.taken");
        }
        if (user.role() == null) {
            problems.add("role", "validation.required");
        } else if (!access.currentUser().role().outranks(user.role())) {
            problems.add("role", "user.role.tooHigh");
        }
        problems.throwIfAny();
        long id = users.insert(username, encoder.encode(user.password()), VietnameseText.clean(user.fullName()),
                user.email(), user.role(), user.orgUnitId(), user.personId(), user.providerId());
        var after = snapshot(username, user.fullName(), user.email(), user.role(), user.orgUnitId(), true, user.personId(), user.providerId());
        for (String scope : AccountLinkCheck.auditPaths(path, linked)) {
            audit.record("CREATE", "user", id, scope, null, after, null);
        }
        return id;
    }

    /** Used by the demo loader and set-up: no signed-in administrator, audited as the system. */
    @Transactional
    public long createSystemUser(NewUser user) {
        long id = users.insert(user.username(), encoder.encode(user.password()), user.fullName(), user.email(),
                user.role(), user.orgUnitId(), user.personId(), user.providerId());
        audit.recordSystem("system", "CREATE", "user", id, unitPath(user.orgUnitId()), snapshot(user.username(), user.fullName(),
                user.email(), user.role(), user.orgUnitId(), true, user.personId(), user.providerId()));
        return id;
    }

    @Transactional
    public void update(long id, UserChange change) {
        UserAccount before = get(id);
        var problems = Problems.collect();
        if (change.fullName() == null || change.fullName().isBlank()) {
            problems.add("fullName", "validation.required");
        }
        if (change.role() == null || !access.currentUser().role().outranks(change.role())) {
            problems.add("role", "user.role.tooHigh");
        }
        if (!access.currentUser().role().outranks(before.role())) {
            problems.add("role", "user.role.tooHigh");
        }
        problems.throwIfAny();
        if (users.update(id, change.version(), VietnameseText.clean(change.fullName()), change.email(), change.role(), change.enabled()) == 0) {
            throw new Problems.ConcurrentChange("user", id);
        }
        var old = snapshot(before.username(), before.fullName(), before.email(), before.role(), before.orgUnitId(), before.enabled(),
                before.personId(), before.providerId());
        var now = snapshot(before.username(), change.fullName(), change.email(), change.role(), before.orgUnitId(), change.enabled(),
                before.personId(), before.providerId());
        for (String scope : AccountLinkCheck.auditPaths(unitPath(before.orgUnitId()), links.linkedPath(before))) {
            audit.record("UPDATE", "user", id, scope, old, now, null);
        }
        if (!change.enabled() || change.role() != before.role()) {
            users.endSessions(before.username()); // signed in anywhere with the old rights: signed out everywhere
        }
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        if (!access.currentUser().role().outranks(account.role())) {
            throw new Problems.InvalidInput("role", "user.role.tooHigh");
        }
        var problems = Problems.collect();
        checkPassword(problems, newPassword, account.username());
        problems.throwIfAny();
        users.updatePassword(id, encoder.encode(newPassword));
        users.endSessions(account.username());
        audit.record("RESET_PASSWORD", "user", id, unitPath(account.orgUnitId()), null, Map.of("username", account.username()), null);
    }

    /** Any signed-in user changing their own password. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = access.currentUser();
        String hash = users.passwordHash(me.id()).orElseThrow();
        var problems = Problems.collect();
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            problems.add("currentPassword", "user.password.wrong");
        }
        checkPassword(problems, newPassword, me.username());
        problems.throwIfAny();
        users.updatePassword(me.id(), encoder.encode(newPassword));
        audit.record("CHANGE_PASSWORD", "user", me.id(), me.scopePath(), null, Map.of("username", me.username()), null);
    }

    /** The account linked to a personnel file, if any (for the file's page; no permission needed to see the name). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> accountOf(long personId) {
        return users.findByPerson(personId);
    }

    public long count() {
        return users.count();
    }

    private static void checkPassword(Problems.Collector problems, String password, String username) {
        PasswordPolicy.check(problems, password, username);
    }

    private String unitPath(long unitId) {
        return units.unit(unitId).orElseThrow(() -> new Problems.InvalidInput("orgUnitId", "orgunit.notFound")).path();
    }

    private static Map<String, Object> snapshot(String username, String fullName, String email, Role role, long unitId, boolean enabled,
                                                Long personId, Long providerId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("role", role == null ? null : role.name());
        m.put("orgUnitId", unitId);
        m.put("enabled", enabled);
        m.put("personId", personId);
        m.put("providerId", providerId);
        return m;
    }
}
