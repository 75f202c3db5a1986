package vn.boiduong;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * What a person does in the browser, shared by the browser tests: sign in as someone, press, answer a confirmation,
 * type, pick a file, download.
 */
public final class BrowserSteps {

    private final WebDriver driver;
    private final int port;

    public BrowserSteps(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** Signs out whoever was signed in and signs in as {@code username}. */
    public void as(String username) {
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, username, TestHttp.DEMO_PASSWORD);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** Clicks after an instant scroll to the middle (Bootstrap makes scrolling smooth, so a plain click may land on the old spot). */
    public void press(WebElement element) {
        show(element);
        element.click();
    }

    public void press(By by) {
        press(BrowserSupport.waitFor(driver, by));
    }

    public void show(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    /** Follows a navigation link and waits until htmx has swapped the page. */
    public void navigate(String navId) {
        pressAndWait(By.id(navId));
    }

    /** Presses and waits until htmx has swapped the page (the old content gone). */
    public void pressAndWait(By by) {
        WebElement before = driver.findElement(By.id("main"));
        press(by);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Answers the browser's confirmation dialog. */
    public void confirm(boolean accept) {
        var alert = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        if (accept) {
            alert.accept();
        } else {
            alert.dismiss();
        }
    }

    public void type(By by, String text) {
        WebElement input = driver.findElement(by);
        input.clear();
        input.sendKeys(text);
    }

    public void type(String id, String text) {
        BrowserSupport.waitFor(driver, By.id(id));
        type(By.id(id), text);
    }

    /** GET with the browser's session cookies (what a click on a download link sends). */
    public HttpResponse<byte[]> fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Chooses a file for a file input, written to a temporary file under the name a person would give it. */
    public void choose(String inputId, String fileName, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("boiduong-upload");
        Path file = Files.write(dir.resolve(fileName), content);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    }
}
