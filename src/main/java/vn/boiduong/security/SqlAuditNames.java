package vn.boiduong.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AuditNames} by one query per entity type over the module's own tables: each query selects (id, name) for
 * the numeric ids bound as {@code :ids}.
 */
public abstract class SqlAuditNames implements AuditNames {

    private final JdbcClient jdbc;
    private final Map<String, String> queries;

    protected SqlAuditNames(JdbcClient jdbc, Map<String, String> queries) {
        this.jdbc = jdbc;
        this.queries = Map.copyOf(queries);
    }

    @Override
    public Set<String> entities() {
        return queries.keySet();
    }

    @Override
    public Map<String, String> names(String entity, Set<String> ids) {
        String sql = queries.get(entity);
        List<Long> numeric = AuditSentences.numericIds(ids);
        Map<String, String> out = new HashMap<>();
        if (sql == null || numeric.isEmpty()) {
            return out;
        }
        jdbc.sql(sql).param("ids", numeric).query((java.sql.ResultSet rs) -> {
            if (rs.getString(2) != null) {
                out.put(rs.getString(1), rs.getString(2));
            }
        });
        return out;
    }
}
