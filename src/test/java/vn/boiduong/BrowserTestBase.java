package vn.boiduong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A headless Chromium per test against the running application (skipped with a notice where Chromium is missing). */
@IntegrationTest
public abstract class BrowserTestBase {

    @LocalServerPort
    protected int port;

    protected WebDriver driver;

    @BeforeEach
    void openBrowser() {
        BrowserSupport.assumeChromium();
        driver = BrowserSupport.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
