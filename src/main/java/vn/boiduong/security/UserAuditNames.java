package vn.boiduong.security;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class UserAuditNames extends SqlAuditNames {

    UserAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "user", "select id, full_name || ' (' || username || ')' from app_user where id in (:ids)"));
    }
}
