package vn.boiduong.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.people.People;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/** Read models of training: a person's history, reports waiting for a check, late reports; always scoped. */
@Service
public class TrainingQueries {

    /** One class in a person's history (quá trình bồi dưỡng). */
    public record HistoryItem(Enrollment enrollment, String classCode, String className, String programCode,
                              String programName, LocalDate startsOn, LocalDate endsOn, String delivery, String timeSlot,
                              String place, String providerName, String classStatus) {
    }

    private static final String HISTORY = EnrollmentRepository.SELECT.replace("from enrollment e",
            ", c.code as c_code, c.name as c_name, c.program_code as c_program, pr.name as c_program_name, c.starts_on as c_starts, "
                    + "c.ends_on as c_ends, c.delivery as c_delivery, c.time_slot as c_slot, c.place as c_place, pv.name as c_provider, "
                    + "c.status as c_status from enrollment e") + " join training_class c on c.id = e.class_id "
            + "join program pr on pr.code = c.program_code left join provider pv on pv.id = c.provider_id ";

    private final JdbcClient jdbc;
    private final People people;
    private final AccessPolicy access;
    private final ResultReminders reminders;
    private final Clock clock;

    TrainingQueries(JdbcClient jdbc, People people, AccessPolicy access, ResultReminders reminders, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HistoryItem> history(long personId) {
        people.get(personId);
        return jdbc.sql(HISTORY + " where e.person_id = :p order by c.starts_on desc, e.id desc").param("p", personId)
                .query(TrainingQueries::map).list();
    }

    /** Trainees' own reports with no provider result, waiting for the unit (RESULT_VERIFY) to check them. */
    @Transactional(readOnly = true)
    public List<HistoryItem> awaitingVerification() {
        access.require(Permission.RESULT_VERIFY);
        return jdbc.sql(HISTORY + """
                         where o.path like :s || '%' and e.self_reported_at is not null and e.result_by is null
                           and e.verified_at is null and e.status <> 'COMPLETED' order by e.self_reported_at limit 500
                        """).param("s", access.scopePath()).query(TrainingQueries::map).list();
    }

    /** Trainees of the scope who have not reported N days after their class ended (seed 000 IV.3: 100% report). */
    @Transactional(readOnly = true)
    public List<HistoryItem> lateReports() {
        access.require(Permission.TRAINING_READ);
        return jdbc.sql(HISTORY + """
                         where o.path like :s || '%' and e.status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED')
                           and e.self_reported_at is null and c.status <> 'CANCELLED' and c.ends_on <= :limit
                         order by c.ends_on, p.sort_key limit 500
                        """).param("s", access.scopePath())
                .param("limit", LocalDate.now(clock).minusDays(reminders.reportWithinDays()))
                .query(TrainingQueries::map).list();
    }

    @Transactional(readOnly = true)
    public long countLateReports() {
        if (!access.can(Permission.TRAINING_READ)) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id
                        join org_unit o on o.id = p.org_unit_id
                        where o.path like :s || '%' and e.status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED')
                          and e.self_reported_at is null and c.status <> 'CANCELLED' and c.ends_on <= :limit
                        """).param("s", access.scopePath())
                .param("limit", LocalDate.now(clock).minusDays(reminders.reportWithinDays())).query(Long.class).single();
    }

    private static HistoryItem map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HistoryItem(EnrollmentRepository.map(rs, n), rs.getString("c_code"), rs.getString("c_name"),
                rs.getString("c_program"), rs.getString("c_program_name"), rs.getObject("c_starts", LocalDate.class),
                rs.getObject("c_ends", LocalDate.class), rs.getString("c_delivery"), rs.getString("c_slot"),
                rs.getString("c_place"), rs.getString("c_provider"), rs.getString("c_status"));
    }
}
