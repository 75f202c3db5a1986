package vn.boiduong.tasks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;

/**
 * Reminds the lead unit's users (enabled accounts of the lead unit or above it within the commune holding TASK_REPORT
 * roles) {@code boiduong.tasks.remind-days} days before a task's due date, and once when it becomes overdue: one notice
 * per task, user and due date (dedupe key), in the app and by e-mail. A db-scheduler job, daily 07:15 Vietnam time.
 */
@Configuration(proxyBeanMethods = false)
public class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    /** A notice to send: the user, the task, the kind (SOON or OVERDUE). */
    record Due(long userId, long taskId, String number, String content, LocalDate dueOn, String kind) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final int remindDays;

    TaskReminders(JdbcClient jdbc, Notifications notifications, MessageSource messages, TransactionTemplate tx,
                  @Value("${boiduong.tasks.remind-days:7}") int remindDays) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
        this.tx = tx;
        this.remindDays = remindDays;
    }

    @Bean
    RecurringTask<Void> taskDeadlineReminders(Clock clock) {
        return Tasks.recurring("task-deadline-reminders", Schedules.daily(ClockConfiguration.VIETNAM, LocalTime.of(7, 15)))
                .execute((instance, context) -> run(LocalDate.now(clock)));
    }

    /** Open tasks due within the window or overdue, with the accounts of their lead unit (its officers and unit heads). */
    List<Due> due(LocalDate today) {
        return jdbc.sql("""
                        select u.id, t.id, t.number, t.content, t.due_on, case when t.due_on < :today then 'OVERDUE' else 'SOON' end
                        from plan_task t join org_unit lu on lu.id = t.lead_unit_id
                        join app_user u on u.enabled and u.role in ('UNIT_HEAD', 'COMMUNE_OFFICER', 'PROVINCE_OFFICER')
                        join org_unit uu on uu.id = u.org_unit_id and lu.path like uu.path || '%'
                        where t.status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED') and t.due_on <= :limit
                        and uu.level >= coalesce((select c.level from org_unit c where c.code = lu.commune_code), lu.level)
                        order by u.id, t.due_on""")
                .param("today", today).param("limit", today.plusDays(remindDays))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }

    /** Sends what is due; returns how many notices went out (those already sent for this task, user and due date are skipped). */
    public int run(LocalDate today) {
        int sent = 0;
        for (Due d : due(today)) {
            String content = d.content().length() > 120 ? d.content().substring(0, 120) + "…" : d.content();
            String key = "task-" + d.kind().toLowerCase() + ":" + d.taskId() + ":" + d.dueOn() + ":" + d.userId();
            Boolean ok = tx.execute(s -> notifications.notifyUser(d.userId(), text("tasks.notice." + d.kind() + ".subject", d.number()),
                    text("tasks.notice." + d.kind() + ".body", d.number(), content, Dates.format(d.dueOn())), "/tasks/" + d.taskId(), key));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        log.info("Task reminders {}: {} sent", today, sent);
        return sent;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseText.VI);
    }
}
