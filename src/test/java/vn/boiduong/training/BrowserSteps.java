package vn.boiduong.training;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.boiduong.BrowserSupport;
import vn.boiduong.TestHttp;

/** What a person does in the browser, for the training pages: sign in as someone, press, answer a confirmation, download. */
final class BrowserSteps {

    private final WebDriver driver;
    private final int port;

    BrowserSteps(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** Signs out whoever was signed in and signs in as {@code username}. */
    void as(String username) {
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, username, TestHttp.DEMO_PASSWORD);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Clicks after an instant scroll to the middle (Bootstrap makes scrolling smooth, so a plain click may land on the old spot). */
    void press(WebElement element) {
        show(element);
        element.click();
    }

    void press(By by) {
        press(BrowserSupport.waitFor(driver, by));
    }

    void show(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    /** Follows a navigation link and waits until htmx has swapped the page. */
    void navigate(String navId) {
        pressAndWait(By.id(navId));
    }

    /** Presses and waits until htmx has swapped the page (the old content gone). */
    void pressAndWait(By by) {
        WebElement before = driver.findElement(By.id("main"));
        press(by);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Answers the browser's confirmation dialog. */
    void confirm(boolean accept) {
        var alert = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        if (accept) {
            alert.accept();
        } else {
            alert.dismiss();
        }
    }

    void type(By by, String text) {
        WebElement input = driver.findElement(by);
        input.clear();
        input.sendKeys(text);
    }

    void type(String id, String text) {
        type(By.id(id), text);
    }

    /** GET with the browser's session cookies (what a click on a download link sends). */
    HttpResponse<byte[]> fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
