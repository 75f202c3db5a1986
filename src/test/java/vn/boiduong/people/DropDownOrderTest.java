package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.PersonName;
import vn.boiduong.shared.VietnameseText;

/** Issue 14, point 10: drop-downs of names come in Vietnamese order (Đ after D, Ủ among the U), rendered over HTTP. */
@IntegrationTest
class DropDownOrderTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonBulkLoader loader;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitDropDownOfTheRatingsPageIsInVietnameseOrder() {
        long commune = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        String[] names = {"Tổ Uyên thử", "Tổ Đoàn thể thử", "Tổ Em thử", "Tổ Ủy nhiệm thử", "Tổ Dân vận thử"};
        List<NewPerson> people = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            var created = TestHttp.as(port, "vhxh.phulien").post("/api/org-units", """
                    {"parentId": %d, "code": "11446-XDD%d", "name": "%s", "subkind": "KHAC"}""".formatted(commune, i, names[i]));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long unit = TestHttp.json(created).get("id").asLong();
            people.add(new NewPerson("XDD-" + i, PersonName.parse("Nguyễn Văn Thử"), LocalDate.of(1980, 3, 1 + i), "M",
                    "01", null, null, "CONG_CHUC", false, "Chuyên viên", "CV_TONG_HOP", "01.003", "DAI_HOC", "Luật",
                    "SO_CAP", "CHUYEN_VIEN", null, null, false, false, false, LocalDate.of(2012, 1, 1), unit, List.of()));
        }
        tx.executeWithoutResult(s -> loader.load(people));

        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        List<String> options = SearchRankingTest.options(browser.get("/evaluations/ratings?show=all").body(), "unitId");
        List<String> ours = options.stream().filter(o -> o.endsWith("thử (1)")).toList();
        assertThat(ours).containsExactly("Tổ Dân vận thử (1)", "Tổ Đoàn thể thử (1)", "Tổ Em thử (1)",
                "Tổ Ủy nhiệm thử (1)", "Tổ Uyên thử (1)");
        // and the whole list, demo units included, follows the same comparator
        assertThat(options).isSortedAccordingTo(VietnameseText::compareText);
    }
}
