package vn.boiduong.notify;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.UserDirectory;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * Notices (thông báo) for other modules: reminders to trainees, evaluators, reporting units. A notice is
 * stored for the user in the app and, when the account has an e-mail address, queued as an e-mail that the
 * {@code notification-mailer} job delivers (or leaves in the outbox when no SMTP server is configured).
 */
@Service
public class Notifications {

    static final int SUBJECT_MAX = 200;
    static final int LINK_MAX = 500;
    static final int KEY_MAX = 200;
    /** A path of this application: "/..." but never "//host" or "/\host" (browsers read both as another site). */
    private static final Pattern LOCAL_PATH = Pattern.compile("/([^/\\\\\\s][^\\\\\\s]*)?");

    private final NotificationRepository notices;
    private final UserDirectory users;
    private final AccessPolicy access;

    Notifications(NotificationRepository notices, UserDirectory users, AccessPolicy access) {
        this.notices = notices;
        this.users = users;
        this.access = access;
    }

    /**
     * Stores an in-app notice for a user and queues an e-mail when the user has an address. Unchecked: callers
     * authorise. False when this dedupe key was already used for the user (no second notice).
     *
     * @param link      a path inside this application ({@code /classes/12}) or null
     * @param dedupeKey e.g. {@code result-missing:enrollment:42}; null never deduplicates
     */
    @Transactional
    public boolean notifyUser(long userId, String subject, String body, String link, String dedupeKey) {
        String cleanSubject = subject == null ? "" : VietnameseText.clean(subject);
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        String key = dedupeKey == null || dedupeKey.isBlank() ? null : dedupeKey.strip();
        var problems = Problems.collect();
        if (cleanSubject.isEmpty()) {
            problems.add("noticeSubject", "validation.required");
        } else if (cleanSubject.length() > SUBJECT_MAX) {
            problems.add("noticeSubject", "validation.tooLong", SUBJECT_MAX);
        }
        if (cleanLink != null && (cleanLink.length() > LINK_MAX || !LOCAL_PATH.matcher(cleanLink).matches())) {
            problems.add("noticeLink", "notify.link.invalid");
        }
        if (key != null && key.length() > KEY_MAX) {
            problems.add("dedupeKey", "validation.tooLong", KEY_MAX);
        }
        problems.throwIfAny();
        if (!users.exists(userId)) {
            throw new Problems.NotFound("user", userId);
        }
        String text = body == null || body.isBlank() ? null : Normalizer.normalize(body.strip(), Normalizer.Form.NFC);  // keeps line breaks
        String emailTo = users.emailOf(userId).orElse(null);
        return notices.insert(userId, cleanSubject, text, cleanLink, key, emailTo).isPresent();
    }

    /**
     * Notifies the account linked to a person's file (hồ sơ cán bộ). Unchecked: callers authorise. False when
     * the person has no account or the dedupe key was already used for that account.
     */
    @Transactional
    public boolean notifyPerson(long personId, String subject, String body, String link, String dedupeKey) {
        return users.userIdOfPerson(personId)
                .map(userId -> notifyUser(userId, subject, body, link, dedupeKey))
                .orElse(false);
    }

    /** Whether the person has an account to be notified on (else they are told in person). */
    public boolean reachable(long personId) {
        return users.userIdOfPerson(personId).isPresent();
    }

    /** Unread notices of the signed-in user (the menu badge). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notices.unreadCount(access.currentUser().id());
    }
}
