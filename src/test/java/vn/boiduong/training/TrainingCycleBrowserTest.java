package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSteps;
import vn.boiduong.BrowserSupport;
import vn.boiduong.BrowserTestBase;
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.Dates;

/**
 * The training cycle of issue 5 by real clicks: needs → plan (returned once, approved, consolidated); a class opened from
 * the commune's plan → proposals → approvals with the continuity check and the waiting list → decision (DOCX, PDF) →
 * attendance and results → the gap closed on the person's file; another commune is refused; the audit shows the override.
 */
class TrainingCycleBrowserTest extends BrowserTestBase {

    private static final String HEAD = "truongphong.phulien";
    private static final String COMMUNE = "vhxh.phulien";
    private static final String AGENCY = "11446-VHXH";
    private static final String PROGRAM = "CMCN";
    private static final String PROGRAM_NAME = "Bồi dưỡng kiến thức chuyên môn chuyên ngành";
    private static final String NEW_LINE = "#plan-lines tr[data-program=NGANH_AN_SINH_XA_HOI]";

    @Autowired
    JdbcClient jdbc;

    private BrowserSteps steps;
    private long agencyId;
    private final LocalDate today = LocalDate.now(ClockConfiguration.VIETNAM);
    // the class cycle: three of the agency's staff who need the course, the first alone in their position
    private long alone;
    private long second;
    private long third;
    private long classId;
    private String className;
    private final String overrideReason = "Phòng bố trí người trực thay trong 4 ngày học";
    private final String certificateNo = "CMCN-PL-" + today.getYear() + "-001";

    @BeforeEach
    void steps() {
        steps = new BrowserSteps(driver, port);
        agencyId = jdbc.sql("select id from org_unit where code = :c").param("c", AGENCY).query(Long.class).single();
    }

    @AfterEach
    void restoreContinuity() {
        // the demo agency states no continuity rule; the other tests of the shared context expect the default
        jdbc.sql("delete from unit_continuity where org_unit_id = :u").param("u", agencyId).update();
    }

    @Test
    void theAgencyPlanGoesUpIsReturnedOnceThenApprovedAndConsolidated() {
        String agencyName = jdbc.sql("select name from org_unit where id = :u").param("u", agencyId).query(String.class).single();
        steps.as(HEAD);
        openMyPlan();
        BrowserSupport.waitForText(driver, By.id("plan-lines"), "Từ danh sách cần bồi dưỡng");
        new Select(driver.findElement(By.cssSelector("#add-line select[name=programCode]"))).selectByValue("NGANH_AN_SINH_XA_HOI");
        driver.findElement(By.cssSelector("#add-line input[name=people]")).sendKeys("4");
        new Select(driver.findElement(By.cssSelector("#add-line select[name=quarter]"))).selectByValue("2");
        driver.findElement(By.cssSelector("#add-line input[name=note]")).sendKeys("Cán bộ lao động - chính sách xã hội");
        steps.press(By.id("add-line-submit"));
        BrowserSupport.waitUntil(driver, d -> d.findElements(By.cssSelector(NEW_LINE)).size() == 1);
        BrowserSupport.screenshot(driver, "training-agency-plan");

        // "no" to the confirmation keeps the draft (on a boosted form too), "yes" sends it
        steps.press(By.id("submit-plan"));
        steps.confirm(false);
        BrowserSteps.pause(1500);
        assertThat(driver.findElement(By.id("plan-status")).getText()).isEqualTo("Đang soạn");
        steps.press(By.id("submit-plan"));
        steps.confirm(true);
        BrowserSupport.waitForText(driver, By.id("plan-status"), "Đã gửi, chờ duyệt");

        steps.as(COMMUNE);
        openPlanToDecide(agencyName);
        steps.type("return-reason-input", "Ghi rõ quý tổ chức cho dòng an sinh xã hội");
        steps.press(By.id("return-plan"));
        BrowserSupport.waitForText(driver, By.id("plan-status"), "Bị trả lại");

        steps.as(HEAD);
        openMyPlan();
        BrowserSupport.waitForText(driver, By.id("return-reason"), "Ghi rõ quý tổ chức cho dòng an sinh xã hội");
        assertThat(driver.findElement(By.id("return-reason")).getText()).contains(COMMUNE);
        BrowserSupport.screenshot(driver, "training-plan-returned");
        steps.press(By.id("submit-plan"));
        steps.confirm(true);
        BrowserSupport.waitForText(driver, By.id("plan-status"), "Đã gửi, chờ duyệt");

        steps.as(COMMUNE);
        openPlanToDecide(agencyName);
        steps.press(By.id("approve-plan"));
        BrowserSupport.waitForText(driver, By.id("plan-status"), "Đã phê duyệt");
        openMyPlan();
        steps.press(By.id("consolidate"));
        BrowserSupport.waitUntil(driver, d -> d.findElements(By.cssSelector(NEW_LINE)).size() == 1);
        WebElement line = driver.findElement(By.cssSelector(NEW_LINE));
        assertThat(line.getText()).contains("Tổng hợp từ cấp dưới");
        assertThat(line.findElement(By.className("line-people")).getText()).isEqualTo("4");
        BrowserSupport.screenshot(driver, "training-commune-consolidated");
    }

    @Test
    void fromTheCommunePlanToAClosedGap() throws Exception {
        alone = candidates("= 1").get(0);
        List<Long> shared = candidates("> 1");
        second = shared.get(0);
        third = shared.get(1);
        steps.as(COMMUNE);
        steps.open("/people/" + alone);
        BrowserSupport.clickFirst(driver, By.id("tab-standard-btn"));
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("standard-lines")).getText().contains(PROGRAM_NAME));
        assertThat(standardRows()).anyMatch(r -> r.contains("Thiếu —") && r.contains(PROGRAM_NAME));

        openClassFromThePlan();
        proposeAfterStatingContinuity();
        approveOverrideWaitAndWithdraw();
        issueDecision();
        startAndRecordResults();
        long overridden = enrollmentId(alone);
        long promoted = enrollmentId(third);
        theFileShowsTheGapClosed();

        // the audit shows the override with its reason, and the system moving the waiting person up
        audit(overridden);
        assertThat(driver.findElement(By.id("audit-table")).getText()).contains("đã phê duyệt (dù ảnh hưởng duy trì hoạt động) lượt cử đi học", overrideReason); // in the officer's name
        audit(promoted);
        assertThat(driver.findElement(By.id("audit-table")).getText()).contains("Hệ thống đã chuyển từ danh sách chờ vào lớp");

        // another commune's officer: neither the class nor its decision
        String pdf = jdbc.sql("select id from training_decision where class_id = :c").param("c", classId).query(String.class).single();
        steps.as("vhxh.viethoa");
        steps.open("/classes/" + classId);
        BrowserSupport.waitForText(driver, By.id("error-title"), "403");
        assertThat(driver.getPageSource()).doesNotContain(className);
        assertThat(steps.fetch(steps.url("/classes/" + classId)).statusCode()).isEqualTo(403);
        assertThat(steps.fetch(steps.url("/decisions/" + pdf + ".pdf")).statusCode()).isEqualTo(403);
    }

    /** The commune officer opens a class from the programme's line of this year's approved plan; errors first. */
    private void openClassFromThePlan() {
        steps.navigate("nav-plans");
        steps.press(By.linkText("Năm " + today.getYear()));
        steps.press(By.cssSelector("#plan-lines tr[data-program=" + PROGRAM + "] .open-class"));
        BrowserSupport.waitFor(driver, By.id("class-form"));
        assertThat(new Select(driver.findElement(By.id("programCode"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(PROGRAM);
        className = PROGRAM_NAME + " — đợt bổ sung phường Phù Liễn " + System.nanoTime() % 10_000;
        driver.findElement(By.id("name")).sendKeys(className);
        steps.type("startsOn", Dates.format(today.plusDays(3)));
        steps.type("endsOn", Dates.format(today));
        steps.type("sessions", "4");
        steps.type("capacity", "2");
        new Select(driver.findElement(By.id("placeKind"))).selectByValue("ON_SITE");
        driver.findElement(By.id("place")).sendKeys("Hội trường UBND phường Phù Liễn");
        new Select(driver.findElement(By.id("timeSlot"))).selectByValue("OFFICE_HOURS");
        new Select(driver.findElement(By.id("fundingSource"))).selectByValue("NSNN_XA");
        steps.press(By.id("save-class"));
        BrowserSupport.waitForText(driver, By.id("problems"), "Đến ngày: Ngày kết thúc trước ngày bắt đầu.");
        assertThat(driver.findElement(By.id("endsOn")).getAttribute("class")).contains("is-invalid");
        BrowserSupport.screenshot(driver, "training-class-form-error");
        // it starts today: a certificate is dated between the class's first day and today
        steps.type("startsOn", Dates.format(today));
        steps.type("endsOn", Dates.format(today.plusDays(3)));
        steps.press(By.id("save-class"));
        BrowserSupport.waitForText(driver, By.id("class-name"), className);
        classId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/classes/(\\d+).*", "$1"));
        assertThat(driver.findElement(By.id("class-status")).getText()).isEqualTo("Đang nhận đề xuất");
    }

    /** The unit head marks the position only one person holds, then proposes three of his staff. */
    private void proposeAfterStatingContinuity() {
        String position = jdbc.sql("select job_position_code from person where id = :p").param("p", alone).query(String.class).single();
        steps.as(HEAD);
        steps.open("/units/" + agencyId);
        steps.press(By.id("unit-continuity"));
        steps.press(By.id("sh-" + position));
        steps.press(By.id("save-continuity"));
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("sh-" + position)).isSelected()
                && d.getPageSource().contains("Đã lưu thay đổi"));
        steps.open("/classes/" + classId);
        BrowserSupport.waitFor(driver, By.id("propose"));
        for (long p : List.of(alone, second)) {
            assertThat(driver.findElement(By.cssSelector("label[for=cand-" + p + "]")).getText()).contains("Cần khóa này");
        }
        for (long p : List.of(alone, second, third)) {
            steps.press(By.id("cand-" + p));
        }
        BrowserSupport.screenshot(driver, "training-propose");
        steps.press(By.id("propose-submit"));
        BrowserSupport.waitUntil(driver, d -> d.findElements(By.cssSelector("#enrollments tr[data-status=PROPOSED]")).size() == 3);
    }

    /** The lone holder is blocked and approved anyway with a reason; the third waits; a withdrawal moves it up. */
    private void approveOverrideWaitAndWithdraw() {
        steps.as(COMMUNE);
        steps.open("/classes/" + classId);
        steps.press(row(alone).findElement(By.className("approve")));
        WebElement blocked = BrowserSupport.waitFor(driver, By.id("continuity-blocked"));
        assertThat(blocked.getText()).contains("ảnh hưởng hoạt động", "chỉ một người đảm nhiệm");
        steps.show(blocked);
        BrowserSupport.screenshot(driver, "training-continuity-blocked");
        driver.findElement(By.id("override-reason")).sendKeys(overrideReason);
        steps.press(By.id("override-approve"));
        waitStatus(alone, "APPROVED");
        assertThat(row(alone).getText()).contains("Đã duyệt", "Đã duyệt dù ảnh hưởng hoạt động: " + overrideReason);
        steps.press(row(second).findElement(By.className("approve")));
        waitStatus(second, "APPROVED");
        assertThat(driver.findElements(By.id("continuity-blocked"))).isEmpty();
        steps.press(row(third).findElement(By.className("approve")));
        waitStatus(third, "WAITLISTED");
        assertThat(row(third).getText()).contains("Danh sách chờ", "thứ 1");
        assertThat(driver.findElement(By.id("seats")).getText()).isEqualTo("Đã duyệt 2/2; chờ chỗ 1; chờ duyệt 0");
        row(second).findElement(By.cssSelector("form[action$='/withdraw'] input[name=reason]")).sendKeys("Được điều động trực tiếp dân");
        steps.press(row(second).findElement(By.className("withdraw")));
        steps.confirm(true);
        waitStatus(second, "WITHDRAWN");
        waitStatus(third, "APPROVED");
        assertThat(row(third).getText()).contains("Đã duyệt").doesNotContain("Danh sách chờ");
        assertThat(driver.findElement(By.id("seats")).getText()).isEqualTo("Đã duyệt 2/2; chờ chỗ 0; chờ duyệt 0");
        BrowserSupport.screenshot(driver, "training-waitlist-promoted");
    }

    /** The decision for the two holding seats, downloaded with the officer's session. */
    private void issueDecision() throws Exception {
        driver.findElement(By.id("d-number")).sendKeys("88/QĐ-UBND");
        driver.findElement(By.id("d-signerName")).sendKeys("Nguyễn Văn Bình");
        steps.press(By.id("issue-decision"));
        BrowserSupport.waitUntil(driver, d -> d.findElements(By.cssSelector("#decisions .decision")).size() == 1);
        WebElement decision = driver.findElement(By.cssSelector("#decisions .decision"));
        assertThat(decision.getText()).contains("Quyết định số 88/QĐ-UBND", Dates.format(today), "2 người");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty(); // nobody left without a decision
        HttpResponse<byte[]> pdf = steps.fetch(decision.findElement(By.linkText("PDF")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        HttpResponse<byte[]> docx = steps.fetch(decision.findElement(By.linkText("DOCX")).getAttribute("href"));
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(BrowserSteps.documentXml(docx.body())).contains(name(alone), name(third)).doesNotContain(name(second));
    }

    /** The class starts; results row by row: a pass, and a fail for missed sessions. */
    private void startAndRecordResults() {
        steps.press(By.id("start-class"));
        steps.confirm(true);
        BrowserSupport.waitForText(driver, By.id("class-status"), "Đang học");
        waitStatus(alone, "ATTENDING");
        result(alone, "4", "8.5", certificateNo, Dates.format(today));
        waitStatus(alone, "COMPLETED");
        result(third, "2", "7", "", "");
        waitStatus(third, "NOT_COMPLETED");
        assertThat(row(alone).getText()).contains("Hoàn thành", certificateNo);
        assertThat(row(third).getText()).contains("Không hoàn thành", "2/4");
        BrowserSupport.screenshot(driver, "training-results");
    }

    /** The passing person's file: the class in the training history, the gap closed by its certificate. */
    private void theFileShowsTheGapClosed() {
        steps.open("/people/" + alone);
        BrowserSupport.clickFirst(driver, By.id("tab-training-btn"));
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("training-history")).getText().contains(className));
        assertThat(driver.findElement(By.id("training-history")).getText()).contains("Hoàn thành", certificateNo);
        BrowserSupport.clickFirst(driver, By.id("tab-standard-btn"));
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("standard-lines")).isDisplayed());
        assertThat(standardRows()).noneMatch(r -> r.contains("Thiếu —") && r.contains(PROGRAM_NAME))
                .anyMatch(r -> r.contains("Đạt — Đạt nhờ chứng chỉ: " + PROGRAM_NAME));
        BrowserSupport.screenshot(driver, "training-gap-closed");
    }

    /** Active staff of the agency who need the course and are in no class, by how many hold their position. */
    private List<Long> candidates(String holders) {
        return jdbc.sql("""
                        select p.id from person p join org_unit o on o.id = p.org_unit_id
                        where o.code = :agency and p.status = 'ACTIVE'
                          and exists (select 1 from person_gap g where g.person_id = p.id and g.closing_program = :program)
                          and not exists (select 1 from app_user u where u.person_id = p.id)
                          and not exists (select 1 from enrollment e where e.person_id = p.id
                                          and e.status in ('PROPOSED', 'APPROVED', 'WAITLISTED', 'ATTENDING'))
                          and (select count(*) from person q where q.org_unit_id = p.org_unit_id and q.status = 'ACTIVE'
                               and q.job_position_code = p.job_position_code) %s
                        order by p.id
                        """.formatted(holders))
                .param("agency", AGENCY).param("program", PROGRAM).query(Long.class).list();
    }

    private void openMyPlan() {
        steps.navigate("nav-plans");
        steps.press(By.id("my-plan"));
        BrowserSupport.waitFor(driver, By.id("plan-status"));
    }

    private void openPlanToDecide(String unitName) {
        steps.navigate("nav-plans");
        steps.press(BrowserSupport.waitFor(driver, By.id("plans-to-decide")).findElement(By.partialLinkText(unitName)));
        BrowserSupport.waitFor(driver, By.id("approve-plan"));
    }

    private String name(long personId) {
        return jdbc.sql("select full_name from person where id = :p").param("p", personId).query(String.class).single();
    }

    private WebElement row(long personId) {
        return driver.findElement(By.cssSelector("#enrollments tr[data-person='" + personId + "']"));
    }

    private long enrollmentId(long personId) {
        return Long.parseLong(row(personId).getAttribute("id").substring("enrollment-".length()));
    }

    private void waitStatus(long personId, String status) {
        BrowserSupport.waitUntil(driver, d -> status.equals(row(personId).getAttribute("data-status")));
    }

    private void result(long personId, String attended, String grade, String number, String date) {
        WebElement form = row(personId).findElement(By.className("result-form"));
        form.findElement(By.name("sessionsAttended")).sendKeys(attended);
        form.findElement(By.name("grade")).sendKeys(grade);
        form.findElement(By.name("certificateNo")).sendKeys(number);
        form.findElement(By.name("certificateDate")).sendKeys(date);
        steps.press(form.findElement(By.className("record-result")));
    }

    private List<String> standardRows() {
        return driver.findElements(By.cssSelector("#standard-lines tbody tr")).stream().map(WebElement::getText).toList();
    }

    private void audit(long enrollmentId) {
        steps.press(By.id("user-menu")); // the audit log is in the user's menu
        steps.navigate("nav-audit");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("form[action$='/audit'] select[name=entity]")))
                .selectByValue("enrollment"); // object types are chosen by name
        steps.type(By.cssSelector("form[action$='/audit'] input[name=entityId]"), String.valueOf(enrollmentId));
        steps.pressAndWait(By.cssSelector("form[action$='/audit'] button"));
        BrowserSupport.waitUntil(driver, d -> d.getCurrentUrl().contains("entityId=" + enrollmentId));
    }
}
