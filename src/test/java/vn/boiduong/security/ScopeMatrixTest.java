package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.demo.SyntheticData;

/**
 * Endpoint × role × target: who may read and change what. Targets sit in the commune officer A's own
 * agency, another agency of the same commune, a sibling commune of the same province, and another province;
 * the expected answers are written out below by hand, not derived from the code under test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTest {

    /** The demo accounts, one per role (two commune officers: A of Phù Liễn, B of Việt Hòa). */
    enum Who {
        ADMIN("admin.bonoivu"), PROVINCE("sonoivu.haiphong"), COMMUNE_A("vhxh.phulien"), COMMUNE_B("vhxh.viethoa"),
        HEAD_A("truongphong.phulien"), STAFF_A("canbo.phulien"), PROVIDER("truongchinhtri.haiphong");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** Where the record lies: A's agency (Phòng VH-XH of Phù Liễn), another agency of Phù Liễn, Việt Hòa, Hà Nội. */
    enum Where { OWN_AGENCY, OTHER_AGENCY, SIBLING_COMMUNE, OTHER_PROVINCE, SELF }

    //                                  ADMIN PROV  COM_A COM_B HEAD  STAFF PROVIDER
    private static final String MATRIX = """
            readUnit      OWN_AGENCY      Y     Y     Y     N     Y     N     N
            readUnit      OTHER_AGENCY    Y     Y     Y     N     N     N     N
            readUnit      SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            readUnit      OTHER_PROVINCE  Y     N     N     N     N     N     N
            unitPage      OWN_AGENCY      Y     Y     Y     N     Y     N     N
            unitPage      OTHER_PROVINCE  Y     N     N     N     N     N     N
            children      OTHER_AGENCY    Y     Y     Y     N     N     N     N
            children      SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            readPerson    SELF            Y     Y     Y     N     Y     Y     N
            readPerson    OWN_AGENCY      Y     Y     Y     N     Y     N     N
            readPerson    OTHER_AGENCY    Y     Y     Y     N     N     N     N
            readPerson    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            readPerson    OTHER_PROVINCE  Y     N     N     N     N     N     N
            personPage    SELF            Y     Y     Y     N     Y     Y     N
            personPage    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            history       OTHER_PROVINCE  Y     N     N     N     N     N     N
            listPeople    OWN_AGENCY      Y     Y     Y     N     Y     N     N
            listPeople    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            listPeople    OTHER_PROVINCE  Y     N     N     N     N     N     N
            revealId      OWN_AGENCY      Y     Y     Y     N     N     N     N
            revealId      SELF            Y     Y     Y     N     N     N     N
            revealId      OTHER_PROVINCE  Y     N     N     N     N     N     N
            createAgency  OWN_AGENCY      Y     Y     Y     N     N     N     N
            createAgency  SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            createAgency  OTHER_PROVINCE  Y     N     N     N     N     N     N
            renameAgency  OTHER_AGENCY    Y     Y     Y     N     N     N     N
            renameAgency  SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            renameAgency  OTHER_PROVINCE  Y     N     N     N     N     N     N
            renameCommune OWN_AGENCY      Y     N     N     N     N     N     N
            listUsers     OWN_AGENCY      Y     Y     Y     N     N     N     N
            listUsers     SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            listUsers     OTHER_PROVINCE  Y     N     N     N     N     N     N
            createUser    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            createUser    OTHER_PROVINCE  Y     N     N     N     N     N     N
            readAudit     OWN_AGENCY      Y     Y     Y     Y     N     N     N
            exportPeople  OWN_AGENCY      Y     Y     Y     N     Y     N     N
            exportPeople  OTHER_PROVINCE  Y     N     N     N     N     N     N
            createPerson  OWN_AGENCY      Y     Y     Y     N     N     N     N
            createPerson  SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            createPerson  OTHER_PROVINCE  Y     N     N     N     N     N     N
            importJob     OWN_AGENCY      Y     Y     Y     N     N     N     N
            needs         OWN_AGENCY      Y     Y     Y     N     Y     N     N
            needs         SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            needs         OTHER_PROVINCE  Y     N     N     N     N     N     N
            gapUnits      OTHER_PROVINCE  Y     N     N     N     N     N     N
            personGaps    SELF            Y     Y     Y     N     Y     Y     N
            personGaps    OTHER_PROVINCE  Y     N     N     N     N     N     N
            addCert       OWN_AGENCY      Y     Y     Y     N     N     N     N
            addCert       OTHER_PROVINCE  Y     N     N     N     N     N     N
            editStandard  OWN_AGENCY      Y     Y     N     N     N     N     N
            personTraining SELF           Y     Y     Y     N     Y     Y     N
            personTraining SIBLING_COMMUNE Y    Y     N     Y     N     N     N
            personTraining OTHER_PROVINCE Y     N     N     N     N     N     N
            continuity    OWN_AGENCY      Y     Y     Y     N     Y     N     N
            continuity    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            continuity    OTHER_PROVINCE  Y     N     N     N     N     N     N
            setContinuity OWN_AGENCY      N     Y     Y     N     Y     N     N
            setContinuity OTHER_AGENCY    N     Y     Y     N     N     N     N
            setContinuity SIBLING_COMMUNE N     Y     N     Y     N     N     N
            readClass     OWN_AGENCY      Y     Y     Y     N     Y     N     N
            readClass     SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            readClass     OTHER_PROVINCE  Y     N     N     N     N     N     N
            propose       OWN_AGENCY      N     Y     Y     N     Y     N     N
            propose       OTHER_AGENCY    N     Y     Y     N     N     N     N
            propose       SIBLING_COMMUNE N     Y     N     Y     N     N     N
            propose       OTHER_PROVINCE  N     N     N     N     N     N     N
            readPlan      OWN_AGENCY      Y     Y     Y     N     N     N     N
            readPlan      SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            readPlan      OTHER_PROVINCE  Y     N     N     N     N     N     N
            readEffect    OWN_AGENCY      Y     Y     Y     N     Y     N     N
            readEffect    OTHER_AGENCY    Y     Y     Y     N     N     N     N
            readEffect    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            saveEffect    OWN_AGENCY      N     N     N     N     Y     N     N
            saveEffect    OTHER_AGENCY    N     N     N     N     N     N     N
            saveEffect    SIBLING_COMMUNE N     N     N     N     N     N     N
            feedbackClass OWN_AGENCY      Y     Y     Y     N     Y     N     N
            ratingHistory SELF            Y     Y     Y     N     Y     Y     N
            ratingHistory OWN_AGENCY      Y     Y     Y     N     Y     N     N
            ratingHistory OTHER_AGENCY    Y     Y     Y     N     N     N     N
            ratingHistory SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            ratingHistory OTHER_PROVINCE  Y     N     N     N     N     N     N
            ratingAlerts  OWN_AGENCY      Y     Y     Y     Y     Y     N     N
            feedbackClass SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            feedbackClass OTHER_PROVINCE  Y     N     N     N     N     N     N
            budget        OWN_AGENCY      Y     Y     Y     N     N     N     N
            budget        SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            budget        OTHER_PROVINCE  Y     N     N     N     N     N     N
            budgetPage    SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            dashboard     OWN_AGENCY      Y     Y     Y     N     N     N     N
            dashboard     SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            dashboard     OTHER_PROVINCE  Y     N     N     N     N     N     N
            agencyBoard   OWN_AGENCY      Y     Y     Y     N     Y     N     N
            agencyBoard   OTHER_AGENCY    Y     Y     Y     N     N     N     N
            dashPage      SIBLING_COMMUNE Y     Y     N     Y     N     N     N
            """;

    @LocalServerPort
    int port;
    @Autowired
    SyntheticData synthetic;
    @Autowired
    JdbcClient jdbc;

    /** Per target: a test agency (written to), the agency holding it, one person there, the commune. */
    record Target(long agencyId, long parentAgencyId, long personId, long communeId) {
    }

    private final Map<Where, Target> targets = new EnumMap<>(Where.class);
    /** An import started by commune officer A (a roster with one row), read by others. */
    private long importJob;
    private int serial;

    @BeforeAll
    void fixture() {
        synthetic.generate("00004", 7); // people in Hà Nội (Phường Ba Đình) for the other-province target
        TestHttp admin = TestHttp.as(port, Who.ADMIN.username);
        targets.put(Where.OWN_AGENCY, target(admin, "11446-VHXH", "11446"));
        targets.put(Where.OTHER_AGENCY, target(admin, "11446-KT", "11446"));
        targets.put(Where.SIBLING_COMMUNE, target(admin, "10543-VHXH", "10543"));
        targets.put(Where.OTHER_PROVINCE, target(admin, "00004-VHXH", "00004"));
        long self = TestHttp.json(TestHttp.as(port, Who.STAFF_A.username).get("/api/me")).get("personId").asLong();
        Target own = targets.get(Where.OWN_AGENCY);
        targets.put(Where.SELF, new Target(own.agencyId(), own.parentAgencyId(), self, own.communeId()));
        importJob = TestHttp.json(TestHttp.as(port, Who.COMMUNE_A.username).upload("/api/people/import", "a.xlsx",
                vn.boiduong.TestXlsx.roster(List.<Object[]>of(vn.boiduong.TestXlsx.person(null, "Lê Thị Nhập", "01/01/1990", null, "11446-VHXH")))))
                .get("importId").asLong();
    }

    private Target target(TestHttp admin, String agencyCode, String communeCode) {
        long parent = idOf(agencyCode);
        long personId = jdbc.sql("select id from person where org_unit_id = :u order by id desc limit 1")
                .param("u", parent).query(Long.class).single();
        HttpResponse<String> created = admin.post("/api/org-units", """
                {"parentId": %d, "code": "%s-MT", "name": "Tổ kiểm thử phạm vi", "subkind": "KHAC"}"""
                .formatted(parent, agencyCode));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Target(TestHttp.json(created).get("id").asLong(), parent, personId, idOf(communeCode));
    }

    private long idOf(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            for (Who who : Who.values()) {
                rows.add(Arguments.of(cells[0], Where.valueOf(cells[1]), who, cells[2 + who.ordinal()].equals("Y")));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} → allowed={3}")
    @MethodSource("matrix")
    void everyEndpointRespectsTheScope(String endpoint, Where where, Who who, boolean allowed) {
        Target t = targets.get(where);
        TestHttp http = TestHttp.as(port, who.username);
        HttpResponse<String> response = switch (endpoint) {
            case "readUnit" -> http.get("/api/org-units/" + t.agencyId());
            case "unitPage" -> http.get("/units/" + t.parentAgencyId());
            case "children" -> http.get("/api/org-units/" + t.parentAgencyId() + "/children");
            case "readPerson" -> http.get("/api/people/" + t.personId());
            case "personPage" -> http.get("/people/" + t.personId());
            case "history" -> http.get("/api/people/" + t.personId() + "/assignments");
            case "listPeople" -> http.get("/api/people?unitId=" + t.parentAgencyId());
            case "revealId" -> http.post("/api/people/" + t.personId() + "/citizen-id", "");
            case "createAgency" -> http.post("/api/org-units", """
                    {"parentId": %d, "code": "MX-%d-%d", "name": "Đơn vị thử", "subkind": "KHAC"}"""
                    .formatted(t.parentAgencyId(), System.nanoTime() % 1_000_000, ++serial));
            case "renameAgency" -> http.put("/api/org-units/" + t.agencyId(), """
                    {"name": "Tổ kiểm thử phạm vi", "subkind": "KHAC", "active": true, "version": %d}"""
                    .formatted(version(t.agencyId())));
            case "renameCommune" -> http.put("/api/org-units/" + t.communeId(), """
                    {"name": "Phường Phù Liễn", "subkind": null, "active": true, "version": %d}"""
                    .formatted(version(t.communeId())));
            case "listUsers" -> http.get("/api/users?unitId=" + t.parentAgencyId());
            case "createUser" -> http.post("/api/users", """
                    {"username": "mx.%d.%d", "password": "mat-khau-du-dai-2026", "fullName": "Người thử",
                     "role": "STAFF", "orgUnitId": %d}""".formatted(System.nanoTime() % 1_000_000, ++serial, t.parentAgencyId()));
            case "readAudit" -> http.get("/api/audit?entity=org_unit");
            case "exportPeople" -> http.get("/people/export.xlsx?unitId=" + t.parentAgencyId());
            case "createPerson" -> http.post("/api/people", """
                    {"fullName": "Người Thử Phạm Vi", "birthDate": "01/01/1990", "gender": "M", "ethnicity": "01",
                     "staffKind": "CONG_CHUC", "title": "Chuyên viên", "unitCode": "%s"}""".formatted(codeOf(t.parentAgencyId())));
            case "importJob" -> http.get("/api/people/import/" + importJob);
            case "needs" -> http.get("/api/gaps/needs?unitId=" + t.parentAgencyId());
            case "gapUnits" -> http.get("/api/gaps/units?unitId=" + t.communeId());
            case "personGaps" -> http.get("/api/people/" + t.personId() + "/standard");
            case "addCert" -> http.post("/api/people/" + t.personId() + "/qualifications",
                    "{\"programCode\": \"CNTT_CO_BAN\", \"issuedOn\": \"01/10/2026\"}");
            case "personTraining" -> http.get("/api/people/" + t.personId() + "/training");
            case "continuity" -> http.get("/api/units/" + t.parentAgencyId() + "/continuity");
            case "setContinuity" -> http.put("/api/units/" + t.parentAgencyId() + "/continuity",
                    "{\"minPresentPercent\": 60, \"singleHolderPositions\": [], \"version\": %d}".formatted(continuityVersion(t.parentAgencyId())));
            case "readClass" -> http.get("/api/classes/" + communeRecord("training_class", t.communeId()));
            case "propose" -> http.post("/api/classes/" + provinceClass() + "/proposals", "{\"personIds\": [" + t.personId() + "]}");
            case "dashboard" -> http.get("/api/dashboard?unit=" + t.communeId());
            case "agencyBoard" -> http.get("/api/dashboard?unit=" + t.parentAgencyId());
            case "dashPage" -> http.get("/targets?unit=" + t.communeId());
            case "budget" -> http.get("/api/budget?year=2026&unitId=" + t.communeId());
            case "budgetPage" -> http.get("/budget?year=2026&unitId=" + t.communeId());
            case "readEffect" -> http.get("/api/evaluations/effect/" + effectOf(where));
            case "saveEffect" -> http.put("/api/evaluations/effect/" + effectOf(where), "{\"version\": %d}".formatted(
                    jdbc.sql("select version from effect_evaluation where id = :id").param("id", effectOf(where)).query(Integer.class).single()));
            case "ratingHistory" -> http.get("/api/evaluations/ratings/people/" + t.personId());
            case "ratingAlerts" -> http.get("/api/evaluations/ratings/alerts");
            case "feedbackClass" -> http.get("/api/evaluations/feedback/classes/" + communeRecord("training_class", t.communeId()));
            case "readPlan" -> http.get("/api/plans/" + communeRecord("training_plan", t.communeId()));
            case "editStandard" -> http.put("/api/standards/requirements/" + itRequirement(), """
                    {"type": "IT", "minLevel": "CO_BAN", "note": "Ứng dụng công nghệ thông tin cơ bản"}""");
            default -> throw new IllegalArgumentException(endpoint);
        };
        int status = response.statusCode();
        if (allowed) {
            assertThat(status).as("%s %s as %s: %s", endpoint, where, who, response.body()).isIn(200, 201, 204);
        } else if (endpoint.equals("createPerson") && status == 400) {
            // a writer naming a unit outside their scope is told so on the field, and nothing is written
            assertThat(response.body()).as("%s %s as %s", endpoint, where, who).contains("unitCode", "ngoài phạm vi");
        } else {
            assertThat(status).as("%s %s as %s: %s", endpoint, where, who, response.body()).isEqualTo(403);
        }
    }

    /** The current IT requirement of the VAN_THU position (re-saved unchanged by the allowed roles). */
    private long itRequirement() {
        return jdbc.sql("select r.id from requirement r join job_position p on p.id = r.job_position_id "
                + "where p.code = 'VAN_THU' and r.type = 'IT' and r.valid_to is null").query(Long.class).single();
    }

    /** An unsigned effect evaluation of the demo in the target's unit (A's agency, another agency of A's commune, Việt Hòa). */
    private long effectOf(Where where) {
        String unit = switch (where) {
            case OWN_AGENCY, SELF -> "o.code = '11446-VHXH'";
            case OTHER_AGENCY -> "o.path like '/VN/31/11446/%' and o.code <> '11446-VHXH' and o.path not like '%/11446-VHXH/%'";
            default -> "o.path like '/VN/31/10543/%'";
        };
        return jdbc.sql("select e.id from effect_evaluation e join org_unit o on o.id = e.org_unit_id where e.status = 'DUE' and "
                + unit + " order by e.id limit 1").query(Long.class).single();
    }

    private int continuityVersion(long unitId) {
        return jdbc.sql("select coalesce(max(version), 0) from unit_continuity where org_unit_id = :u").param("u", unitId)
                .query(Integer.class).single();
    }

    /** A class (or plan) of the commune, made here as data: what is checked is who may read it. */
    private long communeRecord(String table, long communeId) {
        if ("training_plan".equals(table)) {
            var plan = jdbc.sql("select id from training_plan where org_unit_id = :c order by id limit 1")
                    .param("c", communeId).query(Long.class).optional();
            if (plan.isPresent()) {
                return plan.get();
            }
        }
        if ("training_class".equals(table)) {
            var own = jdbc.sql("select id from training_class where organiser_unit_id = :c and code like 'MX-%' limit 1")
                    .param("c", communeId).query(Long.class).optional();
            if (own.isPresent()) {
                return own.get();
            }
            return jdbc.sql("insert into training_class (code, name, program_code, organiser_unit_id, starts_on, ends_on, sessions, "
                            + "place_kind, delivery, time_slot, capacity, created_by) values (:code, 'Lớp phạm vi', 'CMCN', :c, "
                            + "current_date + 500, current_date + 501, 2, 'ON_SITE', 'IN_PERSON', 'EVENING', 5, 'test') returning id")
                    .param("code", "MX-" + communeId).param("c", communeId).query(Long.class).single();
        }
        return jdbc.sql("insert into training_plan (org_unit_id, level, year, due_on, created_by) values (:c, 'COMMUNE', 2030, "
                + "date '2029-11-20', 'test') returning id").param("c", communeId).query(Long.class).single();
    }

    /** A fresh province class per call (distinct dates), so every allowed proposal is the person's first. */
    private long provinceClass() {
        int n = ++serial;
        return jdbc.sql("insert into training_class (code, name, program_code, organiser_unit_id, starts_on, ends_on, sessions, "
                        + "place_kind, delivery, time_slot, capacity, created_by) values (:code, 'Lớp đề xuất', 'CMCN', "
                        + "(select id from org_unit where code = '31'), current_date + 600 + :n * 3, current_date + 601 + :n * 3, 2, "
                        + "'CENTRAL', 'IN_PERSON', 'EVENING', 50, 'test') returning id")
                .param("code", "MX-P-" + n).param("n", n).query(Long.class).single();
    }

    private String codeOf(long unitId) {
        return jdbc.sql("select code from org_unit where id = :id").param("id", unitId).query(String.class).single();
    }

    private int version(long unitId) {
        return jdbc.sql("select version from org_unit where id = :id").param("id", unitId).query(Integer.class).single();
    }

    @Test
    void listsWithoutAUnitReturnOnlyTheCallersSubtree() {
        for (Who who : List.of(Who.PROVINCE, Who.COMMUNE_A, Who.COMMUNE_B, Who.HEAD_A)) {
            TestHttp http = TestHttp.as(port, who.username);
            String scope = TestHttp.json(http.get("/api/me")).get("scopePath").asString();
            JsonNode page = TestHttp.json(http.get("/api/people?size=200"));
            assertThat(page.get("items").size()).isPositive();
            page.get("items").forEach(p -> assertThat(p.get("orgUnitPath").asString()).startsWith(scope));
            if (who != Who.HEAD_A) {
                TestHttp.json(http.get("/api/audit?size=200")).get("entries")
                        .forEach(e -> assertThat(e.get("scopePath").asString()).startsWith(scope));
            }
        }
    }

    @Test
    void guessingIdsAcrossTheBorderRevealsNothing() {
        TestHttp communeA = TestHttp.as(port, Who.COMMUNE_A.username);
        List<Long> foreign = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id "
                + "where o.path not like '/VN/31/11446/%' order by random() limit 25").query(Long.class).list();
        for (long id : foreign) {
            HttpResponse<String> r = communeA.get("/api/people/" + id);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).doesNotContain("fullName");
        }
        assertThat(communeA.get("/api/people/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousCallsAreRefused() {
        HttpResponse<String> api = TestHttp.browser(port).get("/api/people");
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> page = TestHttp.browser(port).get("/people");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
