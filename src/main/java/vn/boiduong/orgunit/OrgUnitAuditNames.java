package vn.boiduong.orgunit;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class OrgUnitAuditNames extends SqlAuditNames {

    OrgUnitAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "org_unit", "select id, name from org_unit where id in (:ids)",
                "unit_continuity", "select id, name from org_unit where id in (:ids)"));
    }
}
