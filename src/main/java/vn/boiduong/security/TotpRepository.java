package vn.boiduong.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code user_totp} and {@code user_recovery_code} (V17). */
@Repository
class TotpRepository {

    record Row(String secret, boolean enabled, long lastStep) {
    }

    private final JdbcClient jdbc;

    TotpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long userId) {
        return jdbc.sql("select secret, enabled_at is not null as enabled, last_step from user_totp where user_id = :u")
                .param("u", userId)
                .query((rs, i) -> new Row(rs.getString("secret"), rs.getBoolean("enabled"), rs.getLong("last_step")))
                .optional();
    }

    boolean enabled(long userId) {
        return find(userId).map(Row::enabled).orElse(false);
    }

    /** A new, unconfirmed secret (replaces an earlier unconfirmed one; never an enabled one). */
    boolean startEnrolment(long userId, String secret) {
        return jdbc.sql("insert into user_totp (user_id, secret) values (:u, :s) "
                        + "on conflict (user_id) do update set secret = excluded.secret, created_at = now() "
                        + "where user_totp.enabled_at is null")
                .param("u", userId).param("s", secret).update() == 1;
    }

    void enable(long userId, long step) {
        jdbc.sql("update user_totp set enabled_at = now(), last_step = :s where user_id = :u and enabled_at is null")
                .param("u", userId).param("s", step).update();
    }

    /** Accepts the step once: true only for the first caller with a step after the last accepted one. */
    boolean consumeStep(long userId, long step) {
        return jdbc.sql("update user_totp set last_step = :s where user_id = :u and last_step < :s and enabled_at is not null")
                .param("u", userId).param("s", step).update() == 1;
    }

    void delete(long userId) {
        jdbc.sql("delete from user_recovery_code where user_id = :u").param("u", userId).update();
        jdbc.sql("delete from user_totp where user_id = :u").param("u", userId).update();
    }

    void replaceRecoveryCodes(long userId, List<String> hashes) {
        jdbc.sql("delete from user_recovery_code where user_id = :u").param("u", userId).update();
        for (String h : hashes) {
            jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (:u, :h)").param("u", userId).param("h", h).update();
        }
    }

    boolean useRecoveryCode(long userId, String hash) {
        return jdbc.sql("update user_recovery_code set used_at = now() where user_id = :u and code_hash = :h and used_at is null")
                .param("u", userId).param("h", hash).update() == 1;
    }

    int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from user_recovery_code where user_id = :u and used_at is null")
                .param("u", userId).query(Integer.class).single();
    }
}
