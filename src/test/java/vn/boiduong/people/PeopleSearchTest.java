package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.boiduong.shared.PersonName;

/** Finding people without accents, and listing them in the order of an official Vietnamese list. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleSearchTest {

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
                {"parentId": %d, "code": "11446-TKT", "name": "Tổ tìm kiếm thử", "subkind": "KHAC"}"""
                .formatted(jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single()));
        unit = TestHttp.json(created).get("id").asLong();
        List<NewPerson> people = new ArrayList<>();
        String[] names = {"Nguyễn Văn Hùng", "Lê Thị Ân", "Đặng Văn Hùng", "Trần Văn An", "Nguyễn Văn Thắng",
                "Đỗ Văn Đức", "Nguyễn Văn Anh", "Nguyễn Đức Hùng", "Bùi Văn Thang"};
        for (int i = 0; i < names.length; i++) {
            people.add(new NewPerson("TKT-" + i, PersonName.parse(names[i]), LocalDate.of(1985, 1, 1 + i), i % 2 == 0 ? "M" : "F",
                    "01", "031085000" + (100 + i), null, "CONG_CHUC", false, "Chuyên viên", "CV_TONG_HOP", "01.003",
                    "DAI_HOC", "Luật", "SO_CAP", "CHUYEN_VIEN", null, null, false, false, false,
                    LocalDate.of(2010, 1, 1), unit, List.of()));
        }
        tx.executeWithoutResult(s -> loader.load(people));
    }

    private List<String> names(String query) {
        JsonNode page = TestHttp.json(TestHttp.as(port, "vhxh.phulien").get("/api/people?size=100&unitId=" + unit + query));
        List<String> result = new ArrayList<>();
        page.get("items").forEach(p -> result.add(p.get("fullName").asString()));
        return result;
    }

    @Test
    void theListFollowsVietnameseNameOrder() {
        assertThat(names("")).containsExactly("Trần Văn An", "Nguyễn Văn Anh", "Lê Thị Ân", "Đỗ Văn Đức",
                "Nguyễn Đức Hùng", "Đặng Văn Hùng", "Nguyễn Văn Hùng", "Bùi Văn Thang", "Nguyễn Văn Thắng");
    }

    @Test
    void searchWithoutAccentsFindsTheAccentedName() {
        assertThat(names("&q=nguyen%20van%20thang")).containsExactly("Nguyễn Văn Thắng");
        assertThat(names("&q=van%20thang")).containsExactly("Bùi Văn Thang", "Nguyễn Văn Thắng");
        assertThat(names("&q=duc")).containsExactly("Đỗ Văn Đức", "Nguyễn Đức Hùng");
        assertThat(names("&q=%C4%90%E1%BA%B7ng")).containsExactly("Đặng Văn Hùng"); // "Đặng" typed with accents
        assertThat(names("&q=TKT-4")).containsExactly("Nguyễn Văn Thắng");
    }

    @Test
    void thePeoplePageSearchesToo() {
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String html = browser.get("/people?unitId=" + unit + "&q=nguyen+van+thang").body();
        assertThat(html).contains("Nguyễn Văn Thắng").doesNotContain("Bùi Văn Thang");
        String rows = browser.get("/people?unitId=" + unit + "&q=duc").body();
        assertThat(rows).contains("2 người");
    }
}
