package vn.boiduong.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.Dates;

/**
 * After a rebuild the facts of a commune and of the province equal SQL written here from the live tables; a completed
 * training moves them through the event refresh; scope, admin validation, audit and the XLSX exports over real HTTP.
 */
@IntegrationTest
class TargetFactsTest {

    static final LocalDate TODAY = LocalDate.now(vn.boiduong.shared.ClockConfiguration.VIETNAM);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TargetFacts facts;

    static boolean built;

    @BeforeEach
    void rebuild() {
        if (built) {
            return;
        }
        built = true;
        HttpResponse<String> r = TestHttp.as(port, "admin.bonoivu").post("/api/targets/facts/rebuild", "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(TestHttp.json(r).get("millis").asLong()).isNotNegative();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private JsonNode card(String user, String unitCode, String target) {
        JsonNode d = TestHttp.json(TestHttp.as(port, user).get("/api/dashboard?unit=" + unit(unitCode)));
        for (JsonNode c : d.get("cards")) {
            if (c.get("code").asText().equals(target)) {
                return c;
            }
        }
        throw new AssertionError(target + " not on the dashboard of " + unitCode);
    }

    /** {numerator, denominator} computed independently from the live tables, for people under a path. */
    private long[] expected(String sql, String path) {
        return jdbc.sql(sql).param("path", path).param("today", TODAY)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    static final String WOMEN_IN_COMMITTEE = """
            select count(*) filter (where p.gender = 'F'), count(*) from person p join org_unit o on o.id = p.org_unit_id
            where o.path like :path || '%' and p.status = 'ACTIVE' and p.party_committee_member and cast(:today as date) is not null
            """;
    static final String SECTOR_SKILLS = """
            select count(*) filter (where exists (select 1 from qualification q join program g on g.code = q.program_code
                                                  where q.person_id = p.id and g.category = 'KY_NANG_NGANH' and q.issued_on <= :today)
                                        or exists (select 1 from enrollment e join training_class c on c.id = e.class_id
                                                   join program g on g.code = c.program_code where e.person_id = p.id
                                                   and e.status = 'COMPLETED' and g.category = 'KY_NANG_NGANH' and e.completed_on <= :today)),
                   count(*)
            from person p join org_unit o on o.id = p.org_unit_id
            where o.path like :path || '%' and p.status = 'ACTIVE' and p.staff_kind in ('CAN_BO', 'CONG_CHUC')
            """;
    static final String LEADERS_MEETING_TITLE = """
            select count(*) filter (where not exists (select 1 from person_gap g where g.person_id = p.id and g.category = 'TITLE_STANDARD')),
                   count(*)
            from person p join org_unit o on o.id = p.org_unit_id
            where o.path like :path || '%' and p.status = 'ACTIVE' and p.is_leader and cast(:today as date) is not null
            """;
    static final String EFFECT_SIGNED_OF_DUE = """
            select count(*) filter (where ee.signed_at is not null and cast(ee.signed_at as date) <= :today), count(*)
            from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id
            where o.path like :path || '%' and ee.due_on <= :today
            """;

    @Test
    void factsOfACommuneAndOfTheProvinceEqualTheRecords() {
        Map<String, String> checks = Map.of("NU_CAP_UY_2030", WOMEN_IN_COMMITTEE, "KY_NANG_NGANH_2028", SECTOR_SKILLS,
                "LANH_DAO_DAT_CHUAN_2030", LEADERS_MEETING_TITLE, "DANH_GIA_HIEU_QUA", EFFECT_SIGNED_OF_DUE);
        long people = 0;
        for (var check : checks.entrySet()) {
            for (String[] u : List.of(new String[] {"vhxh.phulien", "11446", "/VN/31/11446/"}, new String[] {"sonoivu.haiphong", "31", "/VN/31/"})) {
                long[] e = expected(check.getValue(), u[2]);
                JsonNode c = card(u[0], u[1], check.getKey());
                assertThat(new long[] {c.get("numerator").asLong(), c.get("denominator").asLong()}).as(check.getKey() + " at " + u[1])
                        .containsExactly(e);
                people += e[1];
            }
        }
        assertThat(people).as("the demo has people to count").isPositive();
    }

    @Test
    void theProvinceMatrixHasEveryCommuneAndItsCellsSumToTheProvince() {
        JsonNode d = TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/dashboard?unit=" + unit("31")));
        long communes = jdbc.sql("select count(*) from org_unit where parent_id = :p").param("p", unit("31")).query(Long.class).single();
        assertThat(d.get("rows").size()).isEqualTo(communes);
        long target = jdbc.sql("select id from target where code = 'KY_NANG_NGANH_2028'").query(Long.class).single();
        long sum = 0;
        for (JsonNode r : d.get("rows")) {
            JsonNode cell = r.get("cells").get(String.valueOf(target));
            sum += cell == null ? 0 : cell.get("denominator").asLong();
        }
        assertThat(sum).isEqualTo(expected(SECTOR_SKILLS, "/VN/31/")[1]);
        HttpResponse<String> page = TestHttp.as(port, "sonoivu.haiphong").get("/targets");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"targets-matrix\"").contains("id=\"targets-data\"").contains("Phù Liễn");
    }

    @Test
    void aCompletedTrainingMovesTheNumbersAfterTheRefresh() {
        List<Long> people = jdbc.sql("""
                        select p.id from person p join org_unit o on o.id = p.org_unit_id
                        where o.path like '/VN/31/11446/%' and p.status = 'ACTIVE' and p.staff_kind in ('CAN_BO', 'CONG_CHUC')
                          and not exists (select 1 from app_user a where a.person_id = p.id)
                          and not exists (select 1 from enrollment e where e.person_id = p.id and e.status in ('PROPOSED', 'APPROVED', 'WAITLISTED', 'ATTENDING'))
                          and not exists (select 1 from qualification q join program g on g.code = q.program_code where q.person_id = p.id and g.category = 'KY_NANG_BO_TRO')
                          and not exists (select 1 from enrollment e join training_class c on c.id = e.class_id join program g on g.code = c.program_code
                                          where e.person_id = p.id and e.status = 'COMPLETED' and g.category = 'KY_NANG_BO_TRO')
                        order by p.id limit 2
                        """).query(Long.class).list();
        assertThat(people).hasSize(2);
        long communeBefore = card("vhxh.phulien", "11446", "KY_NANG_BO_TRO_2028").get("numerator").asLong();
        long provinceBefore = card("sonoivu.haiphong", "31", "KY_NANG_BO_TRO_2028").get("numerator").asLong();
        complete(people, TODAY.minusDays(1));
        assertThat(jdbc.sql("select count(*) from fact_dirty where commune_id = :c").param("c", unit("11446")).query(Long.class).single())
                .as("the completion marked the commune").isEqualTo(1);
        facts.refreshDirty();
        assertThat(card("vhxh.phulien", "11446", "KY_NANG_BO_TRO_2028").get("numerator").asLong()).isEqualTo(communeBefore + 2);
        assertThat(card("sonoivu.haiphong", "31", "KY_NANG_BO_TRO_2028").get("numerator").asLong()).isEqualTo(provinceBefore + 2);
        assertThat(card("admin.bonoivu", "VN", "KY_NANG_BO_TRO_2028").get("numerator").asLong()).isGreaterThanOrEqualTo(provinceBefore + 2);
    }

    private void complete(List<Long> people, LocalDate endsOn) {
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        HttpResponse<String> created = commune.post("/api/classes", """
                {"name": "Lớp chỉ tiêu", "programCode": "KN_GIAO_TIEP_HANH_CHINH", "startsOn": "%s", "endsOn": "%s", "sessions": "2",
                 "placeKind": "ON_SITE", "delivery": "IN_PERSON", "timeSlot": "EVENING", "capacity": "20",
                 "costPerClass": "1000000", "costPerTrainee": "0", "fundingSource": "NSNN_XA"}
                """.formatted(Dates.format(endsOn.minusDays(1)), Dates.format(endsOn)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long classId = TestHttp.json(created).get("id").asLong();
        HttpResponse<String> proposed = commune.post("/api/classes/" + classId + "/proposals",
                "{\"personIds\": %s, \"note\": \"kiểm thử\"}".formatted(people));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        for (JsonNode n : TestHttp.json(proposed)) {
            long id = n.asLong();
            assertThat(commune.post("/api/enrollments/" + id + "/approve", "{\"override\": false}").statusCode()).isEqualTo(200);
        }
        assertThat(commune.post("/api/classes/" + classId + "/start", "").statusCode()).isEqualTo(200);
        for (JsonNode n : TestHttp.json(proposed)) {
            HttpResponse<String> r = commune.post("/api/enrollments/" + n.asLong() + "/result", """
                    {"sessionsAttended": "2", "grade": "8", "certificateNo": "CT-%d", "certificateDate": "%s"}
                    """.formatted(n.asLong(), Dates.format(endsOn)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommuneAndFinanceReadsTheProvince() {
        long other = unit("10543");
        long target = jdbc.sql("select id from target where code = 'KY_NANG_NGANH_2028'").query(Long.class).single();
        TestHttp phulien = TestHttp.as(port, "vhxh.phulien");
        assertThat(phulien.get("/api/dashboard?unit=" + other).statusCode()).isEqualTo(403);
        assertThat(phulien.get("/api/targets/" + target + "/people?unit=" + other).statusCode()).isEqualTo(403);
        assertThat(phulien.get("/api/dashboard").statusCode()).isEqualTo(200);
        assertThat(TestHttp.as(port, "taichinh.haiphong").get("/api/dashboard?unit=" + unit("31")).statusCode()).isEqualTo(200);
        assertThat(TestHttp.as(port, "taichinh.haiphong").post("/api/targets/facts/rebuild", "").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "sonoivu.haiphong").post("/api/targets/facts/rebuild", "").statusCode()).isEqualTo(403);
    }

    @Test
    void theGapPeopleListMatchesTheRecordsAndExports() throws Exception {
        long target = jdbc.sql("select id from target where code = 'KY_NANG_NGANH_2028'").query(Long.class).single();
        long[] e = expected(SECTOR_SKILLS, "/VN/31/11446/");
        JsonNode page = TestHttp.json(TestHttp.as(port, "vhxh.phulien").get("/api/targets/" + target + "/people?unit=" + unit("11446") + "&size=5"));
        assertThat(page.get("total").asLong()).isEqualTo(e[1] - e[0]);
        // the list searches like the people list (issue 14, point 11): the file code by its start in any case, the
        // name as typed with accents first
        JsonNode first = page.get("items").get(0);
        String code = first.get("personnelCode").asString();
        String base = "/api/targets/" + target + "/people?unit=" + unit("11446") + "&size=50&q=";
        JsonNode byCode = TestHttp.json(TestHttp.as(port, "vhxh.phulien").get(base + code.toLowerCase()));
        assertThat(byCode.get("items").get(0).get("personnelCode").asString()).isEqualTo(code);
        String fullName = first.get("fullName").asString();
        String given = fullName.substring(fullName.lastIndexOf(' ') + 1);
        JsonNode byName = TestHttp.json(TestHttp.as(port, "vhxh.phulien")
                .get(base + java.net.URLEncoder.encode(given, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(byName.get("total").asLong()).isPositive();
        assertThat(" " + byName.get("items").get(0).get("fullName").asString() + " ").contains(" " + given + " ");
        var x = TestHttp.as(port, "vhxh.phulien").getBytes("/targets/" + target + "/people.xlsx?unit=" + unit("11446"));
        assertThat(x.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()))) {
            long rows = wb.getFirstSheet().read().stream().skip(2).filter(r -> !r.getCellText(1).isBlank()).count();
            assertThat(rows).isEqualTo(e[1] - e[0]);
        }
        var m = TestHttp.as(port, "sonoivu.haiphong").getBytes("/targets/export/matrix.xlsx?unit=" + unit("31"));
        assertThat(m.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(m.body()))) {
            assertThat(wb.getFirstSheet().read().stream().filter(r -> r.getCellText(0).contains("Phù Liễn")).count()).isEqualTo(1);
        }
    }

    @Test
    void targetsAreValidatedAuditedAndLockedOptimistically() {
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        HttpResponse<String> bad = province.post("/api/targets", """
                {"code": "x y", "name": "", "sourceRef": "KH", "populationKind": "PEOPLE", "measure": "PERCENT", "targetValue": "120",
                 "baselineOn": "01/01/2026", "deadline": "31/12/2025", "level": "NATION",
                 "population": {"staffKinds": ["KHONG_CO"]}, "condition": {"kind": "TRAINED"}}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("code").contains("name").contains("targetValue").contains("deadline").contains("level")
                .contains("population.staffKinds").contains("condition.programs");
        String code = "TINH_TEST_" + System.nanoTime() % 100000;
        HttpResponse<String> ok = province.post("/api/targets", """
                {"code": "%s", "name": "Công chức nữ được bồi dưỡng CNTT", "sourceRef": "KH tỉnh thử", "populationKind": "PEOPLE",
                 "measure": "PERCENT", "targetValue": "80", "baselineOn": "01/01/2026", "deadline": "31/12/2029", "level": "COMMUNE",
                 "population": {"staffKinds": ["CONG_CHUC"], "gender": "F"}, "condition": {"kind": "TRAINED", "categories": ["CNTT"]}}
                """.formatted(code));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode t = TestHttp.json(ok);
        assertThat(t.get("ownerUnitId").asLong()).isEqualTo(unit("31"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TARGET_CREATE' and entity_id = :id")
                .param("id", t.get("id").asText()).query(Long.class).single()).isEqualTo(1);
        String body = ok.body().replace("\"targetValue\":80.00", "\"targetValue\":\"90\"").replace("\"baselineOn\":\"2026-01-01\"", "\"baselineOn\":\"01/01/2026\"")
                .replace("\"deadline\":\"2029-12-31\"", "\"deadline\":\"31/12/2029\"");
        assertThat(province.put("/api/targets/" + t.get("id").asLong(), body).statusCode()).isEqualTo(200);
        assertThat(province.put("/api/targets/" + t.get("id").asLong(), body).statusCode()).as("stale version").isEqualTo(409);
        assertThat(TestHttp.as(port, "vhxh.phulien").post("/api/targets", ok.body()).statusCode()).isEqualTo(403);
        long ministry = jdbc.sql("select id from target where code = 'NU_CAP_UY_2030'").query(Long.class).single();
        assertThat(province.put("/api/targets/" + ministry, body).statusCode()).as("a province does not edit the ministry's").isEqualTo(403);
    }
}
