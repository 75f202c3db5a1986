package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The home page tells each role what waits in training; the numbers match the records, counted here independently. */
@IntegrationTest
class TrainingSummaryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommuneOfficerSeesProposalsToDecideAndLateReportsOfTheCommune() {
        long proposals = jdbc.sql("""
                select count(*) from enrollment e join training_class c on c.id = e.class_id join org_unit oc on oc.id = c.organiser_unit_id
                join person p on p.id = e.person_id join org_unit op on op.id = p.org_unit_id
                where e.status = 'PROPOSED' and c.status in ('OPEN','RUNNING') and oc.path like '/VN/31/11446/%' and op.path like '/VN/31/11446/%'
                """).query(Long.class).single();
        long late = jdbc.sql("""
                select count(*) from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id
                join org_unit o on o.id = p.org_unit_id where o.path like '/VN/31/11446/%'
                  and e.status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED') and e.self_reported_at is null
                  and c.status <> 'CANCELLED' and c.ends_on <= current_date - 10
                """).query(Long.class).single();
        assertThat(proposals).as("the demo leaves proposals in the commune's evening class").isPositive();
        assertThat(late).as("the demo's finished class has trainees late to report").isPositive();
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String home = browser.get("/").body();
        assertThat(home).contains(proposals + " đề xuất cử đi học chờ duyệt").contains(late + " học viên chưa báo cáo kết quả quá hạn");

        long due = jdbc.sql("select count(*) from effect_evaluation e join org_unit o on o.id = e.org_unit_id "
                + "where e.status = 'DUE' and e.due_on <= current_date and o.path like '%/11446-VHXH/%'").query(Long.class).single();
        assertThat(due).as("the demo has overdue effect evaluations in the unit head's agency").isPositive();
        TestHttp head = TestHttp.browser(port);
        head.login("truongphong.phulien", TestHttp.DEMO_PASSWORD);
        assertThat(head.get("/").body()).contains(due + " đánh giá hiệu quả sau bồi dưỡng đã đến hạn");
        assertThat(home).contains("không hoàn thành nhiệm vụ 2 quý liên tiếp");

        TestHttp provider = TestHttp.browser(port);
        provider.login("truongchinhtri.haiphong", TestHttp.DEMO_PASSWORD);
        assertThat(provider.get("/").body()).contains("lớp của cơ sở đang mở hoặc đang học");
    }
}
