package vn.boiduong.people;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.SqlAuditNames;

/** Names this module's objects on the audit page (issue 14: the log reads as sentences). */
@Component
class PeopleAuditNames extends SqlAuditNames {

    PeopleAuditNames(JdbcClient jdbc) {
        super(jdbc, Map.of(
                "person", "select id, full_name from person where id in (:ids)",
                "qualification", "select q.id, p.full_name from qualification q join person p on p.id = q.person_id where q.id in (:ids)"));
    }
}
