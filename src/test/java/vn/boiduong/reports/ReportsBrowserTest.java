package vn.boiduong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSupport;
import vn.boiduong.BrowserTestBase;
import vn.boiduong.TestHttp;

/**
 * The yearly report by real clicks: the commune officer produces this year's report in two clicks (prepare, download
 * the PDF), writes the difficulties and submits; the province returns it with a reason (after trying without one), the
 * officer resubmits, the province accepts.
 */
class ReportsBrowserTest extends BrowserTestBase {

    private static final String REASON = "Bổ sung đánh giá hiệu quả của Phòng Kinh tế";

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoClicksThenSubmittedReturnedResubmittedAndAccepted() throws Exception {
        as("vhxh.phulien");
        open("/reports");
        WebElement prepare = BrowserSupport.waitFor(driver, By.id("open-report"));
        assertThat(prepare.getText()).startsWith("Lập báo cáo năm ");
        press(prepare);                                                        // click 1
        BrowserSupport.waitForText(driver, By.id("report-status"), "Đang soạn");
        assertThat(driver.findElement(By.cssSelector("#form10 tr[data-total=true]")).getText()).contains("TỔNG CỘNG");
        String href = driver.findElement(By.id("download-pdf")).getAttribute("href"); // click 2 (a download)
        HttpResponse<byte[]> pdf = fetch(href);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        BrowserSupport.screenshot(driver, "reports-draft");
        String reportUrl = driver.getCurrentUrl();

        type("difficulties", "Một số công chức học trực tuyến thiếu thiết bị.");
        type("proposals", "Đề nghị Sở hỗ trợ phòng học trực tuyến.");
        press(By.id("save-text"));
        BrowserSupport.waitFor(driver, By.cssSelector(".alert-success"));
        submit();

        as("sonoivu.haiphong");
        open("/reports");
        WebElement row = BrowserSupport.waitFor(driver, By.cssSelector("#reports-below tr[data-code='11446']"));
        assertThat(row.getText()).contains("Đã nộp");
        press(row.findElement(By.tagName("a")));
        BrowserSupport.waitFor(driver, By.id("return-report"));
        press(By.id("return-report"));                                         // without a reason: refused
        BrowserSupport.waitForText(driver, By.id("problems"), "Phải nêu lý do trả lại");
        type("return-reason-input", REASON);
        press(By.id("return-report"));
        BrowserSupport.waitForText(driver, By.id("report-status"), "Bị trả lại");

        as("vhxh.phulien");
        driver.get(reportUrl);
        BrowserSupport.waitForText(driver, By.id("return-reason"), REASON);
        assertThat(driver.findElement(By.id("difficulties")).getText()).contains("thiếu thiết bị");
        submit();

        as("sonoivu.haiphong");
        driver.get(reportUrl);
        press(BrowserSupport.waitFor(driver, By.id("accept-report")));
        BrowserSupport.waitForText(driver, By.id("report-status"), "Đã tiếp nhận");
        BrowserSupport.screenshot(driver, "reports-accepted");
        long id = Long.parseLong(reportUrl.substring(reportUrl.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select action from audit_event where entity = 'yearly_report' and entity_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT");
    }

    private void submit() {
        press(By.id("submit-report"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        BrowserSupport.waitForText(driver, By.id("report-status"), "Đã nộp");
    }

    private void as(String user) {
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, user, TestHttp.DEMO_PASSWORD);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void press(By by) {
        press(BrowserSupport.waitFor(driver, by));
    }

    private void press(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    private void type(String id, String text) {
        WebElement input = BrowserSupport.waitFor(driver, By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private HttpResponse<byte[]> fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
