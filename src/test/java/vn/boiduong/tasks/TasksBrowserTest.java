package vn.boiduong.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSteps;
import vn.boiduong.BrowserSupport;
import vn.boiduong.BrowserTestBase;
import vn.boiduong.shared.ClockConfiguration;

/**
 * Issue 8 by real clicks: the commune officer issues a plan and imports its appendix (a bad row first: named by row and
 * column, nothing stored; then the good file, previewed and stored); the head of the Phòng VH-XH reports progress and
 * submits the product as a PDF; the officer accepts it after a confirmation; the province officer sees the ward in the
 * roll-up over its communes, late where tasks are overdue.
 */
class TasksBrowserTest extends BrowserTestBase {

    private static final String COMMUNE = "vhxh.phulien";
    private static final String HEAD = "truongphong.phulien";
    private static final String PROVINCE = "sonoivu.haiphong";
    private static final String TASK = "Rà soát, bố trí, sắp xếp, phân công cán bộ, công chức, viên chức";

    @Autowired
    JdbcClient jdbc;

    private BrowserSteps steps;
    private final LocalDate today = LocalDate.now(ClockConfiguration.VIETNAM);

    @BeforeEach
    void steps() {
        steps = new BrowserSteps(driver, port);
    }

    @Test
    void fromAnImportedAppendixToAnAcceptedProductSeenByTheProvince() throws Exception {
        String number = "CTr-" + UUID.randomUUID().toString().substring(0, 6);
        long planId = issueAndImport(number);
        long taskId = jdbc.sql("select id from plan_task where plan_id = :p and number = '1.2'").param("p", planId).query(Long.class).single();
        reportAndSubmit(planId, taskId);
        accept(taskId);
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event where entity = 'plan_task' and entity_id = :id")
                .param("id", String.valueOf(taskId)).query(String.class).single()).isEqualTo("TASK_REPORT,TASK_SUBMIT,TASK_ACCEPT");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TASK_IMPORT' and entity_id = :id").param("id", String.valueOf(planId))
                .query(Long.class).single()).isEqualTo(1);
        theProvinceSeesTheWardInTheRollUp();
    }

    /** The officer issues a plan by the form, then imports the appendix: a bad row first, then the good table. */
    private long issueAndImport(String number) throws Exception {
        steps.as(COMMUNE);
        steps.pressAndWait(By.id("nav-tasks"));
        steps.pressAndWait(By.id("tasks-plans"));
        steps.type("p-number", number);
        steps.type("p-issuedOn", "18/06/2026");
        steps.type("p-title", "Chương trình hành động thực hiện Nghị quyết về nâng cao chất lượng cán bộ cơ sở (thử nghiệm)");
        steps.type("p-sn", "09-NQ/TU");
        steps.type("p-sd", "26/05/2026");
        steps.pressAndWait(By.id("plan-create"));
        BrowserSupport.waitForText(driver, By.id("plan-heading"), number);
        long planId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/tasks/plans/(\\d+).*", "$1"));
        steps.pressAndWait(By.id("plan-import"));

        List<String[]> bad = new ArrayList<>(TaskSheetsFixture.seed003());
        bad.add(new String[] {"2.3", "Triển khai đào tạo, bồi dưỡng", "UBND phường", "", "Hoàn thành sớm"});
        steps.choose("import-file", "phu-luc-loi.xlsx", TaskSheetsFixture.appendix(bad));
        steps.pressAndWait(By.id("import-check"));
        BrowserSupport.waitForText(driver, By.id("tasks-problems"), "Dòng 14, cột Thời gian hoàn thành: không đọc được thời gian «Hoàn thành sớm»");
        assertThat(driver.findElements(By.id("import-commit"))).isEmpty();
        assertThat(tasks(planId)).isZero();
        BrowserSupport.screenshot(driver, "tasks-import-error");

        steps.choose("import-file", "phu-luc.xlsx", TaskSheetsFixture.appendix(TaskSheetsFixture.seed003()));
        steps.pressAndWait(By.id("import-check"));
        BrowserSupport.waitForText(driver, By.id("import-preview"), "Xem trước: 8 dòng hợp lệ");
        assertThat(driver.findElement(By.id("import-preview")).getText()).contains("Ban Thường vụ Đảng ủy phường", "giữ như văn bản", "31/07/2026");
        assertThat(tasks(planId)).isZero();
        BrowserSupport.screenshot(driver, "tasks-import-preview");
        steps.pressAndWait(By.id("import-commit"));
        BrowserSupport.waitForText(driver, By.id("tasks-imported"), "Đã nhập 8 dòng nhiệm vụ.");
        assertThat(tasks(planId)).isEqualTo(8);
        assertThat(driver.findElement(By.id("progress-total")).getText()).isEqualTo("7"); // the group row is a heading
        assertThat(driver.findElements(By.cssSelector("#plan-tasks tr[data-number='1.7']"))).hasSize(1);
        return planId;
    }

    /** The head of the lead unit: no product yet is refused, then a progress report, then the product as a PDF. */
    private void reportAndSubmit(long planId, long taskId) {
        steps.as(HEAD);
        steps.open("/tasks?planId=" + planId);
        steps.pressAndWait(By.partialLinkText(TASK));
        BrowserSupport.waitForText(driver, By.id("task-heading"), "1.2");
        assertThat(driver.getCurrentUrl()).endsWith("/tasks/" + taskId);
        steps.pressAndWait(By.id("report-product"));
        BrowserSupport.waitForText(driver, By.id("tasks-problems"), "chưa có sản phẩm");
        assertThat(status()).isEqualTo("NOT_STARTED");

        steps.type("r-percent", "50");
        steps.type("r-text", "Đã rà soát 5/8 cơ quan, đơn vị");
        steps.pressAndWait(By.id("report-progress"));
        BrowserSupport.waitForText(driver, By.id("task-done"), "Đã ghi báo cáo tiến độ.");
        assertThat(status()).isEqualTo("IN_PROGRESS");
        assertThat(driver.findElement(By.id("task-reports")).getText()).contains("Đã rà soát 5/8 cơ quan, đơn vị", "50");

        steps.type("r-text", "Báo cáo kết quả rà soát, bố trí cán bộ");
        steps.type("r-ref", "Báo cáo số 15/BC-VHXH ngày 25/06/2026");
        try {
            steps.choose("r-file", "bao-cao-ra-soat.pdf", vn.boiduong.HostileFiles.pdf("Bao cao 15/BC-VHXH"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        steps.pressAndWait(By.id("report-product"));
        BrowserSupport.waitForText(driver, By.id("task-done"), "Đã nộp sản phẩm, chờ nghiệm thu.");
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(driver.findElements(By.id("report-form"))).isEmpty();
        assertThat(driver.findElements(By.id("decide-form"))).isEmpty(); // the head does not accept his own product
        BrowserSupport.screenshot(driver, "tasks-submitted");
    }

    /** The officer (the issuer, the accepting authority): "no" to the confirmation keeps it waiting, "yes" accepts it. */
    private void accept(long taskId) throws Exception {
        steps.as(COMMUNE);
        steps.open("/tasks/" + taskId);
        BrowserSupport.waitFor(driver, By.id("decide-form"));
        WebElement file = driver.findElement(By.linkText("bao-cao-ra-soat.pdf"));
        HttpResponse<byte[]> pdf = steps.fetch(file.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        steps.press(By.id("task-accept"));
        steps.confirm(false);
        BrowserSteps.pause(1000);
        assertThat(status()).isEqualTo("SUBMITTED");
        steps.press(By.id("task-accept"));
        steps.confirm(true);
        BrowserSupport.waitForText(driver, By.id("task-done"), "Đã nghiệm thu sản phẩm.");
        assertThat(status()).isEqualTo("DONE");
        assertThat(driver.findElement(By.id("task-status")).getText()).contains("Hoàn thành");
        BrowserSupport.screenshot(driver, "tasks-accepted");
    }

    /** The province officer opens the roll-up: the ward's row with the counts the database gives, marked late. */
    private void theProvinceSeesTheWardInTheRollUp() {
        long ward = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        long[] expected = jdbc.sql("""
                select count(*), count(*) filter (where t.status = 'DONE'), count(*) filter (where %s)
                from plan_task t join action_plan p on p.id = t.plan_id join org_unit u on u.id = p.issuer_unit_id
                where u.path like '/VN/31/11446/%%' and not t.heading and t.status <> 'CANCELLED'""".formatted(TaskStore.OVERDUE))
                .param("today", today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        steps.as(PROVINCE);
        steps.pressAndWait(By.id("nav-tasks"));
        steps.pressAndWait(By.id("tasks-rollup"));
        WebElement row = BrowserSupport.waitFor(driver, By.cssSelector("#rollup tr[data-unit='" + ward + "']"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(0)).startsWith("Phường Phù Liễn").contains("Chậm tiến độ");
        assertThat(cells.subList(1, 5)).containsExactly(String.valueOf(expected[0]), String.valueOf(expected[1]),
                cells.get(3), String.valueOf(expected[2]));
        assertThat(expected[2]).isPositive();
        assertThat(row.getAttribute("class")).contains("late");
        BrowserSupport.screenshot(driver, "tasks-rollup");
    }

    private long tasks(long planId) {
        return jdbc.sql("select count(*) from plan_task where plan_id = :p").param("p", planId).query(Long.class).single();
    }

    private String status() {
        return driver.findElement(By.id("task-status")).getAttribute("data-status");
    }
}
