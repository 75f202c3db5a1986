package vn.boiduong.targets;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class TargetsAuditNames extends SqlAuditNames {

    TargetsAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "target", "select id, coalesce(short_name, name) from target where id in (:ids)"));
    }
}
