package vn.boiduong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The catalog's pages: list and htmx results, details with the standards met, forms, export. */
@IntegrationTest
class CatalogPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestHttp browser(String user) {
        TestHttp http = TestHttp.browser(port);
        assertThat(http.login(user, TestHttp.DEMO_PASSWORD)).doesNotContain("error");
        return http;
    }

    private static Map<String, String> form(String code, String name, String days) {
        return Map.of("code", code, "name", name, "category", "KY_NANG_BO_TRO", "durationDays", days,
                "durationText", days + " ngày", "targetGroup", "Công chức cấp xã", "organiser", "Sở Nội vụ Hải Phòng",
                "certificate", "", "phase", "", "sourceRef", "Kế hoạch của thành phố");
    }

    @Test
    void theListFiltersWithoutAccentsAndHtmxGetsOnlyTheResults() throws Exception {
        HttpResponse<String> page = browser("canbo.phulien").get("/catalog?q=quan+ly+dat+dai");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quản lý đất đai", "id=\"catalog-filter\"", "export.xlsx?q=quan%20ly%20dat%20dai")
                .doesNotContain("id=\"new-program\"");

        String basic = "Basic " + Base64.getEncoder().encodeToString("vhxh.phulien:BoiDuong@2026".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> fragment = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/catalog?category=LLCT"))
                .header("Authorization", basic).header("HX-Request", "true").header("HX-Target", "results").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html", "catalog-filter").contains("id=\"results\"", "2 chương trình",
                "Sơ cấp lý luận chính trị").doesNotContain("Quản lý đất đai");
    }

    @Test
    void theDetailsShowWhichStandardsTheCertificateMeets() {
        TestHttp http = browser("vhxh.phulien");
        String general = http.get("/catalog/QLNN_CHUNG_2CAP").body();
        assertThat(general).contains("Đáp ứng tiêu chuẩn", "Chuyên viên tư pháp - hộ tịch", "Quản lý nhà nước", "2 tuần")
                .doesNotContain("id=\"edit-program\"", "id=\"specialised-note\"");
        String specialised = http.get("/catalog/CMCN").body();
        assertThat(specialised).contains("id=\"specialised-note\"", "vị trí việc làm ghi trên chứng chỉ", "Kế toán", "3 tháng");
        assertThat(http.get("/catalog/KN_GIAO_TIEP_HANH_CHINH").body()).contains("id=\"no-uses\"");
        assertThat(http.get("/catalog/NOT_A_CODE").statusCode()).isEqualTo(404);
        assertThat(browser("admin.bonoivu").get("/catalog/CMCN").body()).contains("id=\"edit-program\"", "id=\"toggle-active\"");
    }

    @Test
    void aProvinceOfficerAddsEditsAndWithdrawsThroughTheForms() {
        TestHttp http = browser("sonoivu.haiphong");
        assertThat(http.get("/catalog").body()).contains("id=\"new-program\"");
        assertThat(http.get("/catalog/new").statusCode()).isEqualTo(200);

        Map<String, String> bad = new java.util.HashMap<>(form("HP FORM", "Kỹ năng số cho Hải Phòng", "ba"));
        HttpResponse<String> invalid = http.postForm("/catalog", "/catalog/new", bad);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("id=\"code-error\"", "id=\"durationDays-error\"", "số nguyên dương", "is-invalid",
                "Kỹ năng số cho Hải Phòng");

        HttpResponse<String> created = http.postForm("/catalog", "/catalog/new", form("HP_FORM_KY_NANG", "Kỹ năng số cho Hải Phòng", "3"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/catalog/HP_FORM_KY_NANG");
        assertThat(http.get("/catalog/HP_FORM_KY_NANG").body()).contains("Kỹ năng số cho Hải Phòng", "Thành phố Hải Phòng", "id=\"edit-program\"");

        Map<String, String> edit = new java.util.HashMap<>(form("HP_FORM_KY_NANG", "Kỹ năng số (bản 2)", "4"));
        edit.put("version", "0");
        assertThat(http.postForm("/catalog/HP_FORM_KY_NANG", "/catalog/HP_FORM_KY_NANG/edit", edit).statusCode()).isEqualTo(302);
        edit.put("name", "Sửa trên bản cũ");
        HttpResponse<String> stale = http.postForm("/catalog/HP_FORM_KY_NANG", "/catalog/HP_FORM_KY_NANG/edit", edit);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"conflict\"");

        HttpResponse<String> off = http.postForm("/catalog/HP_FORM_KY_NANG/active", "/catalog/HP_FORM_KY_NANG",
                Map.of("active", "false", "version", "1"));
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(http.get("/catalog/HP_FORM_KY_NANG").body()).contains("id=\"inactive-badge\"", "Kỹ năng số (bản 2)");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'program' and entity_id = 'HP_FORM_KY_NANG'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void usersWhoMayNotWriteGetNoForms() {
        TestHttp http = browser("vhxh.phulien");
        assertThat(http.get("/catalog/new").statusCode()).isEqualTo(403);
        assertThat(http.get("/catalog/CMCN/edit").statusCode()).isEqualTo(403);
        assertThat(http.postForm("/catalog", "/catalog", form("XA_FORM", "Xã tự thêm", "2")).statusCode()).isEqualTo(403);
        assertThat(browser("sonoivu.haiphong").get("/catalog/CMCN/edit").statusCode()).isEqualTo(403);
    }

    @Test
    void theExportHasTheFilteredRowsAndNeutralisesFormulas() throws IOException {
        TestHttp.as(port, "admin.bonoivu").post("/api/catalog/programs", """
                {"code": "XLSX_CONG_THUC", "name": "=HYPERLINK(\\"http://x\\",\\"bấm\\")", "category": "KHAC", "durationDays": "2",
                 "durationText": "2 ngày", "targetGroup": "+cmd", "organiser": "@Sở", "phase": "2"}""");
        HttpResponse<byte[]> llct = TestHttp.as(port, "vhxh.phulien").getBytes("/catalog/export.xlsx?category=LLCT");
        assertThat(llct.statusCode()).isEqualTo(200);
        List<List<String>> rows = read(llct.body());
        assertThat(rows.get(2)).startsWith("STT", "Mã", "Tên chương trình");
        assertThat(rows.subList(3, rows.size())).extracting(r -> r.get(1)).containsExactlyInAnyOrder("LLCT_SO_CAP", "LLCT_TRUNG_CAP");

        List<List<String>> formula = read(TestHttp.as(port, "vhxh.phulien").getBytes("/catalog/export.xlsx?q=xlsx_cong_thuc").body());
        assertThat(formula).hasSize(4);
        assertThat(formula.get(3).get(2)).startsWith("'=HYPERLINK");
        assertThat(formula.get(3).get(6)).isEqualTo("'+cmd");
        assertThat(formula.get(3).get(7)).isEqualTo("'@Sở");
    }

    private static List<List<String>> read(byte[] xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getFirstSheet().read()) {
                while (out.size() < row.getRowNum() - 1) {
                    out.add(List.of()); // an empty row is not in the file: keep indexes as Excel shows them
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
                }
                out.add(cells);
            }
        }
        return out;
    }
}
