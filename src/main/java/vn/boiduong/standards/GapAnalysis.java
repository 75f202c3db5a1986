package vn.boiduong.standards;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.people.PersonProfiles;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/**
 * Computes the derived gaps: one person, everyone under a path, and in bulk on demand. {@link GapListener} keeps them
 * current when files, certificates, rosters or requirements change. The rule engine is {@link GapEngine}.
 */
@Service
public class GapAnalysis {

    private static final Logger log = LoggerFactory.getLogger(GapAnalysis.class);

    public record Recomputed(int people, int gaps, long millis) implements Serializable {
    }

    private final PersonProfiles profiles;
    private final StandardsRepository standards;
    private final GapStore store;
    private final TransactionTemplate tx;
    private final AccessPolicy access;

    GapAnalysis(PersonProfiles profiles, StandardsRepository standards, GapStore store, TransactionTemplate tx, AccessPolicy access) {
        this.profiles = profiles;
        this.standards = standards;
        this.store = store;
        this.tx = tx;
        this.access = access;
    }

    /** The person's requirements checked one by one (met or missing, and why). */
    public List<Evaluation> evaluate(long personId) {
        return profiles.of(personId).map(p -> GapEngine.evaluate(p, requirementsOf(p, standards.currentByPosition())))
                .orElse(List.of());
    }

    public Recomputed recomputePerson(long personId) {
        long start = System.nanoTime();
        Map<String, List<Requirement>> requirements = standards.currentByPosition();
        int[] gaps = {0};
        tx.executeWithoutResult(s -> {
            store.deletePerson(personId);
            profiles.of(personId).ifPresent(p -> {
                List<Evaluation> e = GapEngine.evaluate(p, requirementsOf(p, requirements));
                gaps[0] = (int) e.stream().filter(x -> !x.met()).count();
                store.write(personId, e);
            });
        });
        return new Recomputed(1, gaps[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** Recomputes everyone in the user's scope (ministry: the nation), in one transaction. */
    public Recomputed recomputeScope() {
        access.require(Permission.PEOPLE_WRITE);
        return recomputeUnder(access.scopePath());
    }

    /** Unchecked: recomputes everyone under {@code path}; for start-up and background work (the gaps-recompute job). */
    public Recomputed recomputeUnder(String path) {
        long start = System.nanoTime();
        Map<String, List<Requirement>> requirements = standards.currentByPosition();
        int[] counts = {0, 0};
        tx.executeWithoutResult(s -> {
            store.deleteUnder(path);
            profiles.forEachUnder(path, batch -> {
                StringBuilder csv = new StringBuilder(batch.size() * 40);
                for (PersonProfiles.Profile p : batch) {
                    List<Evaluation> e = GapEngine.evaluate(p, requirementsOf(p, requirements));
                    GapStore.append(csv, p.personId(), e);
                    counts[1] += (int) e.stream().filter(x -> !x.met()).count();
                }
                store.copy(csv);
                counts[0] += batch.size();
            });
        });
        Recomputed r = new Recomputed(counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
        log.info("Gaps recomputed under {}: {} people, {} gaps in {} ms", path, r.people(), r.gaps(), r.millis());
        return r;
    }

    private static List<Requirement> requirementsOf(PersonProfiles.Profile p, Map<String, List<Requirement>> all) {
        return p.positionCode() == null ? List.of() : all.getOrDefault(p.positionCode(), List.of());
    }
}
