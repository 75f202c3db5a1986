package vn.boiduong;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium + chromium-driver). Where they are not installed the browser tests
 * are skipped with a notice, so {@code ./mvnw verify} passes on a machine with only a JDK; CI installs them.
 */
public final class BrowserSupport {

    public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");

    private BrowserSupport() {
    }

    public static void assumeChromium() {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            System.out.println("NOTICE: browser tests SKIPPED — Chromium not found at " + CHROMIUM + " / " + DRIVER
                    + " (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed: browser tests skipped");
    }

    public static WebDriver start(int width, int height) {
        return start(width, height, null);
    }

    /**
     * A headless Chromium whose console is readable ({@code driver.manage().logs().get(LogType.BROWSER)}); with a
     * download directory, files (PDF included, never opened in the viewer) are saved there without asking.
     */
    public static WebDriver start(int width, int height, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true,
                    "plugins.always_open_pdf_externally", true,
                    "safebrowsing.enabled", false));
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=vi-VN");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("boiduong-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        if (downloads != null) {
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString(), "eventsEnabled", true));
        }
        return driver;
    }

    public static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for a condition, retrying while htmx is still swapping the elements it reads. */
    public static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(IndexOutOfBoundsException.class)
                .until(condition::apply);
    }

    /** Clicks the first element matching, retrying while htmx swaps the page under it. */
    public static String clickFirst(WebDriver driver, By by) {
        String[] text = {null};
        waitUntil(driver, d -> {
            WebElement e = d.findElements(by).get(0);
            text[0] = e.getText();
            e.click();
            return true;
        });
        return text[0];
    }

    public static void waitForText(WebDriver driver, By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public static void login(WebDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        waitFor(driver, By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor(driver, By.id("home-heading"));
    }

    /** Saves a PNG under target/screenshots for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
