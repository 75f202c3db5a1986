package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.TestXlsx;
import vn.boiduong.shared.PersonName;

/**
 * Issue 14, point 11 (search ranks like a person expects) and the apostrophe of point 10, over real HTTP and
 * PostgreSQL. The ranking fixture lives in a unit of its own so the demo province does not interfere.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRankingTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonBulkLoader loader;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private long unit;

    @BeforeAll
    void fixture() {
        var created = TestHttp.as(port, "vhxh.phulien").post("/api/org-units", """
                {"parentId": %d, "code": "11446-XHT", "name": "Tổ xếp hạng tìm kiếm", "subkind": "KHAC"}"""
                .formatted(jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single()));
        unit = TestHttp.json(created).get("id").asLong();
        String[] names = {"Bùi Thị Hạng", "Lê Văn Hạng", "Trần Thị Hằng", "Bùi Thị Hằng", "Nguyễn Văn Thắng",
                "Phạm Thị Hà", "Đỗ Thị Hải", "Lê Văn Thanh", "Vũ Thị Hạnh", "Hà Văn Nam", "Đinh Văn Khoa"};
        List<NewPerson> people = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            people.add(new NewPerson("XHT-%03d".formatted(i), PersonName.parse(names[i]), LocalDate.of(1986, 2, 1 + i),
                    i % 2 == 0 ? "F" : "M", "01", null, null, "CONG_CHUC", false, "Chuyên viên", "CV_TONG_HOP", "01.003",
                    "DAI_HOC", "Luật", "SO_CAP", "CHUYEN_VIEN", null, null, false, false, false,
                    LocalDate.of(2012, 1, 1), unit, List.of()));
        }
        tx.executeWithoutResult(s -> loader.load(people));
    }

    private List<String> names(String query) {
        JsonNode page = TestHttp.json(TestHttp.as(port, "vhxh.phulien")
                .get("/api/people?size=100&unitId=" + unit + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        List<String> result = new ArrayList<>();
        page.get("items").forEach(p -> result.add(p.get("fullName").asString()));
        return result;
    }

    @Test
    void theNameAsTypedWithItsAccentsComesFirst() {
        // the real Hằng before the Hạng; inside-word matches (Thắng) last
        assertThat(names("Hằng")).containsExactly("Bùi Thị Hằng", "Trần Thị Hằng", "Bùi Thị Hạng", "Lê Văn Hạng",
                "Nguyễn Văn Thắng");
        assertThat(names("hằng")).startsWith("Bùi Thị Hằng", "Trần Thị Hằng");
        assertThat(names("Bùi Thị Hằng")).containsExactly("Bùi Thị Hằng", "Bùi Thị Hạng");
        assertThat(names("BÙI THỊ HẠNG")).containsExactly("Bùi Thị Hạng", "Bùi Thị Hằng");
    }

    @Test
    void wholeWordsBeforeWordStartsBeforeInsideWords() {
        List<String> ha = names("ha");
        // whole word "Hà" (given name first in Vietnamese order, then the family name Hà)
        assertThat(ha).startsWith("Phạm Thị Hà", "Hà Văn Nam");
        // then names with a word starting "ha" (Hải, Hằng, Hạng, Hạnh), then "ha" inside a word (Thanh, Thắng)
        assertThat(ha.subList(2, 8)).containsExactlyInAnyOrder("Đỗ Thị Hải", "Bùi Thị Hằng", "Trần Thị Hằng",
                "Bùi Thị Hạng", "Lê Văn Hạng", "Vũ Thị Hạnh");
        assertThat(ha.subList(8, ha.size())).containsExactly("Lê Văn Thanh", "Nguyễn Văn Thắng");
        assertThat(names("Hà")).startsWith("Phạm Thị Hà", "Hà Văn Nam");
        // "hang" without accents: the four whole words Hạng/Hằng in name order (a before ă), "Thắng" only after them
        assertThat(names("hang")).containsExactly("Bùi Thị Hạng", "Lê Văn Hạng", "Bùi Thị Hằng", "Trần Thị Hằng",
                "Nguyễn Văn Thắng");
    }

    @Test
    void fileCodesMatchInAnyCaseByTheirStart() {
        assertThat(names("xht-004")).containsExactly("Nguyễn Văn Thắng");
        assertThat(names("xht-00")).hasSize(10).first().isEqualTo("Phạm Thị Hà"); // XHT-000 … XHT-009, in name order
        assertThat(names("XhT-01")).containsExactly("Đinh Văn Khoa");
        assertThat(names("xht-009")).containsExactly("Hà Văn Nam"); // the whole code
        assertThat(names("xht_00")).isEmpty(); // a typed "_" is not a wildcard
    }

    @Test
    void thePeoplePageShowsTheSameOrder() {
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String html = browser.get("/people?unitId=" + unit + "&q=" + URLEncoder.encode("Hằng", StandardCharsets.UTF_8)).body();
        assertThat(html.indexOf("Trần Thị Hằng")).isPositive().isLessThan(html.indexOf("Bùi Thị Hạng"));
        assertThat(html.indexOf("Bùi Thị Hạng")).isLessThan(html.indexOf("Nguyễn Văn Thắng"));
    }

    @Test
    void aTypographicApostropheIsAcceptedStoredAsciiAndFound() {
        HttpResponse<String> r = TestHttp.as(port, "vhxh.phulien").post("/api/people", """
                {"fullName": "Ksor H\u2019Bia", "birthDate": "15/06/1990", "gender": "Nữ", "ethnicity": "Gia Rai",
                 "staffKind": "Công chức", "leader": "Không", "title": "Chuyên viên", "educationLevel": "Đại học",
                 "joinedOn": "01/09/2014", "unitCode": "11446-VHXH"}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long id = TestHttp.json(r).get("id").asLong();
        assertThat(jdbc.sql("select full_name from person where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Ksor H'Bia");
        for (String typed : List.of("H'Bia", "h\u2019bia", "H\u02BCBia", "ksor h\u2018bia")) {
            JsonNode found = TestHttp.json(TestHttp.as(port, "vhxh.phulien")
                    .get("/api/people?size=5&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)));
            List<Long> ids = new ArrayList<>();
            found.get("items").forEach(p -> ids.add(p.get("id").asLong()));
            assertThat(ids).as(typed).contains(id);
        }
    }

    @Test
    void theRosterImportAcceptsTheApostrophesOfWordAndPhones() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        byte[] file = TestXlsx.roster(List.of(
                TestXlsx.person("11446-8191", "Ksor H\u2019Nhi", "12/04/1991", null, "11446-VHXH"),
                TestXlsx.person("11446-8192", "Rơ Mah H\u02BCLan", "03/11/1987", null, "11446-VP")));
        HttpResponse<String> started = officer.upload("/api/people/import", "danh-sach.xlsx", file);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long job = TestHttp.json(started).get("importId").asLong();
        JsonNode preview = await(officer, job);
        assertThat(preview.get("status").asString()).as(preview.toString()).isEqualTo("READY");
        assertThat(officer.post("/api/people/import/" + job + "/commit", "").statusCode()).isEqualTo(202);
        assertThat(await(officer, job).get("status").asString()).isEqualTo("DONE");
        assertThat(jdbc.sql("select full_name from person where personnel_code in ('11446-8191', '11446-8192') order by 1")
                .query(String.class).list()).containsExactly("Ksor H'Nhi", "Rơ Mah H'Lan");
        JsonNode found = TestHttp.json(officer.get("/api/people?q=" + URLEncoder.encode("H\u2019Nhi", StandardCharsets.UTF_8)));
        assertThat(found.get("items").get(0).get("fullName").asString()).isEqualTo("Ksor H'Nhi");
    }

    private static JsonNode await(TestHttp officer, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode job = TestHttp.json(officer.get("/api/people/import/" + id));
            String status = job.get("status").asString();
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return job;
            }
            assertThat(System.nanoTime()).as("import still running").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The option texts of a {@code <select name="…">} in a rendered page. */
    static List<String> options(String html, String selectName) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + selectName + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        assertThat(select.find()).as("select " + selectName).isTrue();
        Matcher option = Pattern.compile("<option[^>]*value=\"[^\"]+\"[^>]*>([^<]*)</option>").matcher(select.group(1));
        List<String> texts = new ArrayList<>();
        while (option.find()) {
            texts.add(org.springframework.web.util.HtmlUtils.htmlUnescape(option.group(1)));
        }
        return texts;
    }
}
