package vn.boiduong.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSupport;
import vn.boiduong.BrowserTestBase;
import vn.boiduong.TestHttp;

/**
 * The dashboards of issue 7 by real clicks: the province officer opens "Theo dõi" → "Chỉ tiêu", reads the matrix of
 * communes × targets (a cell checked against SQL on the live tables), sees the charts drawn with their tables, downloads
 * the matrix as XLSX, opens the people who make Phù Liễn's gap and drills down to the commune; the finance officer reads
 * the targets and the budget; another commune's officer is refused Phù Liễn's dashboard.
 */
class TargetsBrowserTest extends BrowserTestBase {

    private static final String PROVINCE_OFFICER = "sonoivu.haiphong";
    private static final String TARGET = "KY_NANG_NGANH_2028";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final List<String> CHARTS = List.of("chart-history", "chart-children", "chart-programs", "chart-effects");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TargetFacts facts;

    private long province;
    private long commune;
    private long target;

    @BeforeEach
    void ids() {
        province = unit("31");
        commune = unit("11446");
        target = jdbc.sql("select id from target where code = :c").param("c", TARGET).query(Long.class).single();
    }

    @Test
    void theProvinceOfficerReadsTheMatrixChartsAndGapPeopleThenDrillsDown() throws Exception {
        // other browser tests complete trainings in Phù Liễn: the rollups are rebuilt so they equal the live tables
        facts.rebuildAsSystem();
        as(PROVINCE_OFFICER);
        openTargetsFromTheMenu();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Hải Phòng");
        long communes = jdbc.sql("select count(*) from org_unit where parent_id = :p").param("p", province).query(Long.class).single();
        assertThat(driver.findElements(By.cssSelector("#targets-matrix tr.matrix-row"))).hasSize((int) communes);
        assertThat(driver.findElements(By.cssSelector("#targets-matrix td[class*='st-']"))).as("status cells").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#target-cards .target-card"))).isNotEmpty();

        // Phù Liễn's cell equals the sector-skills count recomputed from the live tables
        long[] expected = jdbc.sql(TargetFactsTest.SECTOR_SKILLS).param("path", "/VN/31/11446/").param("today", TargetFactsTest.TODAY)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(expected[1] - expected[0]).as("Phù Liễn has people left to train").isPositive();
        WebElement row = driver.findElement(By.cssSelector("#targets-matrix tr[data-code='11446']"));
        WebElement cell = row.findElement(By.xpath("./td[" + (columnIndex(TARGET) + 1) + "]"));
        assertThat(cell.getAttribute("title")).contains(vn.boiduong.shared.VietnameseNumbers.integer(expected[0]) + "/" + vn.boiduong.shared.VietnameseNumbers.integer(expected[1]));
        assertThat(cell.getAttribute("class")).containsPattern("st-(MET|ON_TRACK|AT_RISK|OFF_TRACK)");
        // and an evaluation target's cell (not people: signed ÷ due effect evaluations) equals its SQL too
        long[] effects = jdbc.sql(TargetFactsTest.EFFECT_SIGNED_OF_DUE).param("path", "/VN/31/11446/").param("today", TargetFactsTest.TODAY)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(effects[1]).as("the demo has effect evaluations due in Phù Liễn").isPositive();
        assertThat(row.findElement(By.xpath("./td[" + (columnIndex("DANH_GIA_HIEU_QUA") + 1) + "]")).getAttribute("title"))
                .contains(vn.boiduong.shared.VietnameseNumbers.integer(effects[0]) + "/" + vn.boiduong.shared.VietnameseNumbers.integer(effects[1]));

        chartsAreDrawnWithTheirTables();
        screenshotWholePage("/tmp/targets.png");
        BrowserSupport.screenshot(driver, "targets-province");
        WebElement box = driver.findElement(By.cssSelector(".matrix-scroll"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});"
                + " arguments[0].scrollLeft = arguments[0].scrollWidth", box);
        BrowserSupport.screenshot(driver, "targets-matrix-right");

        HttpResponse<byte[]> xlsx = fetch(driver.findElement(By.id("export-matrix")).getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<String> sheet = rows(xlsx.body());
        String label = jdbc.sql("select short_name from target where code = :c").param("c", TARGET).query(String.class).single();
        assertThat(sheet).anyMatch(r -> r.contains(label)).noneMatch(r -> r.contains(TARGET)); // the short name, not the code
        assertThat(sheet.stream().filter(r -> r.contains("Phù Liễn"))).hasSize(1);

        // the people who make the gap: as many as the cell is short, each linking to their file
        press(cell.findElement(By.tagName("a")));
        BrowserSupport.waitFor(driver, By.id("gap-people"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Phù Liễn");
        assertThat(driver.findElement(By.id("people-total")).getText())
                .isEqualTo("Tổng số: " + NumberFormat.getIntegerInstance(VIETNAMESE).format(expected[1] - expected[0]) + " người");
        WebElement person = driver.findElement(By.cssSelector("#gap-people tr.gap-person td:nth-child(2) a"));
        String href = person.getAttribute("href");
        assertThat(href).matches(".*/people/\\d+$");
        long personId = Long.parseLong(href.replaceAll(".*/people/(\\d+)$", "$1"));
        assertThat(jdbc.sql("select o.path from person p join org_unit o on o.id = p.org_unit_id where p.id = :p")
                .param("p", personId).query(String.class).single()).startsWith("/VN/31/11446/");
        BrowserSupport.screenshot(driver, "targets-gap-people");
        String name = person.getText();
        press(person);
        BrowserSupport.waitForText(driver, By.id("person-name"), name);
        driver.navigate().back();

        // drill down: Phù Liễn's own dashboard, its agencies as the matrix rows, the same number on its card
        press(BrowserSupport.waitFor(driver, By.linkText("Quay lại bảng theo dõi")));
        BrowserSupport.waitUntil(driver, d -> d.getCurrentUrl().endsWith("/targets?unit=" + commune));
        BrowserSupport.waitFor(driver, By.id("targets-matrix"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Phù Liễn");
        assertThat(driver.findElement(By.id("targets-breadcrumb")).getText()).contains("Hải Phòng");
        long agencies = jdbc.sql("select count(*) from org_unit where parent_id = :p").param("p", commune).query(Long.class).single();
        assertThat(driver.findElements(By.cssSelector("#targets-matrix tr.matrix-row"))).hasSize((int) agencies);
        assertThat(driver.findElement(By.cssSelector("#target-cards .target-card[data-code='" + TARGET + "']")).getText())
                .contains("(" + vn.boiduong.shared.VietnameseNumbers.integer(expected[0]) + "/" + vn.boiduong.shared.VietnameseNumbers.integer(expected[1]) + ")");
        chartsAreDrawnWithTheirTables();
        BrowserSupport.screenshot(driver, "targets-commune");
    }

    @Test
    void theFinanceOfficerAndTheMinistryReadTargetsAndAnotherCommuneIsRefused() throws Exception {
        as("taichinh.haiphong");
        openTargetsFromTheMenu();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Hải Phòng");
        chartsAreDrawnWithTheirTables();
        press(By.id("nav-follow-up"));
        press(By.id("nav-budget"));
        BrowserSupport.waitFor(driver, By.id("budget-units"));
        assertThat(driver.findElement(By.id("budget-units")).getText()).contains("Phù Liễn");

        // the ministry's national matrix: the provinces' cells show their values (no people list at this level)
        as("admin.bonoivu");
        openTargetsFromTheMenu();
        WebElement haiPhong = driver.findElement(By.cssSelector("#targets-matrix tr[data-code='31']"));
        WebElement national = haiPhong.findElement(By.xpath("./td[" + (columnIndex(TARGET) + 1) + "]"));
        assertThat(national.getText()).as("a percentage with a decimal comma").matches("\\d+,\\d%");
        assertThat(national.findElements(By.tagName("a"))).isEmpty();

        as("vhxh.viethoa");
        driver.get(url("/targets?unit=" + commune));
        BrowserSupport.waitForText(driver, By.id("error-title"), "403");
        assertThat(driver.findElements(By.id("targets-matrix"))).isEmpty();
        assertThat(fetch(url("/targets?unit=" + commune)).statusCode()).isEqualTo(403);
        assertThat(fetch(url("/targets/export/matrix.xlsx?unit=" + commune)).statusCode()).isEqualTo(403);
        assertThat(fetch(url("/targets/" + target + "/people?unit=" + commune)).statusCode()).isEqualTo(403);
    }

    /** Through the navbar's dropdown (an hx-boost swap, so the charts' scripts must run after a swap too). */
    private void openTargetsFromTheMenu() {
        press(By.id("nav-follow-up"));
        press(By.id("nav-targets"));
        BrowserSupport.waitFor(driver, By.id("targets-matrix"));
    }

    /** Each chart container holds what ECharts drew (svg or canvas with shapes), each chart's table is on the page. */
    private void chartsAreDrawnWithTheirTables() {
        for (String chart : CHARTS) {
            BrowserSupport.waitUntil(driver, d -> !d.findElements(By.cssSelector("#" + chart + " svg path, #" + chart + " canvas")).isEmpty());
        }
        for (String table : List.of("table-history", "table-programs", "table-effects", "targets-matrix")) {
            assertThat(driver.findElements(By.id(table))).as(table).hasSize(1);
        }
        assertThat(driver.findElements(By.cssSelector("a[href*='/targets/export/']"))).hasSize(4);
        // the programmes' legend speaks the page's language and the year has no thousands separator
        assertThat(driver.findElement(By.id("chart-programs")).getText()).contains("Được cử", "Hoàn thành", "Đạt");
        String year = String.valueOf(TargetFactsTest.TODAY.getYear());
        assertThat(driver.findElements(By.tagName("h2"))).anyMatch(h -> h.getText().endsWith("năm " + year));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private int columnIndex(String code) {
        List<WebElement> headers = driver.findElements(By.cssSelector("#targets-matrix thead th"));
        for (int i = 0; i < headers.size(); i++) {
            // the header shows the target's short name; its code is in the tooltip
            if (String.valueOf(headers.get(i).getAttribute("title")).endsWith("(" + code + ")")) {
                return i;
            }
        }
        throw new AssertionError(code + " is not a column of the matrix");
    }

    private void as(String username) {
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, username, TestHttp.DEMO_PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void press(By by) {
        press(BrowserSupport.waitFor(driver, by));
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** GET with the browser's session cookies, as a click on a download link sends it. */
    private HttpResponse<byte[]> fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> rows(byte[] xlsx) throws Exception {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = book.getFirstSheet().openStream()) {
                return rows.map(TargetsBrowserTest::text).toList();
            }
        }
    }

    private static String text(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.joining("|"));
    }

    /** The whole page, not only the viewport, by Chromium's DevTools (the window keeps its size, so 70vh stays 70vh). */
    private void screenshotWholePage(String file) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long width = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(Path.of(file), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
