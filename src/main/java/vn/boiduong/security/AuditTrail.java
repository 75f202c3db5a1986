package vn.boiduong.security;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail, within the reader's scope, and checking that the hash chain is intact. */
@Service
public class AuditTrail {

    public record Entry(long id, Instant at, String username, String action, String entity, String entityId,
                        String scopePath, String before, String after, String reason) {
    }

    public record Page(List<Entry> entries, int page, int size, boolean hasNext) {
    }

    /** First broken link, if any; -1 when the whole chain verifies. */
    public record ChainCheck(long checked, long firstBrokenId) implements Serializable {
        public boolean intact() {
            return firstBrokenId < 0;
        }
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    AuditTrail(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page search(String entity, String entityId, String username, int page, int size) {
        access.require(Permission.AUDIT_READ);
        int limit = Math.min(Math.max(size, 1), 200);
        List<Entry> rows = jdbc.sql("""
                        select id, at, username, action, entity, entity_id, scope_path, before::text as b, after::text as a, reason
                        from audit_event
                        where scope_path like :scope || '%'
                          and (cast(:entity as text) is null or entity = :entity)
                          and (cast(:eid as text) is null or entity_id = :eid)
                          and (cast(:user as text) is null or username ilike :user)
                        order by id desc limit :limit offset :offset
                        """)
                .param("scope", access.scopePath()).param("entity", blankToNull(entity))
                .param("eid", blankToNull(entityId)).param("user", blankToNull(username))
                .param("limit", limit + 1).param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                        rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                        rs.getString("scope_path"), rs.getString("b"), rs.getString("a"), rs.getString("reason")))
                .list();
        boolean hasNext = rows.size() > limit;
        return new Page(hasNext ? rows.subList(0, limit) : rows, Math.max(page, 0), limit, hasNext);
    }

    /** Recomputes every hash from the stored rows (ministry level: the chain spans every scope). */
    @Transactional(readOnly = true)
    public ChainCheck verifyChain() {
        access.require(Permission.ORG_WRITE_OFFICIAL);
        List<Object[]> rows = jdbc.sql("""
                select id, hash = audit_hash(prev_hash, at, username, action, entity, entity_id, scope_path, before, after, reason)
                       and prev_hash is not distinct from lag(hash) over (order by id) as ok
                from audit_event order by id
                """).query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).list();
        for (Object[] row : rows) {
            if (!(Boolean) row[1]) {
                return new ChainCheck(rows.size(), (Long) row[0]);
            }
        }
        return new ChainCheck(rows.size(), -1);
    }

    long countSince(Instant since) {
        return jdbc.sql("select count(*) from audit_event where at >= :t").param("t", Timestamp.from(since))
                .query(Long.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
