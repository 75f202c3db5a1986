package vn.boiduong.reports;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class ReportsAuditNames extends SqlAuditNames {

    ReportsAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "yearly_report", "select r.id, o.name || ', ' || r.year from yearly_report r join org_unit o on o.id = r.org_unit_id where r.id in (:ids)"));
    }
}
