package vn.boiduong.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.shared.Problems;

/**
 * The trainee's side of class feedback (học viên góp ý về lớp học): their classes awaiting an answer and the answer
 * itself — only by the trainee of the enrollment, once, from the class's start until the window after its end closes.
 */
@Service
public class FeedbackSubmission {

    private final FeedbackRepository repository;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final int windowDays;

    FeedbackSubmission(FeedbackRepository repository, AccessPolicy access, AuditLog audit, Clock clock,
                       @Value("${boiduong.evaluation.feedback-window-days:60}") int windowDays) {
        if (windowDays < 1) {
            throw new IllegalStateException("boiduong.evaluation.feedback-window-days must be at least 1");
        }
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.windowDays = windowDays;
    }

    /** Days after a class ends during which its trainees may still answer. */
    public int windowDays() {
        return windowDays;
    }

    /** The signed-in person's classes that were or may be answered, newest first. */
    @Transactional(readOnly = true)
    public List<MyFeedbackItem> mine() {
        long personId = self();
        LocalDate today = LocalDate.now(clock);
        return repository.ofPerson(personId).stream().map(m -> new MyFeedbackItem(m.enrollmentId(), m.classId(),
                m.className(), m.programName(), m.providerName(), m.startsOn(), m.endsOn(),
                FeedbackRules.closesOn(m.endsOn(), windowDays), FeedbackRules.open(situation(m.status(), m.classStatus(),
                m.startsOn(), m.endsOn(), m.submittedAt() != null), today, windowDays), m.submittedAt())).toList();
    }

    /** Records the trainee's answer on one of their enrollments; returns the answer's id. */
    @Transactional
    public long submit(long enrollmentId, FeedbackInput input) {
        long personId = self();
        FeedbackRepository.Target t = repository.target(enrollmentId)
                .orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        // only the trainee of that enrollment answers: no one answers for another, whatever their role
        if (t.personId() != personId) {
            throw new AccessDeniedException("error.forbidden");
        }
        var refusals = FeedbackRules.refusals(situation(t.status(), t.classStatus(), t.startsOn(), t.endsOn(),
                repository.answered(enrollmentId)), LocalDate.now(clock), windowDays);
        if (!refusals.isEmpty()) {
            throw new Problems.InvalidInput(refusals);
        }
        FeedbackRules.Scores scores = FeedbackRules.check(input == null ? new FeedbackInput(null, null, null, null, null) : input);
        long id = repository.insert(t, scores)
                .orElseThrow(() -> new Problems.InvalidInput("feedback", "feedback.rule.answered"));
        // the trail shows that the trainee answered, not what: readers get the answers only aggregated and unsigned
        audit.record("FEEDBACK", "class_feedback", id, t.personPath(), null,
                Map.of("enrollmentId", enrollmentId, "classId", t.classId()), null);
        return id;
    }

    private long self() {
        CurrentUser me = access.currentUser();
        if (me.personId() == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        return me.personId();
    }

    private static FeedbackRules.Situation situation(String status, String classStatus, LocalDate startsOn, LocalDate endsOn,
                                                     boolean answered) {
        return new FeedbackRules.Situation(status, classStatus, startsOn, endsOn, answered);
    }
}
