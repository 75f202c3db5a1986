package vn.boiduong.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every download of personal data leaves an audit row: who took which list, with its filter and how many rows
 * (Luật BVDLCN 91/2025; issue 13). Called by the export endpoints once the rows are known.
 */
@Component
public class ExportAudit {

    private final AuditLog audit;
    private final AccessPolicy access;

    ExportAudit(AuditLog audit, AccessPolicy access) {
        this.audit = audit;
        this.access = access;
    }

    /**
     * @param entity    what was exported ("gap_people", "enrollment" …)
     * @param scopePath the unit the list covers (null: the user's whole scope)
     * @param filter    the request's filter as name, value pairs
     */
    @Transactional
    public void exported(String entity, String scopePath, long rows, Object... filter) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", rows);
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i + 1 < filter.length; i += 2) {
            Object v = filter[i + 1];
            // a query record is kept field by field (not as its Java text), so the audit log can name each filter
            f.put(String.valueOf(filter[i]), v == null ? null : v instanceof Record r ? AuditSnapshot.of(r) : String.valueOf(v));
        }
        after.put("filter", f);
        audit.record("EXPORT", entity, null, scopePath == null ? access.scopePath() : scopePath, null, after, null);
    }
}
