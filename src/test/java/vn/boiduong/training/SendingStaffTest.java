package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.training.TrainingFixtures.*;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Sending staff over real HTTP: capacity under concurrent approvals, the waiting list, overlaps, continuity, scope. */
@IntegrationTest
class SendingStaffTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    TestHttp province() {
        return TestHttp.as(port, "sonoivu.haiphong");
    }

    @Test
    void capacityHoldsUnderSimultaneousApprovalsAndAFreedSeatGoesToTheFirstWaiting() throws Exception {
        long c = createClass(province(), "Lớp kiểm thử sĩ số", "NGANH_DAT_DAI", TODAY.plusDays(200), TODAY.plusDays(203), "AFTER_HOURS", 2, null);
        List<Long> ids = propose(province(), c, freePeople(jdbc, communeCode(jdbc, 0), 7));
        ExecutorService pool = Executors.newFixedThreadPool(7);
        List<Future<Integer>> answers = new ArrayList<>();
        for (long id : ids) {
            answers.add(pool.submit(() -> approve(TestHttp.as(port, "sonoivu.haiphong"), id).statusCode()));
        }
        for (Future<Integer> f : answers) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();
        List<String> statuses = ids.stream().map(id -> status(jdbc, id)).toList();
        assertThat(statuses).filteredOn("APPROVED"::equals).hasSize(2);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(5);
        assertThat(jdbc.sql("select waitlist_pos from enrollment where class_id = :c and status = 'WAITLISTED' order by 1")
                .param("c", c).query(Integer.class).list()).containsExactly(1, 2, 3, 4, 5);

        long seated = ids.stream().filter(id -> status(jdbc, id).equals("APPROVED")).findFirst().orElseThrow();
        long first = jdbc.sql("select id from enrollment where class_id = :c and waitlist_pos = 1").param("c", c).query(Long.class).single();
        assertThat(province().post("/api/enrollments/" + seated + "/withdraw", "{\"reason\": \"Ốm\"}").statusCode()).isEqualTo(200);
        assertThat(status(jdbc, first)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select waitlist_pos from enrollment where class_id = :c and status = 'WAITLISTED' order by 1")
                .param("c", c).query(Integer.class).list()).containsExactly(1, 2, 3, 4);
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'enrollment' and entity_id = :id and action = 'PROMOTE'")
                .param("id", String.valueOf(first)).query(Long.class).single()).isEqualTo(1);
        // a smaller capacity than the seats taken is refused
        HttpResponse<String> shrink = province().get("/api/classes/" + c);
        assertThat(TestHttp.json(shrink).get("seatsTaken").asInt()).isEqualTo(2);
    }

    @Test
    void aPersonCannotBeInTwoClassesAtTheSameTime() {
        Long person = freePeople(jdbc, communeCode(jdbc, 1), 1).get(0);
        long a = createClass(province(), "Lớp A", "NGANH_DAU_THAU", TODAY.plusDays(210), TODAY.plusDays(214), "AFTER_HOURS", 10, null);
        long b = createClass(province(), "Lớp B", "NGANH_TAI_CHINH", TODAY.plusDays(213), TODAY.plusDays(216), "EVENING", 10, null);
        assertThat(approve(province(), propose(province(), a, List.of(person)).get(0)).statusCode()).isEqualTo(200);
        HttpResponse<String> r = province().post("/api/classes/" + b + "/proposals", "{\"personIds\": [" + person + "]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("trùng thời gian");
    }

    @Test
    void sendingThatEmptiesTheOfficeIsBlockedUnlessOverriddenWithAReasonWhichIsAudited() {
        String commune = communeCode(jdbc, 2);
        Long person = freePeople(jdbc, commune, 1).get(0);
        long unit = jdbc.sql("select org_unit_id from person where id = :p").param("p", person).query(Long.class).single();
        HttpResponse<String> settings = province().put("/api/units/" + unit + "/continuity",
                "{\"minPresentPercent\": 100, \"singleHolderPositions\": [], \"version\": 0}");
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);

        long evening = createClass(province(), "Lớp buổi tối", "KN_RA_QUYET_DINH", TODAY.plusDays(220), TODAY.plusDays(221), "EVENING", 10, null);
        assertThat(approve(province(), propose(province(), evening, List.of(person)).get(0)).statusCode())
                .as("an evening class keeps people at their desks").isEqualTo(200);

        long office = createClass(province(), "Lớp trong giờ", "KN_THU_TUC_HANH_CHINH", TODAY.plusDays(230), TODAY.plusDays(231), "OFFICE_HOURS", 10, null);
        long e = propose(province(), office, List.of(person)).get(0);
        HttpResponse<String> blocked = approve(province(), e);
        assertThat(blocked.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(blocked).get("violations").get(0).asText()).contains("dưới mức tối thiểu");
        HttpResponse<String> noReason = province().post("/api/enrollments/" + e + "/approve", "{\"override\": true}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("overrideReason");
        assertThat(status(jdbc, e)).isEqualTo("PROPOSED");
        HttpResponse<String> ok = province().post("/api/enrollments/" + e + "/approve",
                "{\"override\": true, \"overrideReason\": \"Nhiệm vụ cấp bách, đơn vị tự bố trí người thay\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(TestHttp.json(ok).get("overrideReason").asText()).startsWith("Nhiệm vụ cấp bách");
        assertThat(jdbc.sql("select reason from audit_event where entity = 'enrollment' and entity_id = :id and action = 'APPROVE_OVERRIDE'")
                .param("id", String.valueOf(e)).query(String.class).single()).startsWith("Nhiệm vụ cấp bách");
    }

    @Test
    void eachRoleSendsAndApprovesOnlyInsideItsScope() {
        Long phuLienPerson = freePeople(jdbc, "11446", 1).get(0);
        long communeClass = createClass(TestHttp.as(port, "vhxh.phulien"), "Lớp của phường", "KN_GIAO_TIEP_HANH_CHINH",
                TODAY.plusDays(240), TODAY.plusDays(241), "AFTER_HOURS", 10, null);
        long provinceClass = createClass(province(), "Lớp của thành phố", "KN_GIAO_TIEP_HANH_CHINH",
                TODAY.plusDays(250), TODAY.plusDays(251), "AFTER_HOURS", 10, null);
        // another commune sees neither the commune's class nor may send the commune's people
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/classes/" + communeClass).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "vhxh.viethoa").post("/api/classes/" + provinceClass + "/proposals",
                "{\"personIds\": [" + phuLienPerson + "]}").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "truongchinhtri.haiphong").post("/api/classes/" + provinceClass + "/proposals",
                "{\"personIds\": [" + phuLienPerson + "]}").statusCode()).isEqualTo(403);
        // the commune proposes for the province's class, but only the province approves it
        long e = propose(TestHttp.as(port, "vhxh.phulien"), provinceClass, List.of(phuLienPerson)).get(0);
        assertThat(approve(TestHttp.as(port, "vhxh.phulien"), e).statusCode()).isEqualTo(403);
        assertThat(approve(TestHttp.as(port, "truongphong.phulien"), e).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/classes/" + provinceClass + "/enrollments").statusCode()).isEqualTo(403);
        assertThat(approve(province(), e).statusCode()).isEqualTo(200);
        // the commune approves its own class
        long own = propose(TestHttp.as(port, "vhxh.phulien"), communeClass, List.of(freePeople(jdbc, "11446", 1).get(0))).get(0);
        assertThat(approve(TestHttp.as(port, "vhxh.phulien"), own).statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(TestHttp.as(port, "vhxh.viethoa").get("/api/classes?size=500")).get("items").findValuesAsString("name"))
                .doesNotContain("Lớp của phường").contains("Lớp của thành phố");
    }

    @Test
    void overlongTextIsNamedAndAClassWithApprovedTraineesIsNotCancelled() {
        HttpResponse<String> r = province().post("/api/classes", """
                {"name": "Lớp dài", "programCode": "CMCN", "startsOn": "%s", "endsOn": "%s", "sessions": "2", "placeKind": "CENTRAL",
                 "delivery": "IN_PERSON", "timeSlot": "EVENING", "capacity": "5", "batch": "%s"}
                """.formatted(vn.boiduong.shared.Dates.format(TODAY.plusDays(400)), vn.boiduong.shared.Dates.format(TODAY.plusDays(401)),
                "x".repeat(61)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("batch").contains("60");
        long c = createClass(province(), "Lớp sẽ hủy", "KN_RA_QUYET_DINH", TODAY.plusDays(410), TODAY.plusDays(411), "EVENING", 5, null);
        List<Long> ids = propose(province(), c, freePeople(jdbc, communeCode(jdbc, 6), 2));
        assertThat(approve(province(), ids.get(0)).statusCode()).isEqualTo(200);
        assertThat(province().post("/api/classes/" + c + "/cancel", "{\"reason\": \"Không đủ học viên\"}").statusCode()).isEqualTo(400);
        assertThat(province().post("/api/enrollments/" + ids.get(0) + "/withdraw", "{\"reason\": \"Đổi lớp\"}").statusCode()).isEqualTo(200);
        assertThat(province().post("/api/classes/" + c + "/cancel", "{\"reason\": \"Không đủ học viên\"}").statusCode()).isEqualTo(200);
        assertThat(status(jdbc, ids.get(1))).as("open proposals end with the class").isEqualTo("REJECTED");
    }
}
