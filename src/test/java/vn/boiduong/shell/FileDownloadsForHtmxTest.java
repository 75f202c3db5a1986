package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * A file asked for by htmx (a boosted link, an hx-get) is never sent into the page: the answer is HX-Redirect to the same
 * address, which htmx hands to the browser, which downloads it (issue 14, point 1). Pages and fragments pass untouched.
 */
@IntegrationTest
class FileDownloadsForHtmxTest {

    @LocalServerPort
    int port;

    @Test
    void aFileRequestedByHtmxIsRedirectedForTheBrowserToDownload() {
        TestHttp officer = TestHttp.browser(port);
        officer.login("sonoivu.haiphong", TestHttp.DEMO_PASSWORD);
        String export = "/budget/export.xlsx?year=2026";

        HttpResponse<byte[]> boosted = officer.getBytes(export, "HX-Request", "true", "HX-Boosted", "true");
        assertThat(boosted.statusCode()).isEqualTo(200);
        assertThat(boosted.headers().firstValue("HX-Redirect")).contains(export);
        assertThat(boosted.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(boosted.body()).isEmpty();

        HttpResponse<byte[]> fragment = officer.getBytes("/people/template.xlsx", "HX-Request", "true");
        assertThat(fragment.headers().firstValue("HX-Redirect")).contains("/people/template.xlsx");
        assertThat(fragment.body()).isEmpty();

        HttpResponse<byte[]> plain = officer.getBytes(export);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(new String(plain.body(), 0, 2)).isEqualTo("PK");
        assertThat(plain.headers().firstValue("HX-Redirect")).isEmpty();

        HttpResponse<byte[]> page = officer.getBytes("/budget?year=2026", "HX-Request", "true", "HX-Boosted", "true");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("HX-Redirect")).isEmpty();
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("budget-export");
    }
}
