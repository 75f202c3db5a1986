package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * The quarterly rating workflow (đánh giá hằng quý, seed 003 III.3; ND 335/2025 flow): the person's self-assessment,
 * the unit head's review (EVALUATE), the approval for the commune leadership (EVALUATION_APPROVE) and a reasoned
 * reopening. Every step is audited; changes carry the version read (optimistic locking).
 */
@Service
public class Ratings {

    /** The self-assessment of the signed-in person: indicator code → value 0–100 as typed. */
    public record SelfInput(String period, Map<String, String> values, String comment, Integer version) {
    }

    /** The unit head's review; version null only when no rating exists yet for the person and quarter. */
    public record ReviewInput(Map<String, String> values, String comment, Integer version) {
    }

    private final RatingRepository ratings;
    private final RatingIndicators indicators;
    private final RatingAlerts alerts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    Ratings(RatingRepository ratings, RatingIndicators indicators, RatingAlerts alerts, AccessPolicy access, AuditLog audit, Clock clock) {
        this.ratings = ratings;
        this.indicators = indicators;
        this.alerts = alerts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public RatingPeriod currentQuarter() {
        return RatingPeriod.quarterOf(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Rating get(long id) {
        Rating r = ratings.find(id).orElseThrow(() -> new Problems.NotFound("rating", id));
        requireRead(r.unitPath(), r.personId());
        return r;
    }

    /** The person's rating for a period, if any; readers of the person's unit or the person. */
    @Transactional(readOnly = true)
    public Optional<Rating> find(long personId, String period) {
        var person = person(personId);
        Optional<Rating> r = ratings.find(personId, period);
        requireRead(r.map(Rating::unitPath).orElse(person.unitPath()), personId);
        return r;
    }

    /** Every rating of a person, latest first (the history shown with an alert). */
    @Transactional(readOnly = true)
    public List<Rating> history(long personId) {
        requireRead(person(personId).unitPath(), personId);
        return ratings.ofPerson(personId);
    }

    @Transactional(readOnly = true)
    public List<Rating> mine() {
        return ratings.ofPerson(me());
    }

    @Transactional
    public Rating selfAssess(SelfInput in) {
        long personId = me();
        var person = person(personId);
        RatingPeriod period = quarter(in.period(), true);
        Optional<Rating> existing = ratings.find(personId, period.toString());
        if (existing.isPresent() && !"SELF".equals(existing.get().status())) {
            throw new Problems.InvalidInput("status", "rating.self.locked");
        }
        IndicatorSet set = existing.map(r -> indicators.byId(r.indicatorSetId())).orElseGet(() -> indicators.forPerson(personId));
        var problems = Problems.collect();
        Map<String, Integer> values = RatingValues.check(set, in.values(), problems);
        String comment = comment(in.comment(), "selfComment", problems);
        problems.throwIfAny();
        BigDecimal score = RatingRules.weightedScore(set.weights(), values);
        RatingBand band = RatingRules.band(score);
        long id;
        if (existing.isEmpty()) {
            id = ratings.insertSelf(person, period.toString(), set.id(), values, score, band, comment);
        } else {
            id = existing.get().id();
            if (in.version() == null || !ratings.updateSelf(id, in.version(), values, score, band, comment)) {
                throw new Problems.ConcurrentChange("rating", id);
            }
        }
        Rating after = ratings.find(id).orElseThrow();
        audit.record("SELF_ASSESS", "rating", id, after.unitPath(), existing.map(Ratings::describe).orElse(null), describe(after), null);
        return after;
    }

    /** The unit head rates a person of their unit for a quarter (starting the rating when the person has not). */
    @Transactional
    public Rating review(long personId, String periodText, ReviewInput in) {
        var person = person(personId);
        RatingPeriod period = quarter(periodText, false);
        Optional<Rating> existing = ratings.find(personId, period.toString());
        access.require(Permission.EVALUATE, existing.map(Rating::unitPath).orElse(person.unitPath()));
        if (Long.valueOf(personId).equals(access.currentUser().personId())) {
            throw new AccessDeniedException("error.forbidden");  // no one reviews their own rating
        }
        if (existing.isPresent() && existing.get().approved()) {
            throw new Problems.InvalidInput("status", "rating.review.approved");
        }
        IndicatorSet set = existing.map(r -> indicators.byId(r.indicatorSetId())).orElseGet(() -> indicators.forPerson(personId));
        var problems = Problems.collect();
        Map<String, Integer> values = RatingValues.check(set, in.values(), problems);
        String comment = comment(in.comment(), "reviewComment", problems);
        problems.throwIfAny();
        BigDecimal score = RatingRules.weightedScore(set.weights(), values);
        RatingBand band = RatingRules.band(score);
        String by = access.currentUser().username();
        long id;
        if (existing.isEmpty()) {
            id = ratings.insertReview(person, period.toString(), set.id(), values, score, band, comment, by);
        } else {
            id = existing.get().id();
            if (in.version() == null || !ratings.updateReview(id, in.version(), values, score, band, comment, by)) {
                throw new Problems.ConcurrentChange("rating", id);
            }
        }
        Rating after = ratings.find(id).orElseThrow();
        audit.record("REVIEW", "rating", id, after.unitPath(), existing.map(Ratings::describe).orElse(null), describe(after), null);
        return after;
    }

    /** Approval for the commune leadership: a reviewed rating, or a leader's own self-assessment (reviewed by the leadership itself). */
    @Transactional
    public Rating approve(long id, int version) {
        Rating before = ratings.find(id).orElseThrow(() -> new Problems.NotFound("rating", id));
        access.require(Permission.EVALUATION_APPROVE, before.unitPath());
        if (Long.valueOf(before.personId()).equals(access.currentUser().personId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        boolean leader = person(before.personId()).leader();
        if (!RatingPeriod.parse(before.period()).orElseThrow().isQuarter()
                || !("REVIEWED".equals(before.status()) || ("SELF".equals(before.status()) && leader))) {
            throw new Problems.InvalidInput("status", "rating.approve.notReviewed");
        }
        if (!ratings.approve(id, version, access.currentUser().username())) {
            throw new Problems.ConcurrentChange("rating", id);
        }
        Rating after = ratings.find(id).orElseThrow();
        audit.record("APPROVE", "rating", id, after.unitPath(), describe(before), describe(after), null);
        alerts.afterApproval(after);
        return after;
    }

    /** An approved rating changes only through a reopening with a reason; it returns to REVIEWED. */
    @Transactional
    public Rating reopen(long id, String reason, int version) {
        Rating before = ratings.find(id).orElseThrow(() -> new Problems.NotFound("rating", id));
        access.require(Permission.EVALUATION_APPROVE, before.unitPath());
        String why = reason == null ? "" : VietnameseText.clean(reason);
        var problems = Problems.collect();
        if (why.isEmpty()) {
            problems.add("reason", "validation.required");
        } else if (why.length() > 500) {
            problems.add("reason", "validation.tooLong", 500);
        }
        if (!before.approved()) {
            problems.add("status", "rating.reopen.notApproved");
        }
        problems.throwIfAny();
        if (!ratings.reopen(id, version, why)) {
            throw new Problems.ConcurrentChange("rating", id);
        }
        Rating after = ratings.find(id).orElseThrow();
        audit.record("REOPEN", "rating", id, after.unitPath(), describe(before), describe(after), why);
        return after;
    }

    private void requireRead(String unitPath, long personId) {
        CurrentUser user = access.currentUser();
        boolean self = user.personId() != null && user.personId() == personId;
        if (!self && !access.can(Permission.EVALUATION_READ, unitPath)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    private long me() {
        Long personId = access.currentUser().personId();
        if (personId == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        return personId;
    }

    private RatingRepository.PersonFacts person(long personId) {
        return ratings.person(personId).orElseThrow(() -> new Problems.NotFound("person", personId));
    }

    /** A quarter not in the future; the self-assessment only for the current or the previous quarter. */
    private RatingPeriod quarter(String text, boolean self) {
        RatingPeriod now = currentQuarter();
        RatingPeriod p = RatingPeriod.parse(text).filter(RatingPeriod::isQuarter)
                .orElseThrow(() -> new Problems.InvalidInput("period", "rating.period.invalid", String.valueOf(text)));
        if (p.index() > now.index() || (self && p.index() < now.index() - 1)) {
            throw new Problems.InvalidInput("period", "rating.period.notOpen", p.label());
        }
        return p;
    }

    private static String comment(String text, String field, Problems.Collector problems) {
        String c = text == null ? "" : VietnameseText.clean(text);
        if (c.length() > 1000) {
            problems.add(field, "validation.tooLong", 1000);
        }
        return c.isEmpty() ? null : c;
    }

    static Map<String, Object> describe(Rating r) {
        return AuditSnapshot.of(r);
    }
}
