package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSupport;
import vn.boiduong.BrowserTestBase;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.Dates;

/**
 * The evaluation flows of issue 6 by real clicks: the unit head signs an overdue effect evaluation (after a named error)
 * and the commune's coverage moves; a quarterly rating reviewed, approved from the queue, the 2-quarter alert and another
 * commune refused; a trainee's feedback and the class's response count.
 */
class EvaluationBrowserTest extends BrowserTestBase {

    private static final String HEAD = "truongphong.phulien";
    private static final String COMMUNE = "vhxh.phulien";
    private static final String STAFF = "canbo.phulien";
    private static final String PROVINCE = "sonoivu.haiphong";
    private static final String AGENCY = "11446-VHXH";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitHeadSignsAnOverdueEvaluationAndTheCoverageMoves() {
        as(COMMUNE);
        long[] before = coverage();

        as(HEAD);
        navigate("nav-evaluation");
        navigate("hub-effect");
        new Select(driver.findElement(By.id("effect-state"))).selectByValue("OVERDUE");
        press(By.cssSelector("#effect-filter button"));
        BrowserSupport.waitUntil(driver, d -> d.getCurrentUrl().contains("state=OVERDUE"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#effect-list tr.effect-row"));
        assertThat(rows).isNotEmpty().allMatch(r -> !r.findElements(By.cssSelector(".badge.overdue")).isEmpty());
        String agencyName = jdbc.sql("select name from org_unit where code = :c").param("c", AGENCY).query(String.class).single();
        WebElement row = rows.stream().filter(r -> r.getText().contains(agencyName)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Quá hạn");
        BrowserSupport.screenshot(driver, "evaluation-effect-overdue");
        String person = row.findElement(By.tagName("a")).getText();
        pressAndWait(row.findElement(By.tagName("a")));
        BrowserSupport.waitForText(driver, By.id("effect-person"), person);
        assertThat(driver.findElement(By.id("effect-state")).getText()).isEqualTo("Quá hạn");

        // one score out of range: the criterion is named, what was typed stays
        String[] scores = {"11", "8", "7", "9", "8", "7"};
        for (int i = 0; i < scores.length; i++) {
            type(By.id(EffectRules.CRITERIA.get(i)), scores[i]);
        }
        type(By.id("generalComment"), "Vận dụng tốt kỹ năng sau bồi dưỡng.");
        press(By.id("effect-save"));
        WebElement problem = BrowserSupport.waitFor(driver, By.cssSelector("li[data-field=taskResults]"));
        assertThat(problem.getText()).contains("Kết quả thực hiện nhiệm vụ", "\"11\"", "từ 1 đến 10");
        assertThat(driver.findElement(By.id("adviceQuality")).getAttribute("value")).isEqualTo("8");
        BrowserSupport.screenshot(driver, "evaluation-effect-error");
        type(By.id("taskResults"), "9");
        press(By.id("effect-save"));
        BrowserSupport.waitForText(driver, By.id("effect-saved"), "Đã lưu phiếu.");
        assertThat(driver.findElement(By.id("taskResults")).getAttribute("value")).isEqualTo("9"); // the draft shown back

        // "no" keeps it open; "yes" signs and the form becomes read-only
        press(By.id("effect-sign"));
        confirm(false);
        pause(1000);
        assertThat(driver.findElements(By.id("effect-readonly"))).isEmpty();
        press(By.id("effect-sign"));
        confirm(true);
        BrowserSupport.waitForText(driver, By.id("effect-signed"), "Đã ký phiếu đánh giá.");
        assertThat(driver.findElement(By.id("effect-state")).getText()).isEqualTo("Đã ký");
        assertThat(driver.findElement(By.id("effect-readonly")).getText()).contains("chỉ còn xem và in");
        assertThat(driver.findElement(By.id("effect-total")).getText()).isEqualTo("80,00"); // mean 8 × 10, a Vietnamese decimal comma
        assertThat(driver.findElement(By.id("taskResults")).isEnabled()).isFalse();
        assertThat(driver.findElements(By.id("effect-save"))).isEmpty();
        assertThat(driver.findElements(By.id("effect-sign"))).isEmpty();
        BrowserSupport.screenshot(driver, "evaluation-effect-signed");

        as(COMMUNE);
        long[] after = coverage();
        assertThat(after[0]).isEqualTo(before[0]);
        assertThat(after[1]).isEqualTo(before[1] + 1);
        BigDecimal expected = BigDecimal.valueOf(after[1] * 100).divide(BigDecimal.valueOf(after[0]), 1, RoundingMode.HALF_UP);
        assertThat(driver.findElement(By.cssSelector("tr[data-code='" + AGENCY + "'] .cov-percent")).getText())
                .isEqualTo(vn.boiduong.shared.VietnameseNumbers.percent(expected));
        BrowserSupport.screenshot(driver, "evaluation-effect-coverage");
    }

    /** The commune officer's coverage page, opened down to the agency's block: the agency's completed and signed counts, its percent consistent with them. */
    private long[] coverage() {
        navigate("nav-evaluation");
        navigate("hub-effect");
        navigate("effect-coverage-link");
        // the commune's page shows its blocks (UBND, MTTQ, …); the agency sits under the people's committee
        String parent = jdbc.sql("select p.code from org_unit o join org_unit p on p.id = o.parent_id where o.code = :c")
                .param("c", AGENCY).query(String.class).single();
        pressAndWait(By.cssSelector("#effect-coverage tr[data-code='" + parent + "'] a"));
        WebElement row = BrowserSupport.waitFor(driver, By.cssSelector("#effect-coverage tr[data-code='" + AGENCY + "']"));
        long completed = Long.parseLong(row.findElement(By.className("cov-completed")).getText().replace(".", ""));
        long signed = Long.parseLong(row.findElement(By.className("cov-signed")).getText().replace(".", ""));
        BigDecimal percent = BigDecimal.valueOf(signed * 100).divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP);
        assertThat(row.findElement(By.className("cov-percent")).getText()).isEqualTo(vn.boiduong.shared.VietnameseNumbers.percent(percent));
        return new long[] {completed, signed};
    }

    @Test
    void aQuarterReviewedApprovedAndTheTwoQuarterAlert() {
        long staff = jdbc.sql("select person_id from app_user where username = :u").param("u", STAFF).query(Long.class).single();
        as(HEAD);
        navigate("nav-evaluation");
        navigate("hub-ratings");
        // the list opens on what waits for the head: the staff's self-assessment, not row 211 of the unit
        WebElement line = BrowserSupport.waitFor(driver, By.cssSelector("#waiting tr[data-person='" + staff + "']"));
        assertThat(line.getText()).contains("Đã tự đánh giá");
        pressAndWait(line.findElement(By.tagName("a")));
        String url = driver.getCurrentUrl();
        String name = BrowserSupport.waitFor(driver, By.id("person-name")).getText();
        List<WebElement> values = driver.findElements(By.cssSelector("#review-form input[name^='v.']"));
        assertThat(values).isNotEmpty();
        values.forEach(v -> type(v, "80"));
        type(By.id("review-comment"), "Hoàn thành tốt các nhiệm vụ của quý");
        press(By.id("submit-review"));
        BrowserSupport.waitForText(driver, By.id("rating-status"), "Thủ trưởng đã nhận xét");
        assertThat(driver.findElement(By.id("rating-band")).getText()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(driver.findElement(By.id("rating-status")).getText()).contains("80,00", HEAD);
        BrowserSupport.screenshot(driver, "evaluation-rating-reviewed");

        as(COMMUNE);
        navigate("nav-evaluation");
        navigate("hub-ratings");
        By queued = By.cssSelector("#queue tr.queue-row[data-person='" + staff + "']");
        WebElement q = BrowserSupport.waitFor(driver, queued);
        assertThat(q.getText()).contains(name, "Hoàn thành tốt nhiệm vụ");
        pressAndWait(q.findElement(By.className("queue-approve")));
        BrowserSupport.waitFor(driver, By.id("queue"));
        assertThat(driver.findElements(queued)).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#staff tr[data-person='" + staff + "']")).getText())
                .contains("Đã phê duyệt", "Hoàn thành tốt nhiệm vụ");
        BrowserSupport.screenshot(driver, "evaluation-rating-approved");

        // the demo person rated "không hoàn thành" two approved quarters in a row, with their history
        long failing = jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id
                where o.code = :a and p.status = 'ACTIVE' and not p.is_leader and not exists (select 1 from app_user u where u.person_id = p.id)
                order by p.id desc limit 1""").param("a", AGENCY).query(Long.class).single();
        pressAndWait(By.linkText("Cảnh báo 2 quý liên tiếp"));
        WebElement card = BrowserSupport.waitFor(driver, By.cssSelector(".alert-person[data-person='" + failing + "']"));
        List<WebElement> failed = card.findElements(By.cssSelector("tbody tr.table-danger"));
        assertThat(failed).hasSizeGreaterThanOrEqualTo(2).allMatch(r -> r.getText().contains("Không hoàn thành nhiệm vụ"));
        String failingName = card.findElement(By.cssSelector(".card-header strong")).getText();
        BrowserSupport.screenshot(driver, "evaluation-rating-alerts");
        pressAndWait(failed.get(0).findElement(By.tagName("a")));
        BrowserSupport.waitForText(driver, By.id("person-name"), failingName);
        assertThat(driver.findElements(By.cssSelector("#history tbody tr")).stream().filter(r -> r.getText().contains("Không hoàn thành")))
                .hasSizeGreaterThanOrEqualTo(2);
        String failingPage = driver.getCurrentUrl();

        as("vhxh.viethoa");
        for (String page : List.of(failingPage, url)) {
            driver.get(page);
            BrowserSupport.waitForText(driver, By.id("error-title"), "403");
            assertThat(driver.getPageSource()).doesNotContain(failingName).doesNotContain(name);
        }
    }

    @Test
    void aTraineeAnswersAndTheProvinceSeesTheCount() {
        long staff = jdbc.sql("select person_id from app_user where username = :u").param("u", STAFF).query(Long.class).single();
        // the demo's finished class closed its feedback window (60 days) already: a running class, made by the province
        TestHttp province = TestHttp.as(port, PROVINCE);
        long provider = jdbc.sql("select provider_id from app_user where username = 'truongchinhtri.haiphong'").query(Long.class).single();
        String className = "Bồi dưỡng nghiệp vụ tài chính xã — lớp góp ý " + System.nanoTime() % 10_000;
        long classId = FeedbackFixtures.classWith(province, className, FeedbackFixtures.TODAY.minusDays(3), FeedbackFixtures.TODAY,
                provider, List.of(staff));
        FeedbackFixtures.start(province, classId);
        long enrollment = FeedbackFixtures.enrollment(jdbc, classId, staff);

        as(PROVINCE);
        String before = responseRate(classId);
        assertThat(before).startsWith("0 / 1 ");

        as(STAFF);
        navigate("nav-evaluation");
        navigate("hub-my-feedback");
        WebElement card = BrowserSupport.waitFor(driver, By.id("feedback-" + enrollment));
        assertThat(card.getText()).contains(className, "Hạn góp ý");
        String[] scores = {"9", "8", "6", "10"};
        for (int i = 0; i < scores.length; i++) {
            new Select(card.findElement(By.name(FeedbackRules.CRITERIA.get(i)))).selectByValue(scores[i]);
        }
        card.findElement(By.name("comment")).sendKeys("Nên có thêm bài tập tình huống về ngân sách xã.");
        BrowserSupport.screenshot(driver, "evaluation-feedback-form");
        pressAndWait(card.findElement(By.className("feedback-submit")));
        WebElement done = BrowserSupport.waitFor(driver, By.cssSelector("#feedback-history #feedback-" + enrollment));
        assertThat(done.getText()).contains(className, "Đã gửi ý kiến ngày " + Dates.format(FeedbackFixtures.TODAY));
        assertThat(driver.findElements(By.cssSelector(".feedback-open#feedback-" + enrollment))).isEmpty();
        BrowserSupport.screenshot(driver, "evaluation-feedback-sent");

        as(PROVINCE);
        assertThat(responseRate(classId)).startsWith("1 / 1 ").contains("100%");
        assertThat(driver.findElement(By.id("criterion-overall")).getText()).doesNotContain("—");
        assertThat(driver.findElement(By.id("feedback-comments")).getText()).contains("bài tập tình huống về ngân sách xã");
        BrowserSupport.screenshot(driver, "evaluation-feedback-class");
    }

    /** The province officer opens the class from the feedback list and reads its response rate. */
    private String responseRate(long classId) {
        navigate("nav-evaluation");
        navigate("hub-feedback");
        WebElement row = BrowserSupport.waitFor(driver, By.id("feedback-class-" + classId));
        pressAndWait(row.findElement(By.className("feedback-class-link")));
        return BrowserSupport.waitFor(driver, By.id("feedback-response-rate")).getText();
    }

    // what a person does in the browser: sign in, follow a link, press, answer a confirmation, type

    private void as(String username) {
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, username, TestHttp.DEMO_PASSWORD);
    }

    private void navigate(String id) {
        pressAndWait(By.id(id));
    }

    private void pressAndWait(By by) {
        pressAndWait(BrowserSupport.waitFor(driver, by));
    }

    /** Presses and waits until htmx has swapped the page (the old content gone). */
    private void pressAndWait(WebElement element) {
        WebElement before = driver.findElement(By.id("main"));
        press(element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    private void press(By by) {
        press(BrowserSupport.waitFor(driver, by));
    }

    /** Clicks after an instant scroll to the middle (Bootstrap's smooth scrolling could move the element under the click). */
    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void confirm(boolean accept) {
        var alert = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        if (accept) {
            alert.accept();
        } else {
            alert.dismiss();
        }
    }

    private void type(By by, String text) {
        type(driver.findElement(by), text);
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
