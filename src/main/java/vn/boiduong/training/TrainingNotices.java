package vn.boiduong.training;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.notify.Notifications;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;

/** What the trainee is told (in the app and by e-mail) when their sending is decided, their report is checked, or it is late. */
@Component
class TrainingNotices {

    private final Notifications notifications;
    private final MessageSource messages;

    TrainingNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void decided(Enrollment e, TrainingClass c, String status, Integer waitlistPos) {
        String subject = text("training.notice.decided." + status + ".subject", c.name());
        String body = text("training.notice.decided." + status + ".body", e.fullName(), c.name(), Dates.format(c.startsOn()),
                Dates.format(c.endsOn()), waitlistPos == null ? "" : waitlistPos);
        notifications.notifyPerson(e.personId(), subject, body, "/me/training", "enrollment:" + e.id() + ":" + status);
    }

    void verified(Enrollment e, TrainingClass c, boolean accepted, String reason) {
        String key = accepted ? "training.notice.verified" : "training.notice.refused";
        notifications.notifyPerson(e.personId(), text(key + ".subject", c.name()),
                text(key + ".body", e.fullName(), c.name(), reason == null ? "" : reason), "/me/training",
                "enrollment:" + e.id() + ":verified:" + System.currentTimeMillis());
    }

    /** A reminder to report; the key makes it at most one per enrollment per week. */
    boolean reportReminder(long enrollmentId, long personId, String fullName, String className, java.time.LocalDate endsOn,
                           long daysLate, String week) {
        return notifications.notifyPerson(personId, text("training.notice.remind.subject", className),
                text("training.notice.remind.body", fullName, className, Dates.format(endsOn), daysLate), "/me/training",
                "result-reminder:" + enrollmentId + ":" + week);
    }

    boolean canReach(long personId) {
        return notifications.reachable(personId);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseText.VI);
    }
}
