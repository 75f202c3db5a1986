package vn.boiduong.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * Effect evaluations after training (đánh giá hiệu quả sau bồi dưỡng): the due list in the reader's scope, the unit
 * head's form and sign-off (EVALUATE over the person's unit), and the rows made from completed trainings.
 */
@Service
public class EffectEvaluations {

    private static final Logger log = LoggerFactory.getLogger(EffectEvaluations.class);

    /** One page of the list. */
    public record Page(List<EffectEvaluation> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final EffectRepository repository;
    private final EffectRules rules;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgUnits units;
    private final Clock clock;

    EffectEvaluations(EffectRepository repository, EffectRules rules, AccessPolicy access, AuditLog audit, OrgUnits units,
                      Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    /** The list inside the reader's scope (or under one unit of it); state OPEN, DUE, OVERDUE, WAITING, SIGNED or ALL. */
    @Transactional(readOnly = true)
    public Page list(Long unitId, String state, String program, String query, Integer year, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 5_000);
        EffectRepository.Filter f = filter(unitId, state, program, query, year);
        LocalDate today = today();
        return new Page(repository.list(f, today, limit, Math.max(page, 0) * limit), repository.count(f, today),
                Math.max(page, 0), limit);
    }

    @Transactional(readOnly = true)
    public EffectEvaluation get(long id) {
        EffectEvaluation e = load(id);
        access.require(Permission.EVALUATION_READ, e.unitPath());
        return e;
    }

    /** Programmes that have evaluations in the reader's scope (for the filter): code → name. */
    @Transactional(readOnly = true)
    public Map<String, String> programs() {
        access.require(Permission.EVALUATION_READ);
        return VietnameseText.sortedByValue(repository.programs(access.scopePath()));
    }

    /** Whether the signed-in user may fill and sign this one (the head of the person's unit). */
    public boolean canEvaluate(EffectEvaluation e) {
        Long me = access.currentUser().personId();
        return access.can(Permission.EVALUATE, e.unitPath()) && (me == null || me != e.personId());
    }

    /** Keeps the form without signing (scores may be partial); audited. */
    @Transactional
    public EffectEvaluation save(long id, EffectInput input) {
        EffectEvaluation e = writable(id, input);
        EffectRules.Checked c = EffectRules.check(input, false);
        if (!repository.saveDraft(id, input.version(), c.scores(), c.comments())) {
            throw new Problems.ConcurrentChange("effect_evaluation", id);
        }
        EffectEvaluation after = load(id);
        audit.record("EFFECT_SAVE", "effect_evaluation", id, e.unitPath(), snapshot(e), snapshot(after), null);
        return after;
    }

    /**
     * Signs the evaluation off: all six scores, not before the due date (3 months of applying the training, seed 000
     * IV.3); then read-only. Audited with the scores and the total.
     */
    @Transactional
    public EffectEvaluation sign(long id, EffectInput input) {
        EffectEvaluation e = writable(id, input);
        EffectRules.Checked c = EffectRules.check(input, true);
        if (!EffectRules.signable(e.dueOn(), today())) {
            throw new Problems.InvalidInput("dueOn", "effect.notYetDue", vn.boiduong.shared.Dates.format(e.dueOn()));
        }
        var total = EffectRules.total(c.scores());
        if (!repository.sign(id, input.version(), c.scores(), c.comments(), total, access.currentUser().username())) {
            throw new Problems.ConcurrentChange("effect_evaluation", id);
        }
        EffectEvaluation after = load(id);
        audit.record("EFFECT_SIGN", "effect_evaluation", id, e.unitPath(), snapshot(e), snapshot(after), null);
        return after;
    }

    /**
     * Rows for completed trainings that have none yet (completions before this module, missed events); idempotent.
     * A signed-in reader fills their own scope; without a signed-in person (start-up, demo) the whole nation.
     */
    @Transactional
    public int backfill() {
        boolean person = access.isSignedIn();
        if (person) {
            access.require(Permission.EVALUATION_READ);
        }
        String path = person ? access.scopePath() : "/VN/";
        int made = repository.backfill(rules.months(), path);
        if (made > 0 && person) {
            audit.record("EFFECT_BACKFILL", "effect_evaluation", null, path, null, Map.of("created", made), null);
        } else if (made > 0) {
            audit.recordSystem("system", "EFFECT_BACKFILL", "effect_evaluation", null, path, Map.of("created", made));
        }
        log.info("Effect evaluations under {}: {} rows made for earlier completions", path, made);
        return made;
    }

    private EffectEvaluation writable(long id, EffectInput input) {
        EffectEvaluation e = load(id);
        access.require(Permission.EVALUATE, e.unitPath());
        Long me = access.currentUser().personId();
        if (me != null && me == e.personId()) {
            // nobody evaluates the effect of their own training: their superior does
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        if (e.signed()) {
            throw new Problems.InvalidInput("status", "effect.signed");
        }
        if (input.version() == null) {
            throw new Problems.InvalidInput("version", "validation.required");
        }
        return e;
    }

    private EffectEvaluation load(long id) {
        return repository.find(id, today()).orElseThrow(() -> new Problems.NotFound("effect_evaluation", id));
    }

    EffectRepository.Filter filter(Long unitId, String state, String program, String query, Integer year) {
        access.require(Permission.EVALUATION_READ);
        String path = access.scopePath();
        if (unitId != null) {
            OrgUnit unit = units.lookup(unitId).orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
            access.require(Permission.EVALUATION_READ, unit.path());
            path = unit.path();
        }
        String s = state == null || state.isBlank() ? "OPEN" : state.strip().toUpperCase(java.util.Locale.ROOT);
        if (!EffectRepository.STATES.contains(s)) {
            throw new Problems.InvalidInput("state", "effect.state.unknown", state);
        }
        String key = query == null || query.isBlank() ? null : VietnameseText.searchKey(query);
        return new EffectRepository.Filter(path, s, program == null || program.isBlank() ? null : program.strip(), key, year);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The evaluation's own fields (names of the person, unit, programme and class are joined in for display). */
    private static Map<String, Object> snapshot(EffectEvaluation e) {
        return AuditSnapshot.of(e, "fullName", "unitName", "programName", "className", "evaluatorName", "state");
    }
}
