package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * Liveness, readiness (with the database) and Prometheus metrics answer on the management port without sign-in; nothing
 * else of the actuator is exposed there, and none of it on the application port that the reverse proxy publishes.
 */
@IntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Test
    void probesAndMetricsOnTheManagementPortOnly() throws Exception {
        int management = Integer.parseInt(env.getProperty("local.management.port"));
        assertThat(management).isNotEqualTo(port);
        assertThat(get(management, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get(management, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("details");

        TestHttp.as(port, "vhxh.phulien").get("/api/people?q=nguyen");
        String metrics = get(management, "/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("uri=\"/api/people\"")
                .contains("hikaricp_connections_active").contains("application=\"boiduong\"");

        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/loggers", "/actuator/mappings", "/actuator/threaddump", "/actuator/shutdown"}) {
            assertThat(get(management, hidden).statusCode()).as(hidden).isEqualTo(404);
        }
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health/readiness", "/actuator/env"}) {
            assertThat(get(port, path).statusCode()).as("application port " + path).isEqualTo(404);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
