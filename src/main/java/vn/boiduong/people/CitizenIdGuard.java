package vn.boiduong.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.Throttled;

/**
 * Keeps "is this citizen ID taken?" from being an oracle over the whole country (Luật BVDLCN 91/2025): a number held by
 * a file outside the writer's scope is refused without naming the file or its unit; every refusal is audited (number
 * masked) and counted, and a user refused too often in a short time gets no further answers for a while (429).
 * Counts are kept in memory on each node, like the login throttle's per-address counts.
 */
@Component
class CitizenIdGuard {

    /** The file holding a number: its id, code and unit path. */
    record Holder(long id, String code, String path) {
    }

    private final PersonRepository repository;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final int maxRefusals;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Instant>> refusals = new ConcurrentHashMap<>();

    CitizenIdGuard(PersonRepository repository, AccessPolicy access, AuditLog audit, PlatformTransactionManager transactions,
                   @Value("${boiduong.citizen-id.max-refusals:10}") int maxRefusals,
                   @Value("${boiduong.citizen-id.window-minutes:15}") int windowMinutes) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.maxRefusals = maxRefusals;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** Fails with 429 when the user has used up their refusals; to call before any lookup, so the answer says nothing. */
    void requireAllowed() {
        if (exhausted()) {
            throw new Throttled("citizenId", "person.citizenId.tooMany", minutesLeft());
        }
    }

    boolean exhausted() {
        return recent(access.currentUser().username()).size() >= maxRefusals;
    }

    long minutesLeft() {
        Deque<Instant> mine = recent(access.currentUser().username());
        Instant first = mine.isEmpty() ? Instant.now(clock) : mine.peekFirst();
        return Math.max(1, Duration.between(Instant.now(clock), first.plus(window)).toMinutes() + 1);
    }

    /**
     * The problem to show when the number belongs to a file other than {@code self} (null for a new file), after
     * checking the user may still ask. Empty when the number is free.
     */
    Optional<Problems.FieldProblem> screen(String citizenId, Long self, String where) {
        requireAllowed();
        return repository.idByCitizenId(citizenId).filter(id -> !id.equals(self))
                .flatMap(repository::findById)
                .map(p -> refuse(citizenId, new Holder(p.id(), p.personnelCode(), p.orgUnitPath()), where));
    }

    /**
     * Records a refusal (audited with the number masked, counted against the user) and says it: naming the file
     * only when it lies in the user's scope, otherwise whom to ask.
     */
    Problems.FieldProblem refuse(String citizenId, Holder holder, String where) {
        boolean inScope = access.can(Permission.PEOPLE_READ, holder.path());
        count(access.currentUser().username());
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("citizenId", AuditSnapshot.mask(citizenId));
        what.put("where", where);
        what.put("heldInScope", inScope);
        if (inScope) {
            what.put("heldBy", holder.code());
        }
        // the row lies in the refused user's own scope and names no holder outside it (readers of the log see it too)
        tx.executeWithoutResult(s -> audit.record("REFUSE_CITIZEN_ID", "person", null, access.scopePath(), null, what, null));
        return inScope ? new Problems.FieldProblem("citizenId", "person.citizenId.takenInScope", holder.code())
                : new Problems.FieldProblem("citizenId", "person.citizenId.unusable");
    }

    private void count(String username) {
        refusals.compute(username, (k, q) -> {
            Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
            d.addLast(Instant.now(clock));
            return d;
        });
    }

    private Deque<Instant> recent(String username) {
        Instant since = Instant.now(clock).minus(window);
        if (refusals.size() > 10_000) { // forget users whose window has passed, so the map cannot grow without bound
            refusals.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(since));
        }
        Deque<Instant> d = refusals.computeIfPresent(username, (k, q) -> {
            while (!q.isEmpty() && q.peekFirst().isBefore(since)) {
                q.removeFirst();
            }
            return q;
        });
        return d == null ? new ArrayDeque<>() : new ArrayDeque<>(d);
    }
}
