package vn.boiduong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Reminders before and after the deadline, each once; the calendar is data a province officer edits (audited). */
@IntegrationTest
class ReportRemindersTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportReminders reminders;

    private long notices(String user, String key) {
        return jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id where u.username = :u and n.dedupe_key = :k")
                .param("u", user).param("k", key).query(Long.class).single();
    }

    @Test
    void remindersGoOutOnceBeforeTheDeadlineAndOnceWhenOverdue() {
        long vhxh = ReportFixtures.unitId(jdbc, "11446-VHXH");
        long commune = ReportFixtures.unitId(jdbc, "11446");
        LocalDate day = LocalDate.of(2040, 12, 5); // agencies due before 10/12 (7 days' notice), communes before 15/12
        int first = reminders.run(day);
        assertThat(first).isPositive();
        assertThat(reminders.run(day)).as("run twice: nothing new").isZero();
        assertThat(notices("truongphong.phulien", "report-due:" + vhxh + ":2040")).isEqualTo(1);
        assertThat(notices("vhxh.phulien", "report-due:" + commune + ":2040")).as("15/12 is more than 7 days away").isZero();
        assertThat(notices("vhxh.phulien", "report-overdue:" + commune + ":2039")).as("last year's, never sent").isEqualTo(1);
        reminders.run(LocalDate.of(2040, 12, 16));
        reminders.run(LocalDate.of(2040, 12, 17));
        assertThat(notices("vhxh.phulien", "report-overdue:" + commune + ":2040")).isEqualTo(1);
    }

    @Test
    void theProvinceSetsItsOwnDeadlineForItsCommunesAndACommuneCannot() {
        long province = ReportFixtures.unitId(jdbc, "31");
        long commune = ReportFixtures.unitId(jdbc, "11446");
        var denied = TestHttp.as(port, "vhxh.phulien").put("/api/reports/calendar",
                "{\"unitId\":" + commune + ",\"reporter\":\"AGENCY\",\"month\":12,\"day\":1}");
        assertThat(denied.statusCode()).isEqualTo(403);
        var bad = TestHttp.as(port, "sonoivu.haiphong").put("/api/reports/calendar",
                "{\"unitId\":" + province + ",\"reporter\":\"COMMUNE\",\"month\":2,\"day\":30}");
        assertThat(bad.statusCode()).isEqualTo(400);
        try {
            var ok = TestHttp.as(port, "sonoivu.haiphong").put("/api/reports/calendar",
                    "{\"unitId\":" + province + ",\"reporter\":\"COMMUNE\",\"month\":12,\"day\":20,\"sourceRef\":\"Kế hoạch của Sở\"}");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            var mine = TestHttp.json(TestHttp.as(port, "vhxh.phulien").post("/api/reports", "{\"year\":2041}"));
            assertThat(mine.get("dueBefore").asText()).isEqualTo("2041-12-20");
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'SET_DEADLINE' and entity_id = :e")
                    .param("e", province + ":COMMUNE").query(Long.class).single()).isPositive();
        } finally {
            TestHttp.as(port, "sonoivu.haiphong").put("/api/reports/calendar",
                    "{\"unitId\":" + province + ",\"reporter\":\"COMMUNE\",\"month\":12,\"day\":15,\"sourceRef\":\"Kế hoạch triển khai Đề án 700 của UBND thành phố, mục V\"}");
        }
    }
}
