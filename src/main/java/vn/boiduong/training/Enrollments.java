package vn.boiduong.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.people.People;
import vn.boiduong.people.Person;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * Sending staff to a class (cử đi học): the unit head proposes, the organiser's officer approves (commune officer
 * for commune classes, province for province-run ones) under the class lock, so seats are never over-given; a full
 * class puts the approved on a waiting list that moves up by itself when a seat frees.
 */
@Service
public class Enrollments {

    /** An approval blocked by the continuity rule; the caller may override with a reason. */
    public static final class ContinuityBlocked extends RuntimeException {
        private final transient List<ContinuityRule.Violation> violations;

        ContinuityBlocked(List<ContinuityRule.Violation> violations) {
            super("training.continuity.blocked");
            this.violations = violations;
        }

        public List<String> messageKeys() {
            return violations.stream().map(v -> "training.continuity." + v.kind()).toList();
        }

        public List<Object[]> arguments() {
            return violations.stream().map(v -> new Object[] {v.presentAfter(), v.required(), v.staff()}).toList();
        }
    }

    private final Classes classes;
    private final ClassRepository classRepository;
    private final EnrollmentRepository repository;
    private final Continuity continuity;
    private final People people;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final TrainingNotices notices;

    Enrollments(Classes classes, ClassRepository classRepository, EnrollmentRepository repository, Continuity continuity,
                People people, TrainingAccess access, AuditLog audit, TrainingNotices notices) {
        this.classes = classes;
        this.classRepository = classRepository;
        this.repository = repository;
        this.continuity = continuity;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
    }

    /** Enrollments of a class the user may see (all for organiser and provider; own staff otherwise). */
    @Transactional(readOnly = true)
    public List<Enrollment> ofClass(long classId) {
        TrainingClass c = classes.get(classId);
        return repository.ofClass(classId).stream().filter(e -> access.canSee(c, e)).toList();
    }

    /** Seats of a whole class as counts (no names): what its cost is computed from, whoever reads the class. */
    public record SeatCounts(long seated, long women, long minorities) {

        static SeatCounts of(List<Enrollment> list) {
            List<Enrollment> seated = list.stream().filter(Enrollment::holdsSeat).toList();
            return new SeatCounts(seated.size(), seated.stream().filter(e -> "F".equals(e.gender())).count(),
                    seated.stream().filter(e -> e.ethnicityCode() != null && !"01".equals(e.ethnicityCode())).count());
        }
    }

    /** The seat counts of the whole class (every unit's trainees), for its cost estimate. */
    @Transactional(readOnly = true)
    public SeatCounts seatCounts(long classId) {
        classes.get(classId);
        return SeatCounts.of(repository.ofClass(classId));
    }

    @Transactional(readOnly = true)
    public Enrollment get(long id) {
        Enrollment e = repository.find(id).orElseThrow(() -> new Problems.NotFound("enrollment", id));
        access.require(access.canSee(classes.load(e.classId()), e));
        return e;
    }

    /** Proposes people for a class; all or nothing, every refusal named by person. */
    @Transactional
    public List<Long> propose(long classId, List<Long> personIds, String note) {
        access.require(access.me().role().has(Permission.ENROLL_PROPOSE));
        TrainingClass c = classes.get(classId);
        if (!"OPEN".equals(c.status())) {
            throw new Problems.InvalidInput("classId", "training.class.notOpen");
        }
        if (personIds == null || personIds.isEmpty()) {
            throw new Problems.InvalidInput("personIds", "training.propose.nobody");
        }
        var problems = Problems.collect();
        List<Person> chosen = new ArrayList<>();
        for (Long id : personIds.stream().distinct().toList()) {
            Person p = people.get(id);
            access.require(access.canPropose(p.orgUnitPath()));
            if (!"ACTIVE".equals(p.status())) {
                problems.add("personIds", "training.propose.notActive", p.fullName());
            } else if (repository.activeIn(classId, id)) {
                problems.add("personIds", "training.propose.already", p.fullName());
            } else {
                repository.overlapping(id, -1, c.startsOn(), c.endsOn())
                        .ifPresent(other -> problems.add("personIds", "training.overlap", p.fullName(), other));
            }
            chosen.add(p);
        }
        problems.throwIfAny();
        List<Long> ids = new ArrayList<>();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        for (Person p : chosen) {
            long id = repository.insert(classId, p.id(), cleanNote, access.me().username());
            audit.record("PROPOSE", "enrollment", id, p.orgUnitPath(), null, snapshot(repository.find(id).orElseThrow()), cleanNote);
            ids.add(id);
        }
        return ids;
    }

    /**
     * Approves a proposal: refused when the person is in an overlapping class; blocked by the continuity rule unless
     * {@code override} with a reason; a seat if one is free, the waiting list otherwise.
     */
    @Transactional
    public Enrollment approve(long enrollmentId, boolean override, String overrideReason) {
        long classId = repository.classOf(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        classRepository.lock(classId);
        TrainingClass c = classes.load(classId);
        Enrollment e = repository.find(enrollmentId).orElseThrow();
        access.require(access.canApprove(c, e.unitPath()));
        if (!"PROPOSED".equals(e.status()) || !"OPEN".equals(c.status()) && !"RUNNING".equals(c.status())) {
            throw new Problems.InvalidInput("status", "training.enrollment.notProposed");
        }
        repository.overlapping(e.personId(), e.id(), c.startsOn(), c.endsOn())
                .ifPresent(other -> {
                    throw new Problems.InvalidInput("personId", "training.overlap", e.fullName(), other);
                });
        List<ContinuityRule.Violation> violations = continuity.assess(e.personId(), e.unitId(), e.jobPositionCode(), c);
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!violations.isEmpty() && !override) {
            throw new ContinuityBlocked(violations);
        }
        if (!violations.isEmpty() && reason == null) {
            throw new Problems.InvalidInput("overrideReason", "training.continuity.reasonRequired");
        }
        boolean seat = repository.seatsTaken(classId) < c.capacity();
        String status = seat ? "APPROVED" : "WAITLISTED";
        Integer pos = seat ? null : repository.nextWaitlistPos(classId);
        if (repository.decide(e.id(), e.version(), status, pos, access.me().username(), null,
                violations.isEmpty() ? null : reason) == 0) {
            throw new Problems.ConcurrentChange("enrollment", e.id());
        }
        Map<String, Object> after = snapshot(repository.find(e.id()).orElseThrow());
        after.put("continuity", violations.stream().map(v -> v.kind().name()).toList());
        audit.record(violations.isEmpty() ? "APPROVE" : "APPROVE_OVERRIDE", "enrollment", e.id(), e.unitPath(), snapshot(e), after,
                violations.isEmpty() ? null : reason);
        notices.decided(e, c, status, pos);
        return repository.find(e.id()).orElseThrow();
    }

    @Transactional
    public void reject(long enrollmentId, String reason) {
        long classId = repository.classOf(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        classRepository.lock(classId);
        TrainingClass c = classes.load(classId);
        Enrollment e = repository.find(enrollmentId).orElseThrow();
        access.require(access.canApprove(c, e.unitPath()));
        if (reason == null || reason.isBlank()) {
            throw new Problems.InvalidInput("reason", "validation.required");
        }
        if (!List.of("PROPOSED", "WAITLISTED").contains(e.status())
                || repository.decide(e.id(), e.version(), "REJECTED", null, access.me().username(), reason.strip(), null) == 0) {
            throw new Problems.InvalidInput("status", "training.enrollment.cannotReject");
        }
        repository.renumberWaitlist(classId);
        audit.record("REJECT", "enrollment", e.id(), e.unitPath(), snapshot(e), snapshot(repository.find(e.id()).orElseThrow()),
                reason.strip());
        notices.decided(e, c, "REJECTED", null);
    }

    /** Withdraws someone (before the class ends); a freed seat goes to the first on the waiting list. */
    @Transactional
    public void withdraw(long enrollmentId, String reason) {
        long classId = repository.classOf(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        classRepository.lock(classId);
        TrainingClass c = classes.load(classId);
        Enrollment e = repository.find(enrollmentId).orElseThrow();
        access.require(access.canWithdraw(c, e));
        if (reason == null || reason.isBlank()) {
            throw new Problems.InvalidInput("reason", "validation.required");
        }
        if (!e.active() || ended(c, java.time.LocalDate.now(vn.boiduong.shared.ClockConfiguration.VIETNAM))
                || repository.decide(e.id(), e.version(), "WITHDRAWN", null, access.me().username(), reason.strip(), null) == 0) {
            throw new Problems.InvalidInput("status", "training.enrollment.cannotWithdraw");
        }
        audit.record("WITHDRAW", "enrollment", e.id(), e.unitPath(), snapshot(e), snapshot(repository.find(e.id()).orElseThrow()),
                reason.strip());
        if (e.holdsSeat()) {
            promoteWaiting(c);
        }
        repository.renumberWaitlist(classId);
    }

    /** Under the class lock: gives free seats to the waiting list in order (audited as the system's act). */
    private void promoteWaiting(TrainingClass c) {
        while (repository.seatsTaken(c.id()) < c.capacity()) {
            var next = repository.firstWaiting(c.id());
            if (next.isEmpty()) {
                return;
            }
            Enrollment w = repository.find(next.get()).orElseThrow();
            repository.promote(w.id());
            audit.recordSystem("system", "PROMOTE", "enrollment", w.id(), w.unitPath(),
                    Map.of("status", "APPROVED", "classId", c.id(), "fromWaitlistPos", w.waitlistPos()));
            notices.decided(w, c, "APPROVED", null);
        }
    }

    /** The person's own classes (self-service) or, for readers of their file, a person's training history. */
    @Transactional(readOnly = true)
    public List<Enrollment> ofPerson(long personId) {
        Person p = people.get(personId);
        return repository.ofPerson(p.id());
    }

    static boolean ended(TrainingClass c, LocalDate today) {
        return c.endsOn().isBefore(today) || "FINISHED".equals(c.status());
    }

    /** The enrollment's own fields (the person's name, birth date … are joined in for display, not stored here). */
    static Map<String, Object> snapshot(Enrollment e) {
        return AuditSnapshot.of(e, "fullName", "birthDate", "gender", "ethnicityCode", "title", "jobPositionCode", "unitName",
                "unitPath", "hasEvidence");
    }
}
