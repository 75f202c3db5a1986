package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.TestXlsx;

/**
 * Issue 13: the person audit holds every field (finding 3), a citizen ID is no oracle outside the scope (finding 4),
 * file codes are issued by the person's own commune (finding 6) and exports of personal data are audited.
 */
@IntegrationTest
class PersonHardeningTest {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static String body(String name, String unit, String extra) {
        return """
                {"fullName": "%s", "birthDate": "15/06/1988", "gender": "Nữ", "ethnicity": "Tày", "staffKind": "Công chức",
                 "leader": "Không", "title": "Chuyên viên", "educationLevel": "Đại học", "joinedOn": "01/09/2012",
                 "unitCode": "%s"%s}""".formatted(name, unit, extra);
    }

    /** A 12-digit citizen ID no one holds yet. */
    private static String freshCitizenId() {
        return "0319" + String.format("%08d", SEQ.incrementAndGet() * 7919L % 100_000_000L);
    }

    private long create(TestHttp who, String name, String unit, String extra) {
        HttpResponse<String> r = who.post("/api/people", body(name, unit, extra));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestHttp.json(r).get("id").asLong();
    }

    @Test
    void everyChangedFieldIsInTheAuditRowWithTheCitizenIdMasked() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        String oldId = freshCitizenId();
        String newId = freshCitizenId();
        long id = create(officer, "Lục Thị Kiểm Toán", "11446-VP", ", \"citizenId\": \"" + oldId + "\"");
        HttpResponse<String> r = officer.put("/api/people/" + id + "?version=0", """
                {"fullName": "Lục Thị Kiểm Toán", "birthDate": "15/06/1988", "gender": "Nam", "ethnicity": "Kinh",
                 "citizenId": "%s", "partyMemberSince": "03/02/2015", "staffKind": "Công chức", "leader": "Có",
                 "title": "Chuyên viên", "educationLevel": "Đại học", "languageLevel": "B2", "joinedOn": "01/09/2012",
                 "unitCode": "11446-VP"}""".formatted(newId));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String[] row = jdbc.sql("select before::text, after::text from audit_event where entity = 'person' and action = 'UPDATE' "
                        + "and entity_id = :id order by id desc limit 1").param("id", String.valueOf(id))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        JsonNode before = JSON.readTree(row[0]);
        JsonNode after = JSON.readTree(row[1]);
        for (String field : List.of("gender", "ethnicityCode", "citizenId", "partyMemberSince", "leader", "languageLevel")) {
            assertThat(after.get(field)).as(field).isNotNull();
            assertThat(after.get(field).toString()).as(field).isNotEqualTo(before.get(field).toString());
        }
        assertThat(before.get("citizenId").asString()).isEqualTo("*********" + oldId.substring(9));
        assertThat(after.get("citizenId").asString()).isEqualTo("*********" + newId.substring(9));
        assertThat(row[0] + row[1]).doesNotContain(oldId, newId);
        assertThat(after.get("partyMemberSince").asString()).isEqualTo("2015-02-03");
        assertThat(after.get("leader").asBoolean()).isTrue();
    }

    @Test
    void aCitizenIdHeldOutsideTheScopeIsRefusedWithoutNamingItsFileAndAudited() {
        String held = freshCitizenId();
        long holder = create(TestHttp.as(port, "vhxh.phulien"), "Đào Văn Giữ Số", "11446-VP", ", \"citizenId\": \"" + held + "\"");
        String code = jdbc.sql("select personnel_code from person where id = :id").param("id", holder).query(String.class).single();
        TestHttp viethoa = TestHttp.as(port, "vhxh.viethoa");
        long mine = create(viethoa, "Hà Văn Thử", "10543-VHXH", "");
        HttpResponse<String> r = viethoa.put("/api/people/" + mine + "?version=0",
                body("Hà Văn Thử", "10543-VHXH", ", \"citizenId\": \"" + held + "\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("không dùng được số này", "Sở Nội vụ")
                .doesNotContain(code, "Phù Liễn", "11446", "đã thuộc");
        String audited = jdbc.sql("select after::text from audit_event where action = 'REFUSE_CITIZEN_ID' and username = 'vhxh.viethoa' "
                + "order by id desc limit 1").query(String.class).single();
        assertThat(audited).contains("*********" + held.substring(9), "update").doesNotContain(held, code);
        // inside the scope the file may be named
        HttpResponse<String> own = TestHttp.as(port, "vhxh.phulien").post("/api/people",
                body("Đào Văn Trùng", "11446-KT", ", \"citizenId\": \"" + held + "\""));
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains(code);
    }

    @Test
    void afterTenRefusalsFurtherChecksAnswer429InVietnamese() {
        long unit = jdbc.sql("select id from org_unit where code = '10543'").query(Long.class).single();
        String username = "thu.gioihan" + SEQ.incrementAndGet();
        HttpResponse<String> made = TestHttp.as(port, "sonoivu.haiphong").post("/api/users", """
                {"username": "%s", "password": "Kh0ng-Doan-Duoc#7q", "fullName": "Người Thử Giới Hạn", "role": "COMMUNE_OFFICER",
                 "orgUnitId": %d}""".formatted(username, unit));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        TestHttp prober = TestHttp.as(port, username, "Kh0ng-Doan-Duoc#7q");
        List<String> taken = jdbc.sql("select citizen_id from person p join org_unit o on o.id = p.org_unit_id "
                + "where o.path like '%/11446/%' and citizen_id is not null order by p.id limit 11").query(String.class).list();
        assertThat(taken).hasSize(11);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = probe(prober, taken.get(i));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        }
        HttpResponse<String> limited = probe(prober, taken.get(10));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("thử lại sau", "phút").doesNotContain(taken.get(10));
        // a free number says nothing either, and so does a roster
        HttpResponse<String> free = probe(prober, freshCitizenId());
        assertThat(free.statusCode()).isEqualTo(429);
        byte[] roster = TestXlsx.roster(List.<Object[]>of(
                TestXlsx.person(null, "Hà Văn Dò", "01/01/1990", taken.get(10), "10543-VHXH")));
        assertThat(prober.upload("/api/people/import", "danh-sach.xlsx", roster).statusCode()).isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFUSE_CITIZEN_ID' and username = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void aRosterRowWithACitizenIdHeldOutsideTheScopeNamesNoFile() throws Exception {
        String held = freshCitizenId();
        long holder = create(TestHttp.as(port, "vhxh.phulien"), "Đào Thị Giữ Số", "11446-VP", ", \"citizenId\": \"" + held + "\"");
        String code = jdbc.sql("select personnel_code from person where id = :id").param("id", holder).query(String.class).single();
        byte[] roster = TestXlsx.roster(List.<Object[]>of(TestXlsx.person(null, "Hà Thị Nhập", "01/01/1990", held, "10543-VHXH"),
                TestXlsx.person("11446-987654", "Hà Văn Mượn Mã", "01/01/1990", null, "10543-VHXH")));
        JsonNode job = importAs(TestHttp.as(port, "vhxh.viethoa"), roster);
        assertThat(job.get("status").asString()).isEqualTo("INVALID");
        String problems = job.get("problems").toString();
        assertThat(problems).contains("person.citizenId.unusable", "person.code.prefix", "10543-").doesNotContain(code);
    }

    @Test
    void aCommuneIssuesOnlyItsOwnFileCodes() {
        TestHttp viethoa = TestHttp.as(port, "vhxh.viethoa");
        HttpResponse<String> r = viethoa.post("/api/people",
                body("Hà Văn Mượn", "10543-VHXH", ", \"personnelCode\": \"11446-987654\""));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = TestHttp.json(r).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("personnelCode");
        assertThat(error.get("message").asString()).contains("Mã hồ sơ 11446-987654", "10543-");
        String taken = jdbc.sql("select personnel_code from person where personnel_code like '11446-%' limit 1")
                .query(String.class).single();
        HttpResponse<String> borrowed = viethoa.post("/api/people",
                body("Hà Văn Dò Mã", "10543-VHXH", ", \"personnelCode\": \"" + taken + "\""));
        assertThat(borrowed.body()).as("an existing code of another commune is refused as not issued here, not as taken")
                .contains("không do").doesNotContain("đã có");
        String own = "10543-" + (7000 + SEQ.incrementAndGet() % 999);
        HttpResponse<String> ok = viethoa.post("/api/people", body("Hà Văn Đúng Mã", "10543-VHXH", ", \"personnelCode\": \"" + own + "\""));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void exportsOfPersonalDataAreAuditedWithTheirFilterAndRows() {
        long gapsBefore = exports("vhxh.phulien", "gap_people");
        long peopleBefore = exports("truongphong.phulien", "person");
        assertThat(TestHttp.as(port, "vhxh.phulien").getBytes("/gaps/export.xlsx?category=QLNN").statusCode()).isEqualTo(200);
        assertThat(TestHttp.as(port, "truongphong.phulien").getBytes("/people/export.xlsx?q=nguyen").statusCode()).isEqualTo(200);
        assertThat(exports("vhxh.phulien", "gap_people")).isEqualTo(gapsBefore + 1);
        assertThat(exports("truongphong.phulien", "person")).isEqualTo(peopleBefore + 1);
        String gaps = jdbc.sql("select after::text from audit_event where action = 'EXPORT' and entity = 'gap_people' "
                + "and username = 'vhxh.phulien' order by id desc limit 1").query(String.class).single();
        assertThat(gaps).contains("\"rows\"", "QLNN");
        String people = jdbc.sql("select after::text from audit_event where action = 'EXPORT' and entity = 'person' "
                + "and username = 'truongphong.phulien' order by id desc limit 1").query(String.class).single();
        assertThat(people).contains("\"fullCitizenIds\": false", "nguyen");
    }

    @Test
    void theFormRefusesABorrowedFileCodeAndAForeignCitizenIdWithoutNamingTheHolder() {
        String held = freshCitizenId();
        long holder = create(TestHttp.as(port, "vhxh.phulien"), "Đào Văn Giữ Mẫu", "11446-VP", ", \"citizenId\": \"" + held + "\"");
        String code = jdbc.sql("select personnel_code from person where id = :id").param("id", holder).query(String.class).single();
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.viethoa", TestHttp.DEMO_PASSWORD);
        HttpResponse<String> page = browser.postForm("/people", "/people/new", java.util.Map.ofEntries(
                java.util.Map.entry("personnelCode", "11446-987653"), java.util.Map.entry("fullName", "Hà Văn Biểu Mẫu"),
                java.util.Map.entry("birthDate", "15/06/1988"), java.util.Map.entry("gender", "Nam"),
                java.util.Map.entry("ethnicity", "Kinh"), java.util.Map.entry("citizenId", held),
                java.util.Map.entry("staffKind", "Công chức"), java.util.Map.entry("leader", "Không"),
                java.util.Map.entry("title", "Chuyên viên"), java.util.Map.entry("unitCode", "10543-VHXH")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mã hồ sơ 11446-987653 không do", "10543-", "không dùng được số này")
                .doesNotContain(code);
    }

    @Test
    void thePeopleExportShowsFullCitizenIdsOnlyToRolesThatMaySeeThem() throws Exception {
        String cid = freshCitizenId();
        create(TestHttp.as(port, "vhxh.phulien"), "Khổng Thị Xuất Tệp", "11446-VHXH", ", \"citizenId\": \"" + cid + "\"");
        assertThat(exportedCitizenIds("vhxh.phulien")).containsExactly(cid);
        assertThat(exportedCitizenIds("truongphong.phulien")).containsExactly("*********" + cid.substring(9));
        String officer = jdbc.sql("select after::text from audit_event where action = 'EXPORT' and entity = 'person' "
                + "and username = 'vhxh.phulien' order by id desc limit 1").query(String.class).single();
        assertThat(officer).contains("\"fullCitizenIds\": true", "\"rows\": 1", "khong thi xuat tep");
    }

    private List<String> exportedCitizenIds(String username) throws Exception {
        HttpResponse<byte[]> x = TestHttp.as(port, username).getBytes("/people/export.xlsx?q=khong+thi+xuat+tep");
        assertThat(x.statusCode()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(x.body()))) {
            wb.getFirstSheet().openStream().skip(1).forEach(r -> ids.add(r.getCellText(5)));
        }
        return ids;
    }

    private HttpResponse<String> probe(TestHttp who, String citizenId) {
        return who.post("/api/people", body("Hà Văn Dò", "10543-VHXH", ", \"citizenId\": \"" + citizenId + "\""));
    }

    private long exports(String username, String entity) {
        return jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and username = :u and entity = :e")
                .param("u", username).param("e", entity).query(Long.class).single();
    }

    private JsonNode importAs(TestHttp who, byte[] file) throws InterruptedException {
        HttpResponse<String> started = who.upload("/api/people/import", "danh-sach.xlsx", file);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = TestHttp.json(started).get("importId").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode job = TestHttp.json(who.get("/api/people/import/" + id));
            String status = job.get("status").asString();
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return job;
            }
            assertThat(System.nanoTime()).as("import still running").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
