package vn.boiduong.security;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Append-only, hash-chained audit trail: who, when, what, before and after. Written in the same transaction
 * as the change it describes, so a rolled-back change leaves no audit row and no change goes unaudited.
 */
@Component
public class AuditLog {

    /** Serialises chain appends; held to the end of the writing transaction. */
    private static final long CHAIN_LOCK = 727_001L;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param scopePath path of the unit the record belongs to: who may read this audit row
     * @param before    state before the change (null on creation)
     * @param after     state after the change (null on deletion)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, Object entityId, String scopePath,
                       Map<String, ?> before, Map<String, ?> after, String reason) {
        append(actor(), action, entity, entityId, scopePath, before, after, reason);
    }

    /** For work not done by a signed-in person (start-up, background jobs). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSystem(String actor, String action, String entity, Object entityId, String scopePath,
                             Map<String, ?> after) {
        append(actor, action, entity, entityId, scopePath, null, after, null);
    }

    private void append(String username, String action, String entity, Object entityId, String scopePath,
                        Map<String, ?> before, Map<String, ?> after, String reason) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", CHAIN_LOCK).query().singleRow();
        jdbc.sql("""
                with v as (select clock_timestamp() as at,
                                  (select hash from audit_event order by id desc limit 1) as prev)
                insert into audit_event (at, username, action, entity, entity_id, scope_path, before, after, reason, prev_hash, hash)
                select v.at, :u, :a, :e, :eid, :scope, cast(:before as jsonb), cast(:after as jsonb), :reason, v.prev,
                       audit_hash(v.prev, v.at, :u, :a, :e, :eid, :scope, cast(:before as jsonb), cast(:after as jsonb), :reason)
                from v
                """)
                .param("u", username).param("a", action).param("e", entity)
                .param("eid", entityId == null ? null : String.valueOf(entityId)).param("scope", scopePath)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .param("reason", reason)
                .update();
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
