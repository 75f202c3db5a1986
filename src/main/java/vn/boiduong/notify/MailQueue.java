package vn.boiduong.notify;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The e-mail side of {@code notification}: the PENDING queue and the state changes of delivery. */
@Repository
class MailQueue {

    /** An e-mail waiting to be sent; {@code attempts} counts the failed tries so far. */
    record Mail(long id, String to, String subject, String body, String link, int attempts) {
    }

    private final JdbcClient jdbc;

    MailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks up to {@code limit} pending e-mails after {@code afterId}; rows another node holds are skipped. */
    List<Mail> claim(long afterId, int limit) {
        return jdbc.sql("""
                        select id, email_to, subject, body, link, email_attempts from notification
                        where email_status = 'PENDING' and id > :after order by id limit :limit
                        for update skip locked""")
                .param("after", afterId).param("limit", limit)
                .query((rs, row) -> new Mail(rs.getLong("id"), rs.getString("email_to"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), rs.getInt("email_attempts")))
                .list();
    }

    void sent(long id) {
        jdbc.sql("update notification set email_status = 'SENT', sent_at = now(), email_attempts = email_attempts + 1, "
                + "email_error = null where id = :id").param("id", id).update();
    }

    /** Counts a failed try; the e-mail stays PENDING for the next run unless {@code last}, then it is FAILED. */
    void failed(long id, String error, boolean last) {
        jdbc.sql("update notification set email_attempts = email_attempts + 1, email_error = :error, "
                        + "email_status = case when :last then 'FAILED' else 'PENDING' end where id = :id")
                .param("error", error).param("last", last).param("id", id).update();
    }

    /** No SMTP server configured: every pending e-mail goes to the outbox, where administrators read it. */
    int moveAllToOutbox() {
        return jdbc.sql("update notification set email_status = 'OUTBOX' where email_status = 'PENDING'").update();
    }
}
