package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
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

    /** The handler (METHOD path pattern) each action of {@link #MATRIX} exercises; the other endpoints are rows of {@link EndpointTable}. */
    private static final Map<String, String> HANDLERS = Map.ofEntries(
            Map.entry("readUnit", "GET /api/org-units/{id}"), Map.entry("unitPage", "GET /units/{id}"),
            Map.entry("children", "GET /api/org-units/{id}/children"), Map.entry("readPerson", "GET /api/people/{id}"),
            Map.entry("personPage", "GET /people/{id}"), Map.entry("history", "GET /api/people/{id}/assignments"),
            Map.entry("listPeople", "GET /api/people"), Map.entry("revealId", "POST /api/people/{id}/citizen-id"),
            Map.entry("createAgency", "POST /api/org-units"), Map.entry("renameAgency", "PUT /api/org-units/{id}"),
            Map.entry("renameCommune", "PUT /api/org-units/{id}"), Map.entry("listUsers", "GET /api/users"),
            Map.entry("createUser", "POST /api/users"), Map.entry("readAudit", "GET /api/audit"),
            Map.entry("exportPeople", "GET /people/export.xlsx"), Map.entry("createPerson", "POST /api/people"),
            Map.entry("importJob", "GET /api/people/import/{id}"), Map.entry("needs", "GET /api/gaps/needs"),
            Map.entry("gapUnits", "GET /api/gaps/units"), Map.entry("personGaps", "GET /api/people/{id}/standard"),
            Map.entry("addCert", "POST /api/people/{id}/qualifications"), Map.entry("editStandard", "PUT /api/standards/requirements/{id}"),
            Map.entry("personTraining", "GET /api/people/{id}/training"), Map.entry("continuity", "GET /api/units/{id}/continuity"),
            Map.entry("setContinuity", "PUT /api/units/{id}/continuity"), Map.entry("readClass", "GET /api/classes/{id}"),
            Map.entry("propose", "POST /api/classes/{id}/proposals"), Map.entry("readPlan", "GET /api/plans/{id}"),
            Map.entry("readEffect", "GET /api/evaluations/effect/{id}"), Map.entry("saveEffect", "PUT /api/evaluations/effect/{id}"),
            Map.entry("feedbackClass", "GET /api/evaluations/feedback/classes/{classId}"),
            Map.entry("ratingHistory", "GET /api/evaluations/ratings/people/{personId}"),
            Map.entry("ratingAlerts", "GET /api/evaluations/ratings/alerts"), Map.entry("budget", "GET /api/budget"),
            Map.entry("budgetPage", "GET /budget"), Map.entry("dashboard", "GET /api/dashboard"),
            Map.entry("agencyBoard", "GET /api/dashboard"), Map.entry("dashPage", "GET /targets"));

    /** Handlers without a row, each with the reason it needs none (kept honest and few). */
    private static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("GET /login", "the sign-in page, read before anyone is signed in"),
            Map.entry("GET /login/otp", "the second sign-in step: answers only the session whose password was right"),
            Map.entry("POST /login/otp", "checks the code of the session whose password was right, nothing else"),
            Map.entry("GET /", "the home page: the signed-in user's own menu and counters, no record named in the request"),
            Map.entry("GET /api/me", "the signed-in user's own account, nothing of anyone else can be named"),
            Map.entry("GET /account/password", "the form to change one's own password"),
            Map.entry("POST /account/password", "changes one's own password only, after checking the current one"),
            Map.entry("GET /account/mfa", "one's own second factor"),
            Map.entry("POST /account/mfa/enrolment", "starts one's own enrolment, no record named"),
            Map.entry("POST /account/mfa/confirm", "confirms one's own enrolment with a code"),
            Map.entry("POST /account/mfa/disable", "turns off one's own second factor, after a code"),
            Map.entry("GET /api/account/mfa", "one's own second factor"),
            Map.entry("POST /api/account/mfa/enrolment", "starts one's own enrolment, no record named"),
            Map.entry("POST /api/account/mfa/enrolment/confirm", "confirms one's own enrolment with a code"),
            Map.entry("POST /api/account/mfa/disable", "turns off one's own second factor, after a code"),
            Map.entry("GET /evaluations", "the evaluation menu: links chosen by role, no record read"));

    @LocalServerPort
    int port;
    @Autowired
    SyntheticData synthetic;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** Per target: a test agency (written to), the agency holding it, one person there, the commune. */
    record Target(long agencyId, long parentAgencyId, long personId, long communeId) {
    }

    private final Map<Where, Target> targets = new EnumMap<>(Where.class);
    /** An import started by commune officer A (a roster with one row), read by others. */
    private long importJob;
    /** An import of A whose only row names no unit: its commit is refused on the content once the scope lets it through. */
    private long failedImport;
    /** Records made once for the endpoint rows. */
    private final Map<String, Long> made = new java.util.concurrent.ConcurrentHashMap<>();
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
        failedImport = TestHttp.json(TestHttp.as(port, Who.COMMUNE_A.username).upload("/api/people/import", "b.xlsx",
                vn.boiduong.TestXlsx.roster(List.<Object[]>of(vn.boiduong.TestXlsx.person(null, "Lê Thị Lỗi", "01/01/1990", null, "KHONG-CO")))))
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

    /** A record of the target named in an endpoint row ({@code {name}}), looked up in the demo data or made here. */
    private Object fixture(String name, Where where, Who who) {
        Target t = targets.get(where);
        String commune = "(select path from org_unit where id = " + t.communeId() + ")";
        String unit = "(select path from org_unit where id = " + t.parentAgencyId() + ")";
        return switch (name) {
            case "agency" -> t.agencyId();
            case "parent" -> t.parentAgencyId();
            case "person" -> t.personId();
            case "commune" -> t.communeId();
            case "class" -> communeRecord("training_class", t.communeId());
            case "plan" -> communeRecord("training_plan", t.communeId());
            case "effect" -> effectOf(where);
            case "import" -> importJob;
            case "requirement" -> itRequirement();
            case "enrollment" -> one("select e.id from enrollment e join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id "
                    + "join training_class c on c.id = e.class_id where c.organiser_unit_id = " + t.communeId() + " and o.path like " + unit
                    + " || '%' and p.id <> " + targets.get(Where.SELF).personId() + " order by e.id");
            case "evidenced" -> made.computeIfAbsent(name + where, k -> {
                long enrollment = (Long) fixture("enrollment", where, who);
                jdbc.sql("insert into evidence_file (enrollment_id, filename, content_type, size_bytes, content, uploaded_by) values (:e, "
                        + "'chung-chi.pdf', 'application/pdf', 8, cast('%PDF-1.4' as bytea), 'test')").param("e", enrollment).update();
                return enrollment;
            });
            case "province" -> idOf("31");
            case "failedImport" -> failedImport;
            case "retiredRequirement" -> made.computeIfAbsent(name, k -> jdbc.sql("insert into requirement (job_position_id, type, note, "
                    + "valid_from, valid_to) values ((select id from job_position where code = 'VAN_THU'), 'IT', 'Yêu cầu cũ (kiểm thử phạm vi)', "
                    + "now() - interval '2 days', now() - interval '1 day') returning id").query(Long.class).single());
            case "closedClass" -> made.computeIfAbsent(name + t.communeId(), k -> jdbc.sql("insert into training_class (code, name, program_code, "
                    + "organiser_unit_id, starts_on, ends_on, sessions, place_kind, delivery, time_slot, capacity, status, created_by) values (:code, "
                    + "'Lớp đã hủy', 'CMCN', :c, current_date + 700, current_date + 701, 2, 'ON_SITE', 'IN_PERSON', 'EVENING', 5, 'CANCELLED', 'test') "
                    + "returning id").param("code", "MX-H-" + t.communeId()).param("c", t.communeId()).query(Long.class).single());
            case "ownPlan" -> made.computeIfAbsent(name + t.communeId(), k -> jdbc.sql("select id from training_plan where org_unit_id = :c and year = 2031")
                    .param("c", t.communeId()).query(Long.class).optional().orElseGet(() -> jdbc.sql("insert into training_plan (org_unit_id, level, "
                            + "year, due_on, created_by) values (:c, 'COMMUNE', 2031, date '2030-11-20', 'test') returning id")
                            .param("c", t.communeId()).query(Long.class).single()));
            case "foreignLine" -> one("select l.id from plan_line l join training_plan p on p.id = l.plan_id where p.org_unit_id <> "
                    + t.communeId() + " order by l.id");
            case "decision" -> made.computeIfAbsent(name + t.communeId(), k -> jdbc.sql("insert into training_decision (class_id, org_unit_id, "
                    + "number, signed_on, signer_name, signer_title, people, docx, pdf, created_by) values (:class, :c, :n, current_date, "
                    + "'Người ký', 'Chủ tịch', 0, cast('PK' as bytea), cast('%PDF-1.4' as bytea), 'test') returning id")
                    .param("class", communeRecord("training_class", t.communeId())).param("c", t.communeId()).param("n", "MX-QD-" + t.communeId())
                    .query(Long.class).single());
            case "report" -> one("select id from yearly_report where org_unit_id = " + t.communeId() + " order by year, id");
            case "agencyReport" -> one("select id from yearly_report where org_unit_id = " + t.parentAgencyId() + " order by year, id");
            case "actionPlan" -> one("select p.id from action_plan p join org_unit o on o.id = p.issuer_unit_id where o.path like "
                    + commune + " || '%' order by p.id");
            case "task" -> one("select t.id from plan_task t join action_plan p on p.id = t.plan_id join org_unit o on o.id = p.issuer_unit_id "
                    + "where not t.heading and o.path like " + commune + " || '%' order by t.id");
            case "taskFile" -> one("select f.id from task_file f join task_report r on r.id = f.report_id join plan_task t on t.id = r.task_id "
                    + "join action_plan p on p.id = t.plan_id join org_unit o on o.id = p.issuer_unit_id where o.path like " + commune + " || '%' order by f.id");
            case "rating" -> one("select r.id from rating r join org_unit o on o.id = r.org_unit_id where o.path like " + unit + " || '%' order by r.id");
            case "ratedPerson" -> one("select r.person_id from rating r join org_unit o on o.id = r.org_unit_id where o.path like " + unit
                    + " || '%' and r.period = '2026-Q1' and not exists (select 1 from app_user u where u.person_id = r.person_id) order by r.id");
            case "program" -> "CMCN";
            case "position" -> "VAN_THU";
            case "appliesTo" -> "LANH_DAO";
            case "quarter" -> "2026-Q1";
            case "year" -> 2026;
            case "futureYear" -> 2099;
            case "kind", "format" -> "pdf";
            case "table" -> "matrix";
            case "notice" -> one("select n.id from notification n join app_user u on u.id = n.user_id where u.username = '"
                    + Who.COMMUNE_A.username + "' order by n.id");
            case "user" -> one("select id from app_user where org_unit_id = " + t.parentAgencyId() + " order by id");
            case "target" -> one("select id from target where owner_unit_id is null order by id");
            case "communePath" -> codeOf(t.communeId());
            default -> throw new IllegalArgumentException("no fixture " + name);
        };
    }

    private long one(String sql) {
        return jdbc.sql(sql + " limit 1").query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("the demo has no record for: " + sql));
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

    static Stream<Arguments> endpoints() {
        List<Arguments> rows = new ArrayList<>();
        for (EndpointTable.Row row : EndpointTable.rows()) {
            for (Who who : Who.values()) {
                rows.add(Arguments.of(row.method(), row.url(), row.where(), who, row.expected()[who.ordinal()], row.body()));
            }
        }
        return rows.stream();
    }

    /**
     * One request per endpoint row and role. Allowed: the scope lets it through, so the answer is the page, the data, a
     * redirect after a form, or a refusal of the content (400, 409: nothing in the fixtures is meant to be changed);
     * refused: 403 (404 where the module hides what is not the caller's), nothing written.
     */
    @ParameterizedTest(name = "{0} {1} {2} as {3} → {4}")
    @MethodSource("endpoints")
    void everyEndpointOfTheTableRespectsTheScope(String method, String url, Where where, Who who, char expected, String body) {
        String path = EndpointTable.resolve(url, name -> fixture(name, where, who));
        HttpResponse<String> response = EndpointTable.send(port, who.username, method, path,
                EndpointTable.resolve(body, name -> fixture(name, where, who)));
        int status = response.statusCode();
        String what = "%s %s as %s → %d: %s".formatted(method, path, who, status, abbreviate(response.body()));
        if (expected == 'Y') {
            assertThat(status).as(what).isIn(200, 201, 202, 204, 302, 303, 400, 409);
        } else {
            assertThat(status).as(what).isEqualTo(expected == 'n' ? 404 : 403);
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 400 ? body : body.substring(0, 400) + "…";
    }

    /** Every controller method of the application has a matrix row or a written exemption, and no row names a handler that is gone. */
    @Test
    void everyHandlerHasAMatrixRowOrAnExemption() {
        Set<String> handlers = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("vn.boiduong")) {
                return;
            }
            var verbs = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (verbs.isEmpty()) {
                    handlers.add("ANY " + EndpointTable.anonymous(pattern));
                }
                verbs.forEach(v -> handlers.add(v.name() + " " + EndpointTable.anonymous(pattern)));
            }
        });
        Set<String> covered = new TreeSet<>();
        HANDLERS.values().forEach(h -> covered.add(anonymousKey(h)));
        EndpointTable.rows().forEach(r -> covered.add(r.handlerKey()));
        EXEMPT.keySet().forEach(h -> covered.add(anonymousKey(h)));
        Set<String> missing = new TreeSet<>(handlers);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(handlers);
        System.out.printf("scope matrix: %d handler methods, %d exempt, %d table rows, %d actions%n", handlers.size(), EXEMPT.size(),
                EndpointTable.rows().size(), HANDLERS.size());
        assertThat(missing).as("handlers with no matrix row nor exemption").isEmpty();
        assertThat(stale).as("matrix rows naming no handler").isEmpty();
    }

    private static String anonymousKey(String handler) {
        int space = handler.indexOf(' ');
        return handler.substring(0, space) + " " + EndpointTable.anonymous(handler.substring(space + 1));
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
