package vn.boiduong.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.shared.Problems;

/**
 * The second factor (TOTP, RFC 6238) with ten one-time recovery codes: required for the roles that administer users
 * (ministry, province and commune officers) when enforced, optional for everyone else. Enforcement
 * ({@code boiduong.mfa.enforce}): {@code true}, {@code false}, or {@code auto} = enforced unless the demo data set is
 * loaded. Enrolment, disabling, the use of a recovery code and a reset are audited.
 */
@Service
public class SecondFactor {

    public record Status(boolean enrolled, boolean required, boolean enforced, int recoveryCodesLeft) {
    }

    /** A started enrolment: the secret (Base32, in groups of four) and the key URI for the QR code. */
    public record Enrolment(String secret, String uri) {
    }

    enum Outcome { TOTP, RECOVERY_CODE, REFUSED }

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Bồi dưỡng";

    private final TotpRepository totp;
    private final UserRepository users;
    private final UnitDirectory units;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final boolean enforced;
    private volatile Clock clock = Clock.systemUTC();

    SecondFactor(TotpRepository totp, UserRepository users, UnitDirectory units, AccessPolicy access, AuditLog audit,
                 @Value("${boiduong.mfa.enforce:auto}") String enforce, @Value("${boiduong.demo.enabled:false}") boolean demo) {
        this.totp = totp;
        this.users = users;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.enforced = switch (enforce.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> !demo;
            default -> throw new IllegalArgumentException("boiduong.mfa.enforce must be auto, true or false: " + enforce);
        };
    }

    /** Tests move time in 30-second steps instead of waiting. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    public boolean enforced() {
        return enforced;
    }

    /** Roles that must have a second factor: every user administrator (ministry, province, commune officers). */
    public static boolean required(Role role) {
        return role.has(Permission.USER_ADMIN);
    }

    boolean enrolled(long userId) {
        return totp.enabled(userId);
    }

    /** Enforced, required for the role and not yet enrolled: such a user may do nothing but enrol. */
    boolean mustEnrol(CurrentUser user) {
        return enforced && required(user.role()) && !totp.enabled(user.id());
    }

    @Transactional(readOnly = true)
    public Status status() {
        CurrentUser me = access.currentUser();
        boolean enrolled = totp.enabled(me.id());
        return new Status(enrolled, required(me.role()), enforced, enrolled ? totp.recoveryCodesLeft(me.id()) : 0);
    }

    @Transactional
    public Enrolment start() {
        CurrentUser me = access.currentUser();
        byte[] secret = TotpCodes.newSecret();
        if (!totp.startEnrolment(me.id(), TotpCodes.base32(secret))) {
            throw new Problems.InvalidInput("code", "auth.mfa.alreadyEnrolled");
        }
        return enrolment(me, secret);
    }

    /** The enrolment the current user started and has not confirmed yet (to show its QR code again). */
    @Transactional(readOnly = true)
    public java.util.Optional<Enrolment> pending() {
        CurrentUser me = access.currentUser();
        return totp.find(me.id()).filter(r -> !r.enabled()).map(r -> enrolment(me, TotpCodes.fromBase32(r.secret())));
    }

    private static Enrolment enrolment(CurrentUser me, byte[] secret) {
        return new Enrolment(TotpCodes.base32(secret).replaceAll("(.{4})(?!$)", "$1 "), TotpCodes.uri(ISSUER, me.username(), secret));
    }

    /** Confirms a started enrolment with a code from the app; answers the ten recovery codes, shown this once. */
    @Transactional
    public List<String> confirm(String code) {
        CurrentUser me = access.currentUser();
        TotpRepository.Row row = totp.find(me.id()).filter(r -> !r.enabled())
                .orElseThrow(() -> new Problems.InvalidInput("code", "auth.mfa.notStarted"));
        long step = matchingStep(row.secret(), code);
        if (step < 0) {
            throw new Problems.InvalidInput("code", "auth.mfa.codeWrong");
        }
        totp.enable(me.id(), step);
        List<String> codes = newRecoveryCodes(me.id());
        audit.record("MFA_ENROL", "user", me.id(), me.scopePath(), null, Map.of("username", me.username()), null);
        return codes;
    }

    /** The second step of a sign-in (or an API call's X-OTP): a current code once, or else a recovery code once. */
    @Transactional
    Outcome verify(CurrentUser user, String code, boolean allowRecoveryCode) {
        TotpRepository.Row row = totp.find(user.id()).filter(TotpRepository.Row::enabled).orElse(null);
        if (row == null || code == null) {
            return Outcome.REFUSED;
        }
        long step = matchingStep(row.secret(), code);
        if (step >= 0) {
            return totp.consumeStep(user.id(), step) ? Outcome.TOTP : Outcome.REFUSED;
        }
        if (allowRecoveryCode && totp.useRecoveryCode(user.id(), hash(code))) {
            audit.record("MFA_RECOVERY_CODE_USED", "user", user.id(), user.scopePath(), null,
                    Map.of("username", user.username(), "recoveryCodesLeft", totp.recoveryCodesLeft(user.id())), null);
            return Outcome.RECOVERY_CODE;
        }
        return Outcome.REFUSED;
    }

    /** Turning one's own second factor off, with a current code; not for roles that require it. */
    @Transactional
    public void disable(String code) {
        CurrentUser me = access.currentUser();
        if (required(me.role())) {
            throw new Problems.InvalidInput("code", "auth.mfa.requiredForRole");
        }
        if (verify(me, code, false) != Outcome.TOTP) {
            throw new Problems.InvalidInput("code", "auth.mfa.codeWrong");
        }
        totp.delete(me.id());
        audit.record("MFA_DISABLE", "user", me.id(), me.scopePath(), null, Map.of("username", me.username()), null);
    }

    /** A lost device: an administrator above the account, whose scope covers it, removes its second factor. */
    @Transactional
    public void reset(long userId) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new Problems.NotFound("user", userId));
        String path = units.unit(account.orgUnitId()).orElseThrow(() -> new Problems.NotFound("user", userId)).path();
        access.require(Permission.USER_ADMIN, path);
        if (!access.currentUser().role().outranks(account.role())) {
            throw new AccessDeniedException("error.forbidden");
        }
        boolean had = totp.find(userId).isPresent();
        totp.delete(userId);
        audit.record("MFA_RESET", "user", userId, path, Map.of("username", account.username(), "enrolled", had),
                Map.of("username", account.username(), "enrolled", false), null);
    }

    /** The step (now ±1) whose code this is, or -1. */
    private long matchingStep(String secret, String code) {
        String given = code == null ? "" : code.replace(" ", "").strip();
        if (!given.matches("\\d{" + TotpCodes.DIGITS + "}")) {
            return -1;
        }
        byte[] key = TotpCodes.fromBase32(secret);
        long now = TotpCodes.step(clock.instant());
        long found = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            if (TotpCodes.same(TotpCodes.code(key, step), given)) {
                found = step;
            }
        }
        return found;
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = TotpCodes.randomText(10).toLowerCase();
            codes.add(c.substring(0, 5) + "-" + c.substring(5));
            hashes.add(hash(c));
        }
        totp.replaceRecoveryCodes(userId, hashes);
        return codes;
    }

    private static String hash(String code) {
        String normal = code.replace("-", "").replace(" ", "").strip().toLowerCase();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
