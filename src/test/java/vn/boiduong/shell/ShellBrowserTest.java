package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.boiduong.BrowserSupport;
import vn.boiduong.TestHttp;

/** The shell in a real headless Chromium: every role signs in and sees its own home and menu; the main flows of the foundation. */
class ShellBrowserTest extends vn.boiduong.BrowserTestBase {



    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', textBlock = """
            admin.bonoivu           | Toàn quốc                              | Việt Nam                | nav-units,nav-people,nav-users,nav-audit |
            sonoivu.haiphong        | Theo dõi các xã, phường trong tỉnh     | Thành phố Hải Phòng     | nav-units,nav-people,nav-users,nav-audit |
            vhxh.phulien            | Công tác bồi dưỡng của xã, phường      | Phường Phù Liễn         | nav-units,nav-people,nav-users,nav-audit |
            truongphong.phulien     | Cán bộ, công chức của đơn vị           | Phòng Văn hóa - Xã hội  | nav-units,nav-people,nav-me              | nav-users
            canbo.phulien           | Hồ sơ và bồi dưỡng của tôi             | Phòng Văn hóa - Xã hội  | nav-me                                   | nav-people
            truongchinhtri.haiphong | Lớp bồi dưỡng của cơ sở đào tạo        | Thành phố Hải Phòng     |                                          | nav-people
            """)
    void eachRoleSeesItsOwnHomeAndMenu(String username, String heading, String unit, String menu, String hidden) {
        BrowserSupport.login(driver, port, username, TestHttp.DEMO_PASSWORD);
        assertThat(driver.findElement(By.id("home-heading")).getText()).isEqualTo(heading);
        driver.findElement(By.id("user-menu")).click();
        BrowserSupport.waitFor(driver, By.id("logout"));
        assertThat(driver.findElement(By.cssSelector(".dropdown-menu.show")).getText()).contains(unit);
        if (menu != null) {
            for (String id : menu.split(",")) {
                assertThat(driver.findElements(By.id(id))).as(id).hasSize(1);
            }
        }
        if (hidden != null) {
            assertThat(driver.findElements(By.id(hidden))).as(hidden).isEmpty();
        }
        BrowserSupport.screenshot(driver, "home-" + username);
        driver.findElement(By.id("logout")).click();
        BrowserSupport.waitFor(driver, By.id("login-submit"));
        assertThat(driver.getPageSource()).contains("Bạn đã đăng xuất");
    }

    /** Issue 14 point 9: the staff's home says what waits for them; one click leads to the report form, sent from there. */
    @Test
    void theStaffGoesFromHomeToReportTheirResult() {
        BrowserSupport.login(driver, port, "canbo.phulien", TestHttp.DEMO_PASSWORD);
        WebElement item = BrowserSupport.waitFor(driver, By.id("home-report"));
        assertThat(item.getText()).contains("cần báo cáo kết quả");
        assertThat(driver.findElements(By.id("home-my-gaps"))).hasSize(1);
        item.click();
        BrowserSupport.waitFor(driver, By.cssSelector(".report-form"));
        BrowserSupport.screenshot(driver, "waiting-staff-report");
        // the finished course whose result the school recorded (certificate filled in): sent as it stands
        List<WebElement> forms = driver.findElements(By.cssSelector(".report-form"));
        WebElement form = forms.stream().filter(f -> !f.findElement(By.name("certificateNo")).getAttribute("value").isEmpty())
                .findFirst().orElseThrow();
        String action = form.getDomAttribute("action");
        WebElement submit = form.findElement(By.className("report-submit"));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
        submit.click();
        BrowserSupport.waitFor(driver, By.cssSelector(".reported"));
        assertThat(driver.findElements(By.cssSelector("form.report-form[action='" + action + "']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".report-form"))).hasSize(forms.size() - 1);
    }

    @Test
    void anOfficerFindsAPersonWithoutAccentsAndOpensTheFile() {
        BrowserSupport.login(driver, port, "vhxh.phulien", TestHttp.DEMO_PASSWORD);
        driver.findElement(By.id("nav-people")).click();
        BrowserSupport.waitFor(driver, By.id("people-table"));
        String all = driver.findElement(By.id("result-count")).getText();
        WebElement first = driver.findElements(By.cssSelector("#people-table .person-name")).get(0);
        String fullName = first.getText();
        String plain = vn.boiduong.shared.VietnameseText.searchKey(fullName);
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys(plain);
        // htmx swaps the results as one types (no page load) and records the query in the address bar
        BrowserSupport.waitUntil(driver, d -> java.net.URLDecoder.decode(d.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8).contains("q=" + plain)
                && !d.findElement(By.id("result-count")).getText().equals(all));
        BrowserSupport.waitUntil(driver, d -> {
            List<String> names = d.findElements(By.cssSelector("#people-table .person-name")).stream().map(WebElement::getText).toList();
            return names.contains(fullName) && names.stream().allMatch(n -> vn.boiduong.shared.VietnameseText.searchKey(n).contains(plain));
        });
        BrowserSupport.screenshot(driver, "people-search");
        driver.findElements(By.cssSelector("#people-table .person-name")).get(0).click();
        BrowserSupport.waitFor(driver, By.id("person-name"));
        assertThat(driver.findElement(By.id("citizen-id")).getText()).startsWith("*********");
        driver.findElement(By.id("reveal-id")).click();
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("citizen-id")).getText().matches("\\d{12}"));
        driver.findElement(By.id("tab-history-btn")).click();
        BrowserSupport.waitFor(driver, By.id("assignments"));
        assertThat(driver.findElement(By.id("assignments")).getText()).contains("nay");
        BrowserSupport.screenshot(driver, "person-file");
    }

    @Test
    void anOfficerAddsAnAgencyToTheCommune() {
        BrowserSupport.login(driver, port, "vhxh.phulien", TestHttp.DEMO_PASSWORD);
        driver.findElement(By.id("nav-units")).click();
        BrowserSupport.waitForText(driver, By.id("unit-name"), "Phường Phù Liễn");
        WebElement code = driver.findElement(By.id("a-code"));
        code.clear();
        code.sendKeys("11446-THCS");
        driver.findElement(By.id("a-name")).sendKeys("Trường THCS Phù Liễn");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("a-subkind"))).selectByValue("DON_VI_SU_NGHIEP");
        driver.findElement(By.cssSelector("#add-agency button[type=submit]")).click();
        BrowserSupport.waitForText(driver, By.id("unit-name"), "Trường THCS Phù Liễn");
        WebElement name = driver.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Trường Trung học cơ sở Phù Liễn", Keys.ENTER);
        BrowserSupport.waitForText(driver, By.id("unit-name"), "Trường Trung học cơ sở Phù Liễn");
        assertThat(driver.getPageSource()).contains("Đã lưu thay đổi", "Trường THCS Phù Liễn");
        BrowserSupport.screenshot(driver, "unit-edited");
        // a bad code is explained in Vietnamese and nothing is created
        driver.findElement(By.linkText("Phường Phù Liễn")).click();
        BrowserSupport.waitForText(driver, By.id("unit-name"), "Phường Phù Liễn");
        WebElement bad = driver.findElement(By.id("a-code"));
        bad.clear();
        bad.sendKeys("11446-THCS");
        driver.findElement(By.id("a-name")).sendKeys("Trùng mã");
        driver.findElement(By.cssSelector("#add-agency button[type=submit]")).click();
        BrowserSupport.waitFor(driver, By.id("problems"));
        assertThat(driver.findElement(By.id("problems")).getText()).contains("đã được dùng");
    }

    @Test
    void theShellSwitchesToEnglishAndFitsAPhone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        BrowserSupport.login(driver, port, "canbo.phulien", TestHttp.DEMO_PASSWORD);
        assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(driver, "phone-home");
        driver.get("http://localhost:" + port + "/?lang=en");
        BrowserSupport.waitForText(driver, By.id("home-heading"), "My file and training");
        driver.get("http://localhost:" + port + "/me");
        BrowserSupport.waitFor(driver, By.id("person-name"));
        assertThat(driver.getPageSource()).contains("Work history");
        long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0);
        BrowserSupport.screenshot(driver, "phone-file-en");
        driver.get("http://localhost:" + port + "/?lang=vi");
    }
}
