package vn.boiduong.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS = "id, username, full_name, email, role, org_unit_id, person_id, provider_id, "
            + "enabled, failed_attempts, locked_until, last_login_at, version";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:u)")
                .param("u", username).query(UserRepository::map).optional();
    }

    Optional<UserAccount> findByPerson(long personId) {
        return jdbc.sql("select " + COLUMNS + " from app_user where person_id = :p").param("p", personId)
                .query(UserRepository::map).optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(UserRepository::map).optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class).optional();
    }

    /** Users whose unit lies under {@code path} (org_unit.path is the shared read model for scoping). */
    List<UserAccount> findUnder(String path, String query, int limit) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "u.$1") + " from app_user u join org_unit o on o.id = u.org_unit_id "
                        + "where o.path like :p || '%' and (cast(:q as text) is null or u.username ilike '%' || :q || '%' "
                        + "or u.full_name ilike '%' || :q || '%') order by u.username limit :limit")
                .param("p", path).param("q", query == null || query.isBlank() ? null : query.strip())
                .param("limit", limit).query(UserRepository::map).list();
    }

    long insert(String username, String passwordHash, String fullName, String email, Role role, long unitId,
                Long personId, Long providerId) {
        return jdbc.sql("insert into app_user (username, password_hash, full_name, email, role, org_unit_id, person_id, provider_id) "
                        + "values (:u, :p, :n, :e, :r, :unit, :person, :provider) returning id")
                .param("u", username).param("p", passwordHash).param("n", fullName).param("e", email)
                .param("r", role.name()).param("unit", unitId).param("person", personId).param("provider", providerId)
                .query(Long.class).single();
    }

    int update(long id, int version, String fullName, String email, Role role, boolean enabled) {
        return jdbc.sql("update app_user set full_name = :n, email = :e, role = :r, enabled = :en, version = version + 1 "
                        + "where id = :id and version = :v")
                .param("n", fullName).param("e", email).param("r", role.name()).param("en", enabled)
                .param("id", id).param("v", version).update();
    }

    void updatePassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, version = version + 1 where id = :id")
                .param("h", hash).param("id", id).update();
    }

    /**
     * Ends every session of an account on every node (sessions live in {@code spring_session}, Flyway V23), in the
     * caller's transaction: a disabled account, a new role or a password reset by an administrator takes effect at once.
     */
    int endSessions(String username) {
        return jdbc.sql("delete from spring_session where principal_name = :u").param("u", username).update();
    }

    /** Counts a failed sign-in; at {@code maxAttempts} the account is locked until {@code lockUntil} (a lock is not extended). */
    void recordFailure(String username, int maxAttempts, Instant lockUntil) {
        jdbc.sql("update app_user set failed_attempts = failed_attempts + 1, "
                        + "locked_until = case when failed_attempts + 1 >= :max and (locked_until is null or locked_until < now()) "
                        + "then :until else locked_until end "
                        + "where lower(username) = lower(:u)")
                .param("max", maxAttempts).param("until", Timestamp.from(lockUntil)).param("u", username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = now() where lower(username) = lower(:u)")
                .param("u", username).update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getLong("org_unit_id"),
                (Long) rs.getObject("person_id"), (Long) rs.getObject("provider_id"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
                last == null ? null : last.toInstant(), rs.getInt("version"));
    }
}
