package vn.boiduong.training;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;

/** What waits for the signed-in user in training (home page): decisions to take, reports late or to check. */
@Service
public class TrainingSummary {

    /** Counts for the user's scope; a count the role has nothing to do with is zero. */
    public record Summary(long openClasses, long proposalsToDecide, long plansToDecide, long lateReports,
                          long reportsToVerify, long providerClasses, long myToReport, long resultsToRecord) {
        public boolean any() {
            return openClasses + proposalsToDecide + plansToDecide + lateReports + reportsToVerify + providerClasses + myToReport
                    + resultsToRecord > 0;
        }
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final TrainingQueries queries;

    TrainingSummary(JdbcClient jdbc, AccessPolicy access, TrainingQueries queries) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Summary forMe() {
        CurrentUser me = access.currentUser();
        String scope = me.scopePath();
        boolean reader = me.role().has(Permission.TRAINING_READ);
        long open = reader ? count("""
                select count(*) from training_class c join org_unit o on o.id = c.organiser_unit_id
                where c.status = 'OPEN' and (o.path like :s || '%' or :s like o.path || '%')""", scope) : 0;
        long proposals = me.role().has(Permission.ENROLL_APPROVE) ? count("""
                select count(*) from enrollment e join training_class c on c.id = e.class_id join org_unit oc on oc.id = c.organiser_unit_id
                join person p on p.id = e.person_id join org_unit op on op.id = p.org_unit_id
                where e.status = 'PROPOSED' and c.status in ('OPEN', 'RUNNING') and oc.path like :s || '%' and op.path like :s || '%'""", scope) : 0;
        long plans = me.role().has(Permission.PLAN_APPROVE) ? count("""
                select count(*) from training_plan t join org_unit o on o.id = t.org_unit_id
                where t.status = 'SUBMITTED' and o.path like :s || '%' and o.path <> :s""", scope) : 0;
        long lateReports = queries.countLateReports();
        long verify = me.role().has(Permission.RESULT_VERIFY) ? count("""
                select count(*) from enrollment e join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id
                where o.path like :s || '%' and e.self_reported_at is not null and e.result_by is null and e.verified_at is null
                  and e.status in ('APPROVED', 'ATTENDING', 'NOT_COMPLETED')""", scope) : 0;
        long provider = me.role().has(Permission.CLASSES_OWN) && me.providerId() != null
                ? jdbc.sql("select count(*) from training_class where provider_id = :p and status in ('OPEN', 'RUNNING')")
                .param("p", me.providerId()).query(Long.class).single() : 0;
        long mine = me.personId() == null ? 0 : jdbc.sql("""
                        select count(*) from enrollment e join training_class c on c.id = e.class_id
                        where e.person_id = :p and e.self_reported_at is null and c.starts_on <= current_date
                          and e.status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED')""")
                .param("p", me.personId()).query(Long.class).single();
        // the provider: its classes running or finished with trainees whose attendance and result are not recorded yet
        long toRecord = me.role().has(Permission.CLASSES_OWN) && me.providerId() != null
                ? jdbc.sql("""
                        select count(*) from training_class c where c.provider_id = :p and c.status in ('RUNNING', 'FINISHED')
                          and exists (select 1 from enrollment e where e.class_id = c.id and e.status in ('APPROVED', 'ATTENDING'))""")
                .param("p", me.providerId()).query(Long.class).single() : 0;
        return new Summary(open, proposals, plans, lateReports, verify, provider, mine, toRecord);
    }

    private long count(String sql, String scope) {
        return jdbc.sql(sql).param("s", scope).query(Long.class).single();
    }
}
