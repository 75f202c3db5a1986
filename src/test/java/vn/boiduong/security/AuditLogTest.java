package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

@IntegrationTest
class AuditLogTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTrailIsAppendOnly() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'x' where id = (select min(id) from audit_event)").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void theHashChainVerifiesAndShowsTampering() {
        TestHttp admin = TestHttp.as(port, "admin.bonoivu");
        JsonNode ok = TestHttp.json(admin.get("/api/audit/verify"));
        assertThat(ok.get("firstBrokenId").asLong()).isEqualTo(-1);
        assertThat(ok.get("checked").asLong()).isPositive();
        long victim = jdbc.sql("select min(id) from audit_event").query(Long.class).single();
        String original = jdbc.sql("select username from audit_event where id = :id").param("id", victim).query(String.class).single();
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
        try {
            jdbc.sql("update audit_event set username = 'ke-gian-lan' where id = :id").param("id", victim).update();
            JsonNode broken = TestHttp.json(admin.get("/api/audit/verify"));
            assertThat(broken.get("firstBrokenId").asLong()).isEqualTo(victim);
        } finally {
            jdbc.sql("update audit_event set username = :u where id = :id").param("u", original).param("id", victim).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        }
        assertThat(TestHttp.json(admin.get("/api/audit/verify")).get("firstBrokenId").asLong()).isEqualTo(-1);
        // only the ministry checks the whole chain (it spans every scope)
        assertThat(TestHttp.as(port, "vhxh.phulien").get("/api/audit/verify").statusCode()).isEqualTo(403);
    }

    @Test
    void viewingACitizenIdIsAudited() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long person = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id where o.code = '11446-VP' order by p.id limit 1")
                .query(Long.class).single();
        JsonNode masked = TestHttp.json(officer.get("/api/people/" + person));
        assertThat(masked.get("citizenId").asString()).startsWith("*********").hasSize(12);
        JsonNode full = TestHttp.json(officer.post("/api/people/" + person + "/citizen-id", ""));
        assertThat(full.get("citizenId").asString()).matches("\\d{12}");
        JsonNode audit = TestHttp.json(officer.get("/api/audit?entity=person&entityId=" + person));
        assertThat(audit.get("entries").get(0).get("action").asString()).isEqualTo("VIEW_CITIZEN_ID");
        assertThat(audit.get("entries").get(0).get("username").asString()).isEqualTo("vhxh.phulien");
    }
}
