package vn.boiduong.tasks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.boiduong.BrowserSupport;
import vn.boiduong.TestHttp;

/** What a person does in the browser on the tasks pages: sign in, press, answer a confirmation, type, pick a file, download. */
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

    /** Clicks after an instant scroll to the middle (Bootstrap scrolls smoothly, a plain click may land on the old spot). */
    void press(By by) {
        WebElement element = BrowserSupport.waitFor(driver, by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Presses and waits until htmx has swapped the page (the old content gone). */
    void pressAndWait(By by) {
        WebElement before = driver.findElement(By.id("main"));
        press(by);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Answers the browser's confirmation dialog (data-confirm). */
    void confirm(boolean accept) {
        var alert = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        if (accept) {
            alert.accept();
        } else {
            alert.dismiss();
        }
    }

    void type(String id, String text) {
        WebElement input = BrowserSupport.waitFor(driver, By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses a file for a file input, written to a temporary file under the name a person would give it. */
    void choose(String inputId, String fileName, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("boiduong-upload");
        Path file = Files.write(dir.resolve(fileName), content);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
    }

    /** GET with the browser's session cookies (what a click on a download link sends). */
    HttpResponse<byte[]> fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
