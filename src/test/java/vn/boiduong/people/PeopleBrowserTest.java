package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSupport;
import vn.boiduong.TestHttp;
import vn.boiduong.TestXlsx;

/** A commune officer imports a roster, fixes what the preview flags, finds a person without accents and edits the file. */
class PeopleBrowserTest extends vn.boiduong.BrowserTestBase {

    @Autowired
    JdbcClient jdbc;


    private void upload(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("danh-sach", ".xlsx");
        Files.write(file, xlsx);
        driver.findElement(By.id("nav-people")).click();
        BrowserSupport.waitFor(driver, By.id("import-people")).click();
        BrowserSupport.waitFor(driver, By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        // the page polls while the file is checked, then shows the outcome
        BrowserSupport.waitUntil(driver, d -> !d.findElement(By.id("job")).getAttribute("data-status").equals("VALIDATING"));
    }

    @Test
    void importFixFindAndEdit() throws Exception {
        BrowserSupport.login(driver, port, "vhxh.phulien", TestHttp.DEMO_PASSWORD);
        Object[] broken = TestXlsx.person("11446-8501", "Quách Thị Diễm Hằng", "30/02/1991", null, "11446-VHXH");
        Object[] second = TestXlsx.person("11446-8502", "Tạ Văn Đông", "14/07/1987", null, "11446-KT");
        upload(TestXlsx.roster(List.of(broken, second)));
        assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("Có lỗi");
        String problems = driver.findElement(By.id("problems-table")).getText();
        assertThat(problems).contains("2", "Ngày sinh *", "không phải ngày hợp lệ");
        BrowserSupport.screenshot(driver, "import-problems");

        broken[2] = "28/02/1991";
        upload(TestXlsx.roster(List.of(broken, second)));
        assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("Sẵn sàng ghi");
        assertThat(driver.findElement(By.id("job-summary")).getText()).contains("2 hồ sơ mới");
        driver.findElement(By.id("commit-import")).click();
        BrowserSupport.waitUntil(driver, d -> d.findElement(By.id("job")).getAttribute("data-status").equals("DONE"));
        assertThat(driver.findElement(By.id("import-done")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(driver, "import-done");

        driver.findElement(By.id("nav-people")).click();
        BrowserSupport.waitFor(driver, By.id("q")).sendKeys("quach thi diem hang");
        BrowserSupport.waitUntil(driver, d -> d.findElements(By.cssSelector("#people-table .person-name")).stream()
                .map(WebElement::getText).toList().equals(List.of("Quách Thị Diễm Hằng")));
        String before = snapshot("11446-8501");
        driver.findElement(By.cssSelector("#people-table .person-name")).click();
        BrowserSupport.waitFor(driver, By.id("edit-person")).click();
        WebElement title = BrowserSupport.waitFor(driver, By.id("title"));
        title.clear();
        title.sendKeys("Chuyên viên văn hóa - thông tin");
        save();
        BrowserSupport.waitForText(driver, By.id("person-name"), "Quách Thị Diễm Hằng");
        assertThat(driver.getPageSource()).contains("Chuyên viên văn hóa - thông tin", "Đã lưu thay đổi");
        // the form carried every other field back unchanged (drop-downs keep their values)
        assertThat(snapshot("11446-8501")).isEqualTo(before);
        BrowserSupport.screenshot(driver, "person-edited");
    }

    /** Every field of a file except the title and bookkeeping. */
    private String snapshot(String code) {
        return jdbc.sql("select concat_ws('|', full_name, birth_date, gender, ethnicity_code, citizen_id, party_member_since, "
                + "staff_kind, is_leader, job_position_code, rank_code, education_level, education_field, political_theory, "
                + "state_management, it_level, language_level, sci_tech_background, party_committee_member, affected_by_reorg, "
                + "joined_on, org_unit_id, status) from person where personnel_code = :c").param("c", code).query(String.class).single();
    }

    @Test
    void aStaleFormSaysSomeoneElseSavedFirst() {
        BrowserSupport.login(driver, port, "vhxh.phulien", TestHttp.DEMO_PASSWORD);
        long id = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id where o.code = '11446-MTTQ' order by p.id limit 1")
                .query(Long.class).single();
        driver.get("http://localhost:" + port + "/people/" + id + "/edit");
        WebElement title = BrowserSupport.waitFor(driver, By.id("title"));
        // meanwhile a colleague saves the same file
        jdbc.sql("update person set version = version + 1 where id = :id").param("id", id).update();
        title.clear();
        title.sendKeys("Chức danh mới");
        save();
        BrowserSupport.waitFor(driver, By.id("conflict"));
        assertThat(driver.findElement(By.id("conflict")).getText()).contains("người khác thay đổi");
        assertThat(jdbc.sql("select title from person where id = :id").param("id", id).query(String.class).single())
                .isNotEqualTo("Chức danh mới");
    }

    /** The save button, scrolled to the middle first (the second-factor reminder above the form moves it down). */
    private void save() {
        WebElement button = driver.findElement(By.id("save-person"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }
}
