package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.evaluation.EffectFixtures.*;

import java.io.ByteArrayInputStream;
import java.time.temporal.IsoFields;
import java.util.HashMap;
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
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;

/** Coverage per unit checked against SQL written independently; the due list as XLSX; reminders at most weekly. */
@IntegrationTest
class EffectCoverageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EffectReminders reminders;
    @Autowired
    UserAdministration users;

    @Test
    void coverageOfEachUnitBelowMatchesTheRecords() {
        complete(port, people(jdbc, "11446-VP", 2), TODAY.minusMonths(4), "Lớp tỷ lệ");
        // the province sees its communes, the commune its agencies, the UBND its phòng
        check("sonoivu.haiphong", "31");
        check("vhxh.phulien", "11446");
        check("vhxh.phulien", "11446-UBND");
        var page = TestHttp.as(port, "vhxh.phulien").get("/evaluations/effect/coverage");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"effect-coverage\"").contains("Ủy ban nhân dân");
    }

    private void check(String user, String unitCode) {
        var unit = jdbc.sql("select id, path from org_unit where code = :c").param("c", unitCode).query().singleRow();
        var json = TestHttp.json(TestHttp.as(port, user).get("/api/evaluations/effect/coverage?unitId=" + unit.get("id")));
        Map<String, long[]> expected = new HashMap<>();
        // independently: for every child unit, its whole subtree (a path prefix), counted row by row
        jdbc.sql("""
                        select c.code,
                               (select count(*) from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id where o.path like c.path || '%'),
                               (select count(*) from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id where o.path like c.path || '%'
                                  and ee.signed_at is not null),
                               (select count(*) from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id where o.path like c.path || '%'
                                  and ee.signed_at is null and ee.due_on < :today),
                               (select count(*) from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id where o.path like c.path || '%'
                                  and ee.due_on <= :today)
                        from org_unit c where c.parent_id = :id
                        """).param("id", unit.get("id")).param("today", TODAY)
                .query((java.sql.ResultSet rs) -> {
                    expected.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        long[] sums = new long[4];
        json.get("rows").forEach(r -> {
            long[] e = expected.get(r.get("code").asText());
            if (e == null) {
                return;
            }
            assertThat(new long[] {r.get("completed").asLong(), r.get("signed").asLong(), r.get("overdue").asLong(),
                    r.get("dueNow").asLong()})
                    .as(user + " " + r.get("code").asText()).containsExactly(e);
            if (e[0] > 0) {
                assertThat(r.get("percent").decimalValue().doubleValue()).isCloseTo(100.0 * e[1] / e[0], org.assertj.core.data.Offset.offset(0.051));
            }
        });
        expected.values().forEach(e -> {
            for (int i = 0; i < 4; i++) {
                sums[i] += e[i];
            }
        });
        assertThat(expected.keySet()).containsAll(json.get("rows").findValuesAsString("code").stream()
                .filter(c -> !c.equals(unitCode)).toList());
        assertThat(json.get("total").get("completed").asLong()).isGreaterThanOrEqualTo(sums[0]);
        assertThat(sums[0]).as("there is something to count under " + unitCode).isPositive();
    }

    @Test
    void theDueListExportsAsASpreadsheet() throws Exception {
        var r = TestHttp.as(port, "truongphong.phulien").getBytes("/evaluations/effect/export.xlsx?state=ALL");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        long expected = jdbc.sql("select count(*) from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id "
                + "where o.path like '%/11446-VHXH/%'").query(Long.class).single();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            // the reader skips the empty row 2: title, header, then one row per evaluation
            assertThat(rows.get(0).getCellText(0)).contains("Phòng Văn hóa - Xã hội");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Họ và tên");
            assertThat(rows.stream().skip(2).filter(x -> !x.getCellText(1).isBlank()).count()).isEqualTo(expected);
        }
        assertThat(TestHttp.as(port, "canbo.phulien").getBytes("/evaluations/effect/export.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void unitHeadsAreRemindedAtMostOnceAWeek() {
        complete(port, people(jdbc, "11446-PVHCC", 1), TODAY.minusMonths(3).plusDays(7), "Lớp nhắc hạn");
        long unit = jdbc.sql("select id from org_unit where code = '11446-PVHCC'").query(Long.class).single();
        if (jdbc.sql("select count(*) from app_user where username = 'truongphong.pvhcc.nhac'").query(Long.class).single() == 0) {
            users.createSystemUser(new UserAdministration.NewUser("truongphong.pvhcc.nhac", TestHttp.DEMO_PASSWORD, "Giám đốc Trung tâm",
                    null, Role.UNIT_HEAD, unit, null, null));
        }
        long head = jdbc.sql("select id from app_user where username = 'truongphong.pvhcc.nhac'").query(Long.class).single();
        String week = TODAY.get(IsoFields.WEEK_BASED_YEAR) + "-W" + TODAY.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        reminders.run(TODAY);
        assertThat(reminders.run(TODAY)).as("the second run of the week sends nothing").isZero();
        var notices = jdbc.sql("select subject, body, link from notification where user_id = :u and dedupe_key = :k")
                .param("u", head).param("k", "effect-reminder:" + head + ":" + week).query().listOfRows();
        assertThat(notices).hasSize(1);
        assertThat((String) notices.get(0).get("subject")).contains("phiếu đánh giá hiệu quả sau bồi dưỡng");
        assertThat((String) notices.get(0).get("link")).startsWith("/evaluations/effect");
        // the due evaluation (in 7 days) is within the 14-day window; the staff member and the other commune get nothing
        long staff = jdbc.sql("select id from app_user where username = 'canbo.phulien'").query(Long.class).single();
        long vietHoa = jdbc.sql("select id from app_user where username = 'vhxh.viethoa'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from notification where user_id in (:s, :v) and dedupe_key like 'effect-reminder:%'")
                .param("s", staff).param("v", vietHoa).query(Long.class).single()).isZero();
        // a week later it is due again: one more notice, not one per run
        reminders.run(TODAY.plusWeeks(1));
        reminders.run(TODAY.plusWeeks(1));
        assertThat(jdbc.sql("select count(*) from notification where user_id = :u and dedupe_key like 'effect-reminder:%'")
                .param("u", head).query(Long.class).single()).isEqualTo(2);
    }
}
