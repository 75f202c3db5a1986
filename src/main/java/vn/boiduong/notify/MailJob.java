package vn.boiduong.notify;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The e-mail delivery job (gửi thư điện tử), registered with db-scheduler, which runs it on one node at a time. */
@Configuration(proxyBeanMethods = false)
class MailJob {

    static final String TASK = "notification-mailer";

    @Bean
    RecurringTask<Void> notificationMailer(Mailer mailer,
                                           @Value("${boiduong.mail.poll-interval:30s}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("boiduong.mail.poll-interval must be positive, was " + interval);
        }
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> mailer.deliverPending());
    }
}
