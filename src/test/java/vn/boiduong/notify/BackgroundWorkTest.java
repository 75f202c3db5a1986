package vn.boiduong.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The national administrators see every node's background work, failing work first, in words; no one else does. */
@IntegrationTest
class BackgroundWorkTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failingWorkIsShownFirstWithItsNameAndOnlyToNationalAdministrators() {
        jdbc.sql("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, consecutive_failures, last_failure, version) "
                + "values ('gaps-recompute', 'test-failing', now() + interval '5 minutes', false, 3, now(), 1)").update();
        try {
            TestHttp admin = TestHttp.browser(port);
            admin.login("admin.bonoivu", TestHttp.DEMO_PASSWORD);
            HttpResponse<String> page = admin.get("/admin/jobs?problems=true");
            assertThat(page.statusCode()).isEqualTo(200);
            String body = page.body();
            assertThat(body).contains("Tính lại thiếu hụt tiêu chuẩn sau thay đổi").contains("Lỗi 3 lần liên tiếp")
                    .doesNotContain("??jobs.");
            assertThat(body.indexOf("Lỗi 3 lần")).isLessThan(body.indexOf("Chờ đến giờ") < 0 ? Integer.MAX_VALUE : body.indexOf("Chờ đến giờ"));
            String all = admin.get("/admin/jobs").body();
            assertThat(all).contains("Gửi thư điện tử thông báo").contains("Cập nhật số liệu chỉ tiêu của đơn vị có thay đổi");

            HttpResponse<String> api = TestHttp.as(port, "admin.bonoivu").get("/api/admin/jobs?problems=true");
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(TestHttp.json(api).get(0).get("failures").asInt()).isEqualTo(3);

            assertThat(TestHttp.as(port, "sonoivu.haiphong").get("/api/admin/jobs").statusCode()).isEqualTo(403);
            TestHttp province = TestHttp.browser(port);
            province.login("sonoivu.haiphong", TestHttp.DEMO_PASSWORD);
            assertThat(province.get("/").body()).doesNotContain("/admin/jobs");
            assertThat(province.get("/admin/jobs").statusCode()).isEqualTo(403);
        } finally {
            jdbc.sql("delete from scheduled_tasks where task_instance = 'test-failing'").update();
        }
    }
}
