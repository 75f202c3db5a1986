package vn.boiduong.reports;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.notify.Notifications;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.Permission;
import vn.boiduong.security.Role;
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;

/**
 * Reminds the writers of a unit's yearly report (REPORT_WRITE accounts of the unit itself) {@code remind-days} before
 * the deadline and once it has passed, each at most once per unit, year and kind (dedupe key), in the app and by
 * e-mail (seed 000 VI.2, 003 IV deadlines). A db-scheduler job, daily 07:00 Vietnam time.
 */
@Configuration(proxyBeanMethods = false)
public class ReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    private record Writer(long userId, long unitId) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final ReportCalendar calendar;
    private final Notifications notifications;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final int days;

    ReportReminders(JdbcClient jdbc, OrgUnits units, ReportCalendar calendar, Notifications notifications,
                    MessageSource messages, TransactionTemplate tx, @Value("${boiduong.reports.remind-days:7}") int days) {
        this.jdbc = jdbc;
        this.units = units;
        this.calendar = calendar;
        this.notifications = notifications;
        this.messages = messages;
        this.tx = tx;
        this.days = days;
    }

    @Bean
    RecurringTask<Void> yearlyReportReminders(Clock clock) {
        return Tasks.recurring("yearly-report-reminders", Schedules.daily(ClockConfiguration.VIETNAM, LocalTime.of(7, 0)))
                .execute((instance, context) -> run(LocalDate.now(clock)));
    }

    /** Sends what is due today for this year's reports and last year's still missing; returns how many went out. */
    public int run(LocalDate today) {
        List<String> roles = Arrays.stream(Role.values()).filter(r -> r.has(Permission.REPORT_WRITE)).map(Enum::name).toList();
        List<Writer> writers = jdbc.sql("select id, org_unit_id from app_user where enabled and role in (:roles) order by org_unit_id, id")
                .param("roles", roles).query((rs, n) -> new Writer(rs.getLong(1), rs.getLong(2))).list();
        int sent = 0;
        for (int year : List.of(today.getYear() - 1, today.getYear())) {
            for (Writer w : writers) {
                OrgUnit unit = units.lookup(w.unitId()).orElse(null);
                LocalDate due = unit == null ? null : calendar.dueBefore(unit, year).orElse(null);
                if (due == null || submitted(unit.id(), year)) {
                    continue;
                }
                boolean overdue = !today.isBefore(due);
                if (!overdue && today.isBefore(due.minusDays(days))) {
                    continue;
                }
                String kind = overdue ? "overdue" : "due";
                String subject = text("reports.notice." + kind + "Subject", String.valueOf(year));
                String body = text("reports.notice." + kind + "Body", String.valueOf(year), unit.name(), Dates.format(due),
                        ChronoUnit.DAYS.between(today, due));
                Boolean ok = tx.execute(s -> notifications.notifyUser(w.userId(), subject, body, "/reports?year=" + year,
                        "report-" + kind + ":" + unit.id() + ":" + year));
                sent += Boolean.TRUE.equals(ok) ? 1 : 0;
            }
        }
        log.info("Yearly report reminders {}: {} sent", today, sent);
        return sent;
    }

    private boolean submitted(long unitId, int year) {
        return jdbc.sql("select count(*) from yearly_report where org_unit_id = :u and year = :y and status in ('SUBMITTED', 'ACCEPTED')")
                .param("u", unitId).param("y", year).query(Long.class).single() > 0;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseText.VI);
    }
}
