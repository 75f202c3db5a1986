package vn.boiduong.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;

/** What waits for the signed-in user in evaluation (home page): effect evaluations due, ratings to review or approve, alerts. */
@Service
public class EvaluationSummary {

    /** Counts in the user's scope; a count the role has nothing to do with is zero. */
    public record Summary(long effectDue, long effectOverdue, long ratingsToReview, long ratingsToApprove, long alerts,
                          long feedbackToGive, long selfAssessDue, String quarter, long feedbackClasses) {
        public boolean any() {
            return effectDue + ratingsToReview + ratingsToApprove + alerts + feedbackToGive + selfAssessDue + feedbackClasses > 0;
        }
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final RatingAlerts alerts;
    private final FeedbackSubmission feedback;
    private final Ratings ratings;
    private final FeedbackQueries feedbackQueries;

    EvaluationSummary(JdbcClient jdbc, AccessPolicy access, RatingAlerts alerts, FeedbackSubmission feedback, Ratings ratings,
                      FeedbackQueries feedbackQueries) {
        this.ratings = ratings;
        this.feedbackQueries = feedbackQueries;
        this.jdbc = jdbc;
        this.access = access;
        this.alerts = alerts;
        this.feedback = feedback;
    }

    @Transactional(readOnly = true)
    public Summary forMe() {
        CurrentUser me = access.currentUser();
        String scope = me.scopePath();
        boolean evaluator = me.role().has(Permission.EVALUATE);
        // the head evaluates; the commune officer follows the evaluations of the commune that are due
        long[] effect = evaluator || me.role().has(Permission.EVALUATION_APPROVE) ? jdbc.sql("""
                select count(*) filter (where e.due_on <= current_date), count(*) filter (where e.due_on < current_date)
                from effect_evaluation e join org_unit o on o.id = e.org_unit_id
                where e.status = 'DUE' and o.path like :s || '%'""").param("s", scope)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single() : new long[2];
        long due = effect[0];
        long overdue = effect[1];
        long review = evaluator ? jdbc.sql("""
                select count(*) from rating r join org_unit o on o.id = r.org_unit_id
                where r.status = 'SELF' and r.period like '%-Q_' and o.path like :s || '%' and r.person_id <> :me""")
                .param("s", scope).param("me", me.personId() == null ? -1L : me.personId()).query(Long.class).single() : 0;
        // as the approval queue (RatingQueries.queue): reviewed quarters, and leaders' self-assessments
        long approve = me.role().has(Permission.EVALUATION_APPROVE) ? count("""
                select count(*) from rating r join org_unit o on o.id = r.org_unit_id join person p on p.id = r.person_id
                where o.path like :s || '%' and r.period like '%-Q_'
                  and (r.status = 'REVIEWED' or (r.status = 'SELF' and p.is_leader))""", scope) : 0;
        long flagged = me.role().has(Permission.EVALUATION_READ) ? alerts.list().size() : 0;
        long give = me.personId() == null ? 0 : feedback.mine().stream().filter(i -> i.open() && i.submittedAt() == null).count();
        // the staff's own quarter: a self-assessment not made yet (an active person of a unit)
        RatingPeriod current = ratings.currentQuarter();
        String quarter = current.toString();
        long selfDue = me.personId() == null ? 0 : jdbc.sql("""
                select count(*) from person p where p.id = :p and p.status = 'ACTIVE'
                  and not exists (select 1 from rating r where r.person_id = p.id and r.period = :q)""")
                .param("p", me.personId()).param("q", quarter).query(Long.class).single();
        // a provider: the classes whose trainees' feedback it can read
        long feedbackClasses = me.role().has(Permission.CLASSES_OWN) && me.providerId() != null
                ? feedbackQueries.classes(null).stream().filter(c -> c.result() != null && c.result().responses() > 0).count() : 0;
        String label = "quý " + new String[] {"I", "II", "III", "IV"}[current.quarter() - 1] + "/" + current.year();
        return new Summary(due, overdue, review, approve, flagged, give, selfDue, label, feedbackClasses);
    }

    private long count(String sql, String scope) {
        return jdbc.sql(sql).param("s", scope).query(Long.class).single();
    }
}
