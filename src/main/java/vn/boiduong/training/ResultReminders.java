package vn.boiduong.training;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.shared.ClockConfiguration;

/**
 * Reminds trainees who have not reported their results N days after their class ended (seed 000 IV.3, 001 IV.3:
 * 100% report in the software), at most once a week each, in the app and by e-mail. A db-scheduler job, daily 07:00.
 */
@Configuration(proxyBeanMethods = false)
public class ResultReminders {

    private static final Logger log = LoggerFactory.getLogger(ResultReminders.class);

    /** A trainee who has not reported yet. */
    record Due(long enrollmentId, long personId, String fullName, String className, LocalDate endsOn) {
    }

    private final JdbcClient jdbc;
    private final TrainingNotices notices;
    private final TransactionTemplate tx;
    private final int days;

    ResultReminders(JdbcClient jdbc, TrainingNotices notices, TransactionTemplate tx,
                    @Value("${boiduong.training.report-within-days:10}") int days) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.tx = tx;
        this.days = days;
    }

    @Bean
    RecurringTask<Void> trainingResultReminders(Clock clock) {
        return Tasks.recurring("training-result-reminders", Schedules.daily(ClockConfiguration.VIETNAM, LocalTime.of(7, 0)))
                .execute((instance, context) -> run(LocalDate.now(clock)));
    }

    int reportWithinDays() {
        return days;
    }

    List<Due> due(LocalDate today) {
        return jdbc.sql("""
                        select e.id, e.person_id, p.full_name, c.name, c.ends_on
                        from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id
                        where e.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and e.self_reported_at is null
                          and c.status <> 'CANCELLED' and c.ends_on <= :limit and c.ends_on > :oldest and p.status = 'ACTIVE'
                        order by c.ends_on, e.id
                        """)
                .param("limit", today.minusDays(days)).param("oldest", today.minusYears(1))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Sends the week's reminders; returns how many went out (those already reminded this week are skipped). */
    public int run(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int sent = 0;
        for (Due d : due(today)) {
            Boolean ok = tx.execute(s -> notices.reportReminder(d.enrollmentId(), d.personId(), d.fullName(), d.className(),
                    d.endsOn(), ChronoUnit.DAYS.between(d.endsOn(), today), week));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        log.info("Result reminders {}: {} sent", today, sent);
        return sent;
    }
}
