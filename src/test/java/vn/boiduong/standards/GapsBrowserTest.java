package vn.boiduong.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.boiduong.BrowserSupport;
import vn.boiduong.BrowserTestBase;
import vn.boiduong.TestHttp;

/** A commune officer finds who must be trained now, reads why, and records the certificate that closes the gap. */
class GapsBrowserTest extends BrowserTestBase {

    @Test
    void fromTheNeedsListToAClosedGap() {
        BrowserSupport.login(driver, port, "vhxh.phulien", TestHttp.DEMO_PASSWORD);
        driver.findElement(By.id("nav-gaps")).click();
        BrowserSupport.waitFor(driver, By.id("needs"));
        assertThat(driver.findElement(By.id("gap-units")).getText()).contains("Ủy ban nhân dân phường Phù Liễn");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("gap-category"))).selectByValue("SPECIALISED");
        driver.findElement(By.cssSelector("form[action$='/gaps'] button")).click();
        BrowserSupport.waitUntil(driver, d -> d.getCurrentUrl().contains("category=SPECIALISED"));
        BrowserSupport.screenshot(driver, "gaps-specialised");
        String name = BrowserSupport.clickFirst(driver, By.cssSelector("#needs .need-name"));
        BrowserSupport.clickFirst(driver, By.id("tab-standard-btn"));
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("standard-lines")).getText()
                .contains("Bồi dưỡng kiến thức chuyên môn chuyên ngành"));
        assertThat(driver.findElement(By.id("standard-lines")).getText()).contains("Thiếu");
        BrowserSupport.screenshot(driver, "person-standard");

        BrowserSupport.clickFirst(driver, By.id("tab-certs-btn"));
        new org.openqa.selenium.support.ui.Select(BrowserSupport.waitFor(driver, By.id("cert-program"))).selectByValue("CMCN");
        driver.findElement(By.id("cert-date")).sendKeys("20/11/2026");
        driver.findElement(By.id("cert-issuer")).sendKeys("Sở Nội vụ thành phố Hải Phòng");
        driver.findElement(By.id("cert-add")).click();
        BrowserSupport.waitForText(driver, By.id("person-name"), name);
        BrowserSupport.clickFirst(driver, By.id("tab-standard-btn"));
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("standard-lines")).getText().contains("Đạt nhờ chứng chỉ"));
    }

    @Test
    void theCatalogShowsEachPositionsStandard() {
        BrowserSupport.login(driver, port, "sonoivu.haiphong", TestHttp.DEMO_PASSWORD);
        driver.findElement(By.id("nav-standards")).click();
        BrowserSupport.waitFor(driver, By.id("positions"));
        assertThat(driver.findElement(By.id("positions")).getText()).contains("Chuyên viên tư pháp - hộ tịch", "Trình độ Đại học trở lên");
        driver.get(driver.findElement(By.linkText("Chuyên viên tư pháp - hộ tịch")).getAttribute("href"));
        BrowserSupport.waitForText(driver, By.id("position-name"), "Chuyên viên tư pháp - hộ tịch");
        assertThat(driver.findElements(By.id("add-requirement"))).hasSize(1); // the province edits the catalog
        BrowserSupport.screenshot(driver, "position-standard");
    }
}
