package vn.boiduong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/**
 * The Biểu 10 table and the follow-up items agree with the records: the test adds its own classes (one that counts,
 * one cancelled, enrollments in every status) and recomputes every figure here in Java from raw rows.
 */
@IntegrationTest
class ReportFiguresTest {

    private static final int YEAR = 2026;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private record Raw(String path, String category, String program, String delivery, String classStatus, long classId,
                       String status, String cert, boolean leader, String gender, String ethnicity, Double grade) {
    }

    @Test
    void communeAndProvinceFiguresEqualARecomputationFromTheRecords() {
        List<Long> people = ReportFixtures.people(jdbc, "11446", 6);
        long online = ReportFixtures.newClass(jdbc, "CN_PHAP_LUAT", "11446", LocalDate.of(YEAR, 3, 2), "ONLINE", "FINISHED");
        ReportFixtures.enroll(jdbc, online, people.get(0), "COMPLETED", true);
        ReportFixtures.enroll(jdbc, online, people.get(1), "COMPLETED", false);
        ReportFixtures.enroll(jdbc, online, people.get(2), "NOT_COMPLETED", false);
        ReportFixtures.enroll(jdbc, online, people.get(3), "WITHDRAWN", false);
        ReportFixtures.enroll(jdbc, online, people.get(4), "APPROVED", false);
        long cancelled = ReportFixtures.newClass(jdbc, "CN_PHAP_LUAT", "11446", LocalDate.of(YEAR, 4, 2), "BLENDED", "CANCELLED");
        ReportFixtures.enroll(jdbc, cancelled, people.get(5), "APPROVED", false);

        check("vhxh.phulien", "11446");
        check("sonoivu.haiphong", "31");
    }

    private void check(String user, String code) {
        var unit = jdbc.sql("select id, path from org_unit where code = :c").param("c", code).query().singleRow();
        String path = (String) unit.get("path");
        JsonNode f = TestHttp.json(TestHttp.as(port, user).get("/api/reports/figures?year=" + YEAR + "&unitId=" + unit.get("id")));
        // the targets section is the unit's dashboard cards, target by target
        JsonNode cards = TestHttp.json(TestHttp.as(port, user).get("/api/dashboard?unit=" + unit.get("id"))).get("cards");
        assertThat(f.get("targets")).as("targets in the report of " + code).hasSize(cards.size()).isNotEmpty();
        for (int i = 0; i < cards.size(); i++) {
            assertThat(f.get("targets").get(i).get("code").asText()).isEqualTo(cards.get(i).get("code").asText());
            assertThat(f.get("targets").get(i).get("numerator").asLong()).isEqualTo(cards.get(i).get("numerator").asLong());
            assertThat(f.get("targets").get(i).get("denominator").asLong()).isEqualTo(cards.get(i).get("denominator").asLong());
        }
        List<Raw> raw = jdbc.sql("""
                        select o.path, g.category, g.code, c.delivery, c.status, c.id, e.status, e.certificate_no, p.is_leader,
                               p.gender, p.ethnicity_code, e.grade
                        from enrollment e join training_class c on c.id = e.class_id join program g on g.code = c.program_code
                        join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id
                        where extract(year from c.starts_on) = :y
                        """).param("y", YEAR)
                .query((rs, n) -> new Raw(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10), rs.getString(11),
                        rs.getObject(12) == null ? null : rs.getDouble(12)))
                .list().stream()
                .filter(r -> r.path().startsWith(path) && !r.classStatus().equals("CANCELLED")
                        && List.of("APPROVED", "ATTENDING", "COMPLETED", "NOT_COMPLETED").contains(r.status()))
                .toList();
        assertThat(raw).as("the demo and the test have people sent in " + code).isNotEmpty();
        Map<String, long[]> byProgram = new HashMap<>();
        Map<String, long[]> byDelivery = new HashMap<>();
        long[] total = new long[6];
        for (Raw r : raw) {
            long[] v = {1, r.status().equals("COMPLETED") ? 1 : 0, r.status().equals("COMPLETED") && r.cert() != null ? 1 : 0,
                    r.leader() ? 1 : 0, r.gender().equals("F") ? 1 : 0, r.ethnicity().equals("01") ? 0 : 1};
            for (int i = 0; i < 6; i++) {
                byProgram.computeIfAbsent(r.program(), k -> new long[6])[i] += v[i];
                byDelivery.computeIfAbsent(r.delivery(), k -> new long[6])[i] += v[i];
                total[i] += v[i];
            }
        }
        assertThat(counts(f.get("total"))).as(code + " total row").containsExactly(total);
        assertThat(f.get("byProgram").size()).isEqualTo(byProgram.size());
        f.get("byProgram").forEach(l -> assertThat(counts(l.get("counts"))).as(code + " " + l.get("code").asText())
                .containsExactly(byProgram.get(l.get("code").asText())));
        f.get("byDelivery").forEach(l -> assertThat(counts(l.get("counts"))).as(code + " " + l.get("code").asText())
                .containsExactly(byDelivery.getOrDefault(l.get("code").asText(), new long[6])));

        JsonNode u = f.get("followUp");
        assertThat(u.get("sent").asLong()).isEqualTo(total[0]);
        assertThat(u.get("completed").asLong()).isEqualTo(total[1]);
        assertThat(u.get("notCompleted").asLong()).isEqualTo(raw.stream().filter(r -> r.status().equals("NOT_COMPLETED")).count());
        assertThat(u.get("programs").asInt()).isEqualTo(byProgram.size());
        assertThat(u.get("classes").asInt()).isEqualTo((int) raw.stream().map(Raw::classId).distinct().count());
        double mean = raw.stream().filter(r -> r.grade() != null).mapToDouble(Raw::grade).average().orElse(Double.NaN);
        if (!Double.isNaN(mean)) {
            assertThat(u.get("meanGrade").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(0.006));
        }
        // effect after training of those who completed in the year (seed 000 IV.3)
        LocalDate asOf = LocalDate.parse(f.get("asOf").asText());
        var effects = jdbc.sql("""
                        select o.path, ee.due_on, ee.status, ee.total from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id
                        where extract(year from ee.completed_on) = :y
                        """).param("y", YEAR)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getObject(4)})
                .list().stream().filter(e -> ((String) e[0]).startsWith(path)).toList();
        long due = effects.stream().filter(e -> !((LocalDate) e[1]).isAfter(asOf) || e[2].equals("SIGNED")).count();
        long signed = effects.stream().filter(e -> e[2].equals("SIGNED")).count();
        assertThat(u.get("effectTotal").asLong()).isEqualTo(effects.size());
        assertThat(u.get("effectDue").asLong()).isEqualTo(due);
        assertThat(u.get("effectSigned").asLong()).isEqualTo(signed);
        long budgetActual = f.get("budget").get("actual").asLong();
        assertThat(budgetActual).isEqualTo(TestHttp.json(TestHttp.as(port, "sonoivu.haiphong")
                .get("/api/budget?year=" + YEAR + "&unitId=" + unit.get("id"))).get("total").get("actual").asLong());
    }

    private static long[] counts(JsonNode c) {
        return new long[] {c.get("sent").asLong(), c.get("completed").asLong(), c.get("certified").asLong(),
                c.get("leaders").asLong(), c.get("women").asLong(), c.get("minorities").asLong()};
    }
}
