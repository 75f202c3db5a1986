package vn.boiduong.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/**
 * The outbox (hộp thư đi): e-mails that were not delivered, kept (OUTBOX: no SMTP server configured) or given
 * up (FAILED), for user administrators whose scope holds the recipient's account. Scoping joins the
 * recipient's account to its unit's path, the one read-side join the architecture allows.
 */
@Service
class Outbox {

    /** One undelivered e-mail. */
    record Mail(long id, String recipient, String emailTo, String subject, String body, String status, int attempts,
                String error, Instant createdAt) {
    }

    record Page(List<Mail> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String SCOPED = """
            from notification n join app_user u on u.id = n.user_id join org_unit o on o.id = u.org_unit_id
            where n.email_status in ('OUTBOX', 'FAILED') and o.path like :scope || '%'""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    Outbox(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page page(int page, int size) {
        access.require(Permission.USER_ADMIN);
        String scope = access.scopePath();
        int limit = Math.min(Math.max(size, 1), Inbox.MAX_PAGE_SIZE);
        int from = Math.max(page, 0);
        List<Mail> items = jdbc.sql("select n.id, u.full_name, n.email_to, n.subject, n.body, n.email_status, "
                        + "n.email_attempts, n.email_error, n.created_at " + SCOPED + " order by n.id desc limit :limit offset :offset")
                .param("scope", scope).param("limit", limit).param("offset", from * limit)
                .query((rs, row) -> new Mail(rs.getLong("id"), rs.getString("full_name"), rs.getString("email_to"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("email_status"),
                        rs.getInt("email_attempts"), rs.getString("email_error"),
                        NotificationRepository.instant(rs.getTimestamp("created_at"))))
                .list();
        long total = jdbc.sql("select count(*) " + SCOPED).param("scope", scope).query(Long.class).single();
        return new Page(items, total, from, limit);
    }
}
