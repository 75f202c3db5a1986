package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * Error pages say in Vietnamese what happened and offer the way back; no template code reaches the screen (the heading
 * used to print the layout's title fragment, {@code <title th:text=…>}, on every error page).
 */
@IntegrationTest
class ErrorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestHttp signedIn() {
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        return browser;
    }

    private static void readable(HttpResponse<String> page, int status, String heading) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.body()).contains("id=\"error-title\"", heading, "mã " + status, "Trang chủ")
                .doesNotContain("th:text", "${", "#messages", "error.status.", "error.detail.");
    }

    @Test
    void aRecordThatDoesNotExistSaysSoAndLeadsBackToItsList() {
        HttpResponse<String> page = signedIn().get("/people/99999999");
        readable(page, 404, "Không tìm thấy");
        assertThat(page.body()).contains("href=\"/people\"", "Về danh sách");
    }

    @Test
    void anUnknownAddressAndABadIdAreExplained() {
        TestHttp browser = signedIn();
        readable(browser.get("/khong-co-trang-nay"), 404, "Không tìm thấy");
        HttpResponse<String> bad = browser.get("/classes/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"error-title\"", "Yêu cầu chưa hợp lệ").doesNotContain("th:text", "${");
    }

    @Test
    void aRecordOutsideTheScopeSaysWhoToAsk() {
        long other = jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id where o.path like (select path from org_unit where code = '10543') || '%'
                order by p.id limit 1""").query(Long.class).single();
        HttpResponse<String> page = signedIn().get("/people/" + other);
        readable(page, 403, "Không có quyền truy cập");
        assertThat(page.body()).contains("ngoài phạm vi được giao");
    }
}
