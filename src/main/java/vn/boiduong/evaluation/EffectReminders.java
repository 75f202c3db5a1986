package vn.boiduong.evaluation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.notify.Notifications;
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.VietnameseText;

/**
 * Reminds unit heads (thủ trưởng cơ quan, đơn vị) of effect evaluations due within {@value #WITHIN_DAYS} days or
 * overdue (seed 000 IV.3: 100% of those trained are evaluated), one digest per head per ISO week at most. A
 * db-scheduler job, daily 07:00 Vietnam time.
 */
@Configuration(proxyBeanMethods = false)
public class EffectReminders {

    private static final Logger log = LoggerFactory.getLogger(EffectReminders.class);
    static final int WITHIN_DAYS = 14;

    /** A unit head with what waits for them. */
    record Digest(long userId, long count, long overdue, String names) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    EffectReminders(JdbcClient jdbc, Notifications notifications, MessageSource messages, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
        this.tx = tx;
    }

    @Bean
    RecurringTask<Void> effectEvaluationReminders(Clock clock) {
        return Tasks.recurring("effect-evaluation-reminders", Schedules.daily(ClockConfiguration.VIETNAM, LocalTime.of(7, 0)))
                .execute((instance, context) -> run(LocalDate.now(clock)));
    }

    /**
     * Heads whose unit covers the person (enabled UNIT_HEAD accounts; read side: {@code app_user} joined on the unit
     * path, as the outbox does) and the unsigned evaluations due by {@code today + 14}.
     */
    List<Digest> digests(LocalDate today) {
        return jdbc.sql("""
                        select u.id, count(*), count(*) filter (where ee.due_on < :today),
                               string_agg(p.full_name, ', ' order by ee.due_on, p.sort_key)
                        from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id join person p on p.id = ee.person_id
                        join app_user u on u.role = 'UNIT_HEAD' and u.enabled
                        join org_unit hu on hu.id = u.org_unit_id and o.path like hu.path || '%'
                        where ee.status = 'DUE' and ee.due_on <= :limit and p.status = 'ACTIVE'
                        group by u.id order by u.id
                        """)
                .param("today", today).param("limit", today.plusDays(WITHIN_DAYS))
                .query((rs, n) -> new Digest(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** Sends this week's digests; returns how many went out (heads already reminded this week are skipped). */
    public int run(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int sent = 0;
        for (Digest d : digests(today)) {
            String names = d.names().length() > 900 ? d.names().substring(0, 900) + "…" : d.names();
            Boolean ok = tx.execute(s -> notifications.notifyUser(d.userId(), text("effect.notice.subject", d.count()),
                    text("effect.notice.body", d.count(), d.overdue(), names, WITHIN_DAYS), "/evaluations/effect?state=DUE",
                    "effect-reminder:" + d.userId() + ":" + week));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        log.info("Effect evaluation reminders {}: {} sent", today, sent);
        return sent;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseText.VI);
    }
}
