package vn.boiduong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.RunAs;
import vn.boiduong.shared.ClockConfiguration;

/** The pages over the demo's 2025 reports: who is late at the commune and at the province; the overview's late column. */
@IntegrationTest
class ReportPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportLateItems lateItems;
    @Autowired
    RunAs runAs;

    @Test
    void theCommuneSeesItsAgenciesLateAndTheProvinceSeesVietHoaOverdue() {
        var commune = TestHttp.browser(port);
        commune.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String page = commune.get("/reports?year=2025").body();
        assertThat(page).contains("năm 2025").contains("id=\"reports-below\"").contains("Nộp muộn").contains("Quá hạn").contains("Đã tiếp nhận");
        assertThat(page).containsPattern("data-code=\"11446-KT\" data-status=\"ACCEPTED\" data-late=\"LATE_SUBMITTED\"");
        assertThat(page).containsPattern("data-code=\"11446-DU\" data-status=\"RETURNED\" data-late=\"OVERDUE\"");
        long reportId = jdbc.sql("select id from yearly_report where year = 2025 and org_unit_id = :u")
                .param("u", ReportFixtures.unitId(jdbc, "11446")).query(Long.class).single();
        String report = commune.get("/reports/" + reportId).body();
        assertThat(report).contains("Biểu số 10-BTCTW").contains("id=\"form10\"").contains("Đã tiếp nhận")
                .contains("Số liệu đã cố định khi nộp").doesNotContain("id=\"submit-report\"");
        assertThat(commune.get("/reports/calendar").body()).contains("trước ngày 10/12").contains("data-reporter=\"PARTY\"");

        var province = TestHttp.browser(port);
        province.login("sonoivu.haiphong", TestHttp.DEMO_PASSWORD);
        assertThat(province.get("/reports?year=2025").body())
                .containsPattern("data-code=\"10543\" data-status=\"DRAFT\" data-late=\"OVERDUE\"")
                .contains("data-code=\"11446\" data-status=\"ACCEPTED\">");
        var forbidden = TestHttp.browser(port);
        forbidden.login("vhxh.viethoa", TestHttp.DEMO_PASSWORD);
        assertThat(forbidden.get("/reports/" + reportId).statusCode()).isEqualTo(403);
    }

    @Test
    void theProvinceOverviewCountsLateReportsPerCommune() {
        long province = ReportFixtures.unitId(jdbc, "31");
        Map<Long, Integer> late = lateItems.lateByChild(province, LocalDate.now(ClockConfiguration.VIETNAM));
        assertThat(late.get(ReportFixtures.unitId(jdbc, "10543"))).as("Việt Hòa's 2025 report").isGreaterThanOrEqualTo(1);
        // Phù Liễn: its own 2025 report is in; the Đảng ủy (returned) and the service centre (never sent) are overdue
        assertThat(late.get(ReportFixtures.unitId(jdbc, "11446"))).isGreaterThanOrEqualTo(2);
        // the link is offered to those who read reports (the province), not to the finance department
        assertThat(runAs.as("sonoivu.haiphong", () -> lateItems.link(5))).isEqualTo("/reports?unit=5");
        assertThat(runAs.as("taichinh.haiphong", () -> lateItems.link(5))).isNull();
    }
}
