package vn.boiduong.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code notification}: a user's notices are always selected by id and owner together. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the user already has a notice with this dedupe key; returns the new id. */
    Optional<Long> insert(long userId, String subject, String body, String link, String dedupeKey, String emailTo) {
        return jdbc.sql("""
                        insert into notification (user_id, subject, body, link, dedupe_key, email_to, email_status)
                        values (:user, :subject, :body, :link, :key, :to, :status)
                        on conflict (user_id, dedupe_key) where dedupe_key is not null do nothing
                        returning id""")
                .param("user", userId).param("subject", subject).param("body", body).param("link", link)
                .param("key", dedupeKey).param("to", emailTo).param("status", emailTo == null ? "NONE" : "PENDING")
                .query(Long.class).optional();
    }

    long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null")
                .param("u", userId).query(Long.class).single();
    }

    long count(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u").param("u", userId).query(Long.class).single();
    }

    List<Notice> page(long userId, int limit, int offset) {
        return jdbc.sql("""
                        select id, subject, body, link, created_at, read_at, email_status from notification
                        where user_id = :u order by id desc limit :limit offset :offset""")
                .param("u", userId).param("limit", limit).param("offset", offset)
                .query(NotificationRepository::notice).list();
    }

    Optional<Notice> find(long id, long userId) {
        return jdbc.sql("select id, subject, body, link, created_at, read_at, email_status from notification "
                        + "where id = :id and user_id = :u")
                .param("id", id).param("u", userId).query(NotificationRepository::notice).optional();
    }

    int markRead(long id, long userId) {
        return jdbc.sql("update notification set read_at = now() where id = :id and user_id = :u and read_at is null")
                .param("id", id).param("u", userId).update();
    }

    int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = :u and read_at is null")
                .param("u", userId).update();
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")), rs.getString("email_status"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
