package vn.boiduong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The catalog over real HTTP: who sees which programme, who may change it, search, locking, audit. */
@IntegrationTest
class CatalogTest {

    /** A province officer of Hà Nội (01), created here: the other province for the border tests. */
    static final String OTHER_PROVINCE = "sonoivu.hanoi.catalog";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void otherProvinceOfficer() {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, org_unit_id)
                select :u, password_hash, 'Sở Nội vụ Hà Nội', 'PROVINCE_OFFICER', (select id from org_unit where code = '01')
                from app_user where username = 'sonoivu.haiphong'
                on conflict (username) do nothing""").param("u", OTHER_PROVINCE).update();
    }

    private TestHttp as(String user) {
        return TestHttp.as(port, user);
    }

    static String body(String code, String name, String days) {
        return """
                {"code": "%s", "name": "%s", "category": "KY_NANG_NGANH", "durationDays": "%s", "durationText": "%s ngày",
                 "targetGroup": "Công chức cấp xã", "organiser": "Sở Nội vụ", "certificate": "", "phase": "1", "sourceRef": "test"}"""
                .formatted(code, name, days, days);
    }

    private List<String> codes(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestHttp.json(r).findValues("code").stream().map(JsonNode::asString).toList();
    }

    @Test
    void everyRoleSeesTheNationalProgrammes() {
        for (String user : List.of("admin.bonoivu", "sonoivu.haiphong", "vhxh.phulien", "truongphong.phulien", "canbo.phulien",
                "truongchinhtri.haiphong")) {
            assertThat(codes(as(user).get("/api/catalog/programs"))).as(user).contains("CMCN", "QLNN_CHUNG_2CAP");
        }
        JsonNode cmcn = TestHttp.json(as("canbo.phulien").get("/api/catalog/programs/CMCN"));
        assertThat(cmcn.get("durationText").asString()).isEqualTo("3 tháng");
    }

    @Test
    void searchIgnoresAccentsAndFiltersByCategoryAndPhase() {
        assertThat(codes(as("vhxh.phulien").get("/api/catalog/programs?q=quan%20ly%20dat%20dai"))).contains("NGANH_DAT_DAI");
        assertThat(codes(as("vhxh.phulien").get("/api/catalog/programs?q=QU%E1%BA%A2N%20L%C3%9D%20%C4%90%E1%BA%A4T"))) // "QUẢN LÝ ĐẤT"
                .contains("NGANH_DAT_DAI");
        assertThat(codes(as("vhxh.phulien").get("/api/catalog/programs?q=dao%20duc"))).containsExactly("CN_DAO_DUC_CONG_VU");
        List<String> phase2 = codes(as("vhxh.phulien").get("/api/catalog/programs?phase=2"));
        assertThat(phase2).contains("CN_PHAP_LUAT", "QLNN_CHUNG_2CAP").doesNotContain("NGANH_DAU_THAU", "CMCN");
        List<String> llct = codes(as("vhxh.phulien").get("/api/catalog/programs?category=LLCT"));
        assertThat(llct).containsExactlyInAnyOrder("LLCT_SO_CAP", "LLCT_TRUNG_CAP");
        HttpResponse<String> bad = as("vhxh.phulien").get("/api/catalog/programs?category=NOPE&phase=3");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("category", "phase");
    }

    @Test
    void aProvinceProgrammeStaysInsideItsProvince() {
        HttpResponse<String> created = as("sonoivu.haiphong").post("/api/catalog/programs",
                body("HP_KINH_TE_BIEN", "Kinh tế biển và quản lý vùng ven biển", "3"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(jdbc.sql("select u.code from program p join org_unit u on u.id = p.owner_unit_id where p.code = 'HP_KINH_TE_BIEN'")
                .query(String.class).single()).isEqualTo("31");

        assertThat(codes(as("vhxh.phulien").get("/api/catalog/programs?q=kinh%20te%20bien"))).containsExactly("HP_KINH_TE_BIEN");
        assertThat(codes(as("admin.bonoivu").get("/api/catalog/programs?q=kinh%20te%20bien"))).containsExactly("HP_KINH_TE_BIEN");
        assertThat(codes(as(OTHER_PROVINCE).get("/api/catalog/programs?q=kinh%20te%20bien"))).isEmpty();
        assertThat(as(OTHER_PROVINCE).get("/api/catalog/programs/HP_KINH_TE_BIEN").statusCode()).isEqualTo(403);
        assertThat(as(OTHER_PROVINCE).get("/catalog/HP_KINH_TE_BIEN").statusCode()).isEqualTo(403);

        HttpResponse<String> foreign = as(OTHER_PROVINCE).put("/api/catalog/programs/HP_KINH_TE_BIEN",
                body("HP_KINH_TE_BIEN", "Đổi tên từ tỉnh khác", "3").replace("}", ", \"version\": 0}"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("Kinh tế biển");
        assertThat(jdbc.sql("select name from program where code = 'HP_KINH_TE_BIEN'").query(String.class).single())
                .isEqualTo("Kinh tế biển và quản lý vùng ven biển");
    }

    @Test
    void aProvinceOfficerCannotChangeNationalProgrammesAndACommuneOfficerCannotWrite() {
        HttpResponse<String> national = as("sonoivu.haiphong").put("/api/catalog/programs/CMCN",
                body("CMCN", "Đổi tên", "66").replace("}", ", \"version\": 0}"));
        assertThat(national.statusCode()).isEqualTo(403);
        assertThat(as("vhxh.phulien").post("/api/catalog/programs", body("XA_TU_THEM", "Xã tự thêm", "2")).statusCode()).isEqualTo(403);
        assertThat(as("canbo.phulien").post("/api/catalog/programs", body("CB_TU_THEM", "Cán bộ tự thêm", "2")).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from program where code in ('XA_TU_THEM', 'CB_TU_THEM')").query(Long.class).single()).isZero();
    }

    @Test
    void theMinistryAddsNationalProgrammesAndEveryChangeIsAudited() {
        HttpResponse<String> created = as("admin.bonoivu").post("/api/catalog/programs", body("bo_them_moi", "Bộ thêm mới", "4"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(TestHttp.json(created).get("code").asString()).isEqualTo("BO_THEM_MOI");
        JsonNode program = TestHttp.json(as(OTHER_PROVINCE).get("/api/catalog/programs/BO_THEM_MOI"));
        assertThat(program.get("ownerUnitId").isNull()).isTrue();

        HttpResponse<String> changed = as("admin.bonoivu").put("/api/catalog/programs/BO_THEM_MOI", """
                {"name": "Bộ thêm mới (sửa)", "category": "KY_NANG_NGANH", "durationDays": 5, "durationText": "5 ngày",
                 "targetGroup": "Công chức cấp xã", "organiser": "Sở Nội vụ", "phase": 2, "version": 0}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(TestHttp.json(changed).get("version").asInt()).isEqualTo(1);
        assertThat(TestHttp.json(changed).get("durationDays").asInt()).isEqualTo(5); // numbers accepted as typed values
        assertThat(TestHttp.json(changed).get("phase").asInt()).isEqualTo(2);
        HttpResponse<String> off = as("admin.bonoivu").put("/api/catalog/programs/BO_THEM_MOI/active", "{\"active\": false, \"version\": 1}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(codes(as("vhxh.phulien").get("/api/catalog/programs?q=bo%20them%20moi"))).isEmpty();
        assertThat(codes(as("vhxh.phulien").get("/api/catalog/programs?q=bo%20them%20moi&inactive=true"))).containsExactly("BO_THEM_MOI");

        List<String> actions = jdbc.sql("select action from audit_event where entity = 'program' and entity_id = 'BO_THEM_MOI' order by id")
                .query(String.class).list();
        assertThat(actions).containsExactly("CREATE", "UPDATE", "DEACTIVATE");
        var update = jdbc.sql("select username, scope_path, before ->> 'name' as b, after ->> 'name' as a from audit_event "
                + "where entity = 'program' and entity_id = 'BO_THEM_MOI' and action = 'UPDATE'").query().singleRow();
        assertThat(update).containsEntry("username", "admin.bonoivu").containsEntry("scope_path", "/VN/")
                .containsEntry("b", "Bộ thêm mới").containsEntry("a", "Bộ thêm mới (sửa)");
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThat(as("sonoivu.haiphong").post("/api/catalog/programs", body("HP_KHOA_KHOA", "Khóa kiểm tra khóa lạc quan", "2"))
                .statusCode()).isEqualTo(201);
        String first = body("HP_KHOA_KHOA", "Bản sửa thứ nhất", "2").replace("}", ", \"version\": 0}");
        assertThat(as("sonoivu.haiphong").put("/api/catalog/programs/HP_KHOA_KHOA", first).statusCode()).isEqualTo(200);
        String stale = body("HP_KHOA_KHOA", "Bản sửa trên dữ liệu cũ", "3").replace("}", ", \"version\": 0}");
        HttpResponse<String> r = as("sonoivu.haiphong").put("/api/catalog/programs/HP_KHOA_KHOA", stale);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(jdbc.sql("select name from program where code = 'HP_KHOA_KHOA'").query(String.class).single()).isEqualTo("Bản sửa thứ nhất");
    }

    @Test
    void badInputNamesEveryFieldAndADuplicateCodeIsRefused() {
        HttpResponse<String> r = as("admin.bonoivu").post("/api/catalog/programs", """
                {"code": "mã-sai", "name": "", "category": "XYZ", "durationDays": "-2", "durationText": "2 ngày",
                 "targetGroup": "x", "organiser": "y", "phase": "5"}""");
        assertThat(r.statusCode()).isEqualTo(400);
        List<String> fields = TestHttp.json(r).get("errors").findValues("field").stream().map(JsonNode::asString).toList();
        assertThat(fields).containsExactlyInAnyOrder("code", "name", "category", "durationDays", "phase");
        assertThat(r.body()).contains("số nguyên dương");

        HttpResponse<String> dup = as("admin.bonoivu").post("/api/catalog/programs", body("CMCN", "Trùng mã", "3"));
        assertThat(dup.statusCode()).isEqualTo(400);
        assertThat(dup.body()).contains("đã có trong danh mục");
        assertThat(as("admin.bonoivu").put("/api/catalog/programs/CMCN", body("CMCN", "Thiếu version", "66")).statusCode()).isEqualTo(400);
    }
}
