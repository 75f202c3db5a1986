package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The rating pages by role, the forms in a browser session, the XLSX export and the versioned indicator sets. */
@IntegrationTest
class RatingPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ratings ratings;

    TestHttp browser(String user) {
        TestHttp b = TestHttp.browser(port);
        b.login(user, TestHttp.DEMO_PASSWORD);
        return b;
    }

    @Test
    void everyPageRendersForItsReadersAndTheStaffSeesOnlyTheirOwn() {
        TestHttp commune = browser("vhxh.phulien");
        for (String page : new String[] {"/evaluations/ratings", "/evaluations/ratings/alerts", "/evaluations/ratings/year",
                "/evaluations/ratings/indicators", "/evaluations/ratings/discipline"}) {
            HttpResponse<String> r = commune.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContain("??");
        }
        HttpResponse<String> list = commune.get("/evaluations/ratings?show=all");
        assertThat(list.body()).contains("id=\"queue\"").contains("id=\"staff\"");
        // opened from the menu: what waits for me (the approval queue), the unit's staff one click away
        assertThat(commune.get("/evaluations/ratings").body()).contains("id=\"queue\"", "id=\"mode-all\"").doesNotContain("id=\"staff\"");
        TestHttp staff = browser("canbo.phulien");
        HttpResponse<String> mine = staff.get("/me/ratings");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("id=\"self-form\"").contains(ratings.currentQuarter().label()).doesNotContain("??");
        assertThat(staff.get("/evaluations/ratings").statusCode()).isEqualTo(403);
        assertThat(staff.get("/evaluations/ratings/alerts").statusCode()).isEqualTo(403);
        assertThat(browser("truongphong.phulien").get("/evaluations/ratings?show=all").body()).contains("Phòng Văn hóa - Xã hội").doesNotContain("id=\"queue\"");
    }

    @Test
    void theHeadReviewsThroughTheFormAndTheExportListsTheUnitsQuarter() {
        long person = jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id
                where o.code = '11446-VHXH' and p.status = 'ACTIVE' and p.job_position_code = 'CV_VAN_HOA'
                  and not exists (select 1 from rating r where r.person_id = p.id and r.period = '2025-Q2') order by p.id desc limit 1
                """).query(Long.class).single();
        TestHttp head = browser("truongphong.phulien");
        String page = "/evaluations/ratings/person/" + person + "/2025-Q2";
        assertThat(head.get(page).body()).contains("id=\"review-form\"").contains("Mức độ hài lòng của người dân, doanh nghiệp");
        Map<String, String> form = new LinkedHashMap<>();
        for (String code : new String[] {"KQ_SO_LUONG", "KQ_CHAT_LUONG", "KQ_TIEN_DO", "PV_HAI_LONG", "PV_THU_TUC", "PH_LIEN_NGANH", "KL_KY_CUONG"}) {
            form.put("v." + code, "72");
        }
        form.put("v.KL_LIEM_CHINH", "abc");
        form.put("comment", "Nhận xét qua biểu mẫu");
        form.put("version", "");
        HttpResponse<String> bad = head.postForm(page + "/review", page, form);
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(head.get(page).body()).contains("Liêm chính, đạo đức công vụ, văn hóa công sở").contains("số nguyên từ 0 đến 100");
        form.put("v.KL_LIEM_CHINH", "72");
        assertThat(head.postForm(page + "/review", page, form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select status || ' ' || score from rating where person_id = :p and period = '2025-Q2'").param("p", person)
                .query(String.class).single()).isEqualTo("REVIEWED 72.00");

        long unit = jdbc.sql("select id from org_unit where code = '11446-VHXH'").query(Long.class).single();
        HttpResponse<byte[]> xlsx = TestHttp.as(port, "truongphong.phulien").getBytes("/evaluations/ratings/export.xlsx?unitId=" + unit + "&period=2025-Q2");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            String text = wb.getFirstSheet().openStream().flatMap(row -> row.stream())
                    .map(c -> c == null ? "" : c.getText()).collect(java.util.stream.Collectors.joining("|"));
            assertThat(text).contains(jdbc.sql("select full_name from person where id = :p").param("p", person).query(String.class).single())
                    .contains("Thủ trưởng đã nhận xét").contains("Hoàn thành tốt nhiệm vụ");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(TestHttp.as(port, "vhxh.viethoa").getBytes("/evaluations/ratings/export.xlsx?unitId=" + unit + "&period=2025-Q2").statusCode())
                .isEqualTo(403);
    }

    @Test
    void indicatorSetsChangeOnlyWholeByConfiguratorsAsANewVersion() {
        String path = "/api/evaluations/ratings/indicator-sets/VAN_THU";
        String rows = """
                [{"code": "KQ", "group": "TASK_RESULTS", "name": "Kết quả văn thư, lưu trữ", "weight": "%d"},
                 {"code": "PV", "group": "SERVICE", "name": "Phục vụ người dân", "weight": "15"},
                 {"code": "PH", "group": "COORDINATION", "name": "Phối hợp", "weight": "10"},
                 {"code": "KL", "group": "DISCIPLINE", "name": "Kỷ luật, liêm chính", "weight": "15"}]""";
        assertThat(TestHttp.as(port, "vhxh.phulien").put(path, "{\"version\": 0, \"indicators\": " + rows.formatted(60) + "}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> sum = TestHttp.as(port, "sonoivu.haiphong").put(path, "{\"version\": 0, \"indicators\": " + rows.formatted(55) + "}");
        assertThat(sum.statusCode()).isEqualTo(400);
        assertThat(sum.body()).contains("95").contains("100");
        HttpResponse<String> first = TestHttp.as(port, "sonoivu.haiphong").put(path, "{\"version\": 0, \"indicators\": " + rows.formatted(60) + "}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(TestHttp.as(port, "sonoivu.haiphong").put(path, "{\"version\": 0, \"indicators\": " + rows.formatted(60) + "}").statusCode())
                .as("stale version").isEqualTo(409);
        HttpResponse<String> second = TestHttp.as(port, "admin.bonoivu").put(path, "{\"version\": 1, \"indicators\": " + rows.formatted(60) + "}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) || ' ' || count(valid_to) from rating_indicator_set where applies_to = 'VAN_THU'")
                .query(String.class).single()).isEqualTo("2 1");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'rating_indicator_set' and entity_id = :id")
                .param("id", Long.toString(TestHttp.json(second).get("id").asLong())).query(Long.class).single()).isEqualTo(1);
        assertThat(TestHttp.as(port, "sonoivu.haiphong").get(path + "/history").body()).contains("Kết quả văn thư, lưu trữ");
        HttpResponse<String> groups = TestHttp.as(port, "sonoivu.haiphong").put(path, """
                {"version": 2, "indicators": [{"code": "KQ", "group": "TASK_RESULTS", "name": "Chỉ một nhóm", "weight": "100"}]}""");
        assertThat(groups.statusCode()).isEqualTo(400);
        assertThat(groups.body()).contains("4 nhóm");
    }

    @Test
    void theStaffSelfAssessesThroughTheFormUntilTheHeadHasReviewed() {
        String q = ratings.currentQuarter().toString();
        long person = jdbc.sql("select person_id from app_user where username = 'canbo.phulien'").query(Long.class).single();
        long[] demo = jdbc.sql("select id, version from rating where person_id = :p and period = :q and status = 'SELF'")
                .param("p", person).param("q", q).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).single();
        TestHttp staff = browser("canbo.phulien");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("period", q);
        form.put("version", Long.toString(demo[1]));
        for (String code : new String[] {"KQ_SO_LUONG", "KQ_CHAT_LUONG", "KQ_TIEN_DO", "PV_HAI_LONG", "PV_THU_TUC", "PH_LIEN_NGANH", "KL_KY_CUONG",
                "KL_LIEM_CHINH"}) {
            form.put("v." + code, "88");
        }
        form.put("comment", "Sửa lại tự đánh giá");
        assertThat(staff.postForm("/me/ratings", "/me/ratings", form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select status || ' ' || self_score from rating where id = :id").param("id", demo[0]).query(String.class).single())
                .isEqualTo("SELF 88.00");
        assertThat(staff.get("/me/ratings").body()).contains("Sửa lại tự đánh giá").contains("Hoàn thành tốt nhiệm vụ");
        form.put("version", Long.toString(demo[1]));
        staff.postForm("/me/ratings", "/me/ratings", form);
        assertThat(staff.get("/me/ratings").body()).as("stale version").contains("vừa được người khác thay đổi");
    }
}
