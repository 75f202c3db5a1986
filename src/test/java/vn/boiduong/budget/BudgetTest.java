package vn.boiduong.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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

/**
 * The budget agrees with the records: every class and enrollment is read raw and the figures are recomputed here in
 * Java, per unit below and per funding source; the province rolls up its communes; scope and the spreadsheet.
 */
@IntegrationTest
class BudgetTest {

    private static final int YEAR = 2026;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    record Cls(long id, String path, String status, String funding, int capacity, long perClass, long perTrainee,
               long women, long ethnic) {
    }

    @Test
    void provinceAndCommuneFiguresMatchTheClassesAndTheirTrainees() {
        check("taichinh.haiphong", "31");
        check("sonoivu.haiphong", "31");
        check("vhxh.phulien", "11446");
        check("admin.bonoivu", "VN");
    }

    private void check(String user, String unitCode) {
        var unit = jdbc.sql("select id, path from org_unit where code = :c").param("c", unitCode).query().singleRow();
        String path = (String) unit.get("path");
        var json = TestHttp.json(TestHttp.as(port, user).get("/api/budget?year=" + YEAR + "&unitId=" + unit.get("id")));
        Map<String, long[]> expected = expected(path);
        long[] total = new long[3];
        expected.values().forEach(e -> {
            for (int i = 0; i < 3; i++) {
                total[i] += e[i];
            }
        });
        assertThat(total[0]).as("the demo has classes with costs in " + unitCode).isPositive();
        var t = json.get("total");
        assertThat(new long[] {t.get("classes").asLong(), t.get("classEstimate").asLong(), t.get("actual").asLong()})
                .as(user + " total").containsExactly(total);
        // each row: a unit below (its subtree) or the unit itself (what it organises directly)
        long[] sum = new long[3];
        json.get("rows").forEach(r -> {
            String child = r.get("itself").asBoolean() ? "" : r.get("code").asText();
            long[] e = expected.getOrDefault(child, new long[3]);
            var f = r.get("figures");
            long[] got = {f.get("classes").asLong(), f.get("classEstimate").asLong(), f.get("actual").asLong()};
            assertThat(got).as(user + " row " + child).containsExactly(e);
            for (int i = 0; i < 3; i++) {
                sum[i] += got[i];
            }
        });
        assertThat(sum).as("rows add up to the total").containsExactly(total);
        long bySource = 0;
        for (var l : t.get("bySource")) {
            bySource += l.get("actual").asLong();
        }
        assertThat(bySource).isEqualTo(total[2]);
        long plan = jdbc.sql("""
                        select coalesce(sum(l.estimated_cost), 0) from plan_line l join training_plan t on t.id = l.plan_id
                        join org_unit o on o.id = t.org_unit_id
                        where starts_with(o.path, :path) and t.year = :y and t.status = 'APPROVED' and l.source in ('GAP', 'PROPOSAL')
                        """).param("path", path).param("y", YEAR).query(Long.class).single();
        assertThat(t.get("planEstimate").asLong()).isEqualTo(plan);
    }

    /** Per child code ("" = the unit itself): classes, estimate, actual — computed here from raw rows. */
    private Map<String, long[]> expected(String path) {
        List<Cls> classes = jdbc.sql("""
                        select c.id, o.path, c.status, c.funding_source, c.capacity, c.cost_per_class, c.cost_per_trainee,
                               c.support_women, c.support_ethnic
                        from training_class c join org_unit o on o.id = c.organiser_unit_id
                        where starts_with(o.path, :path) and extract(year from c.starts_on) = :y
                        """).param("path", path).param("y", YEAR)
                .query((rs, n) -> new Cls(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9))).list();
        Map<String, long[]> result = new HashMap<>();
        for (Cls c : classes) {
            if (c.status().equals("CANCELLED")) {
                continue;
            }
            var trainees = jdbc.sql("select e.status, p.gender, p.ethnicity_code from enrollment e join person p on p.id = e.person_id where e.class_id = :c")
                    .param("c", c.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
            long seated = 0, seatedWomen = 0, seatedMinority = 0, came = 0, cameWomen = 0, cameMinority = 0;
            for (String[] t : trainees) {
                boolean seat = List.of("APPROVED", "ATTENDING", "COMPLETED", "NOT_COMPLETED").contains(t[0]);
                boolean attended = seat && !t[0].equals("APPROVED");
                boolean woman = t[1].equals("F");
                boolean minority = !t[2].equals("01");
                seated += seat ? 1 : 0;
                seatedWomen += seat && woman ? 1 : 0;
                seatedMinority += seat && minority ? 1 : 0;
                came += attended ? 1 : 0;
                cameWomen += attended && woman ? 1 : 0;
                cameMinority += attended && minority ? 1 : 0;
            }
            long estimate = c.perClass() + c.perTrainee() * (seated == 0 ? c.capacity() : seated) + c.women() * seatedWomen
                    + c.ethnic() * seatedMinority;
            boolean held = c.status().equals("RUNNING") || c.status().equals("FINISHED");
            long actual = held ? c.perClass() + c.perTrainee() * came + c.women() * cameWomen + c.ethnic() * cameMinority : 0;
            String rest = c.path().substring(path.length());
            String child = rest.isEmpty() ? "" : rest.substring(0, rest.indexOf('/'));
            long[] n = result.computeIfAbsent(child, k -> new long[3]);
            n[0]++;
            n[1] += estimate;
            n[2] += actual;
        }
        return result;
    }

    @Test
    void onlyTheReadersSubtree() {
        long phuLien = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        long otherProvince = jdbc.sql("select id from org_unit where code = '01'").query(Long.class).single();
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/budget?year=2026&unitId=" + phuLien).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "taichinh.haiphong").get("/api/budget?year=2026&unitId=" + otherProvince).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/budget?year=2026").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "truongphong.phulien").get("/api/budget?year=2026").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "taichinh.haiphong").get("/api/budget?year=1800").statusCode()).isEqualTo(400);
    }

    @Test
    void financeOfficerOpensThePageAndTheSpreadsheet() throws Exception {
        var browser = TestHttp.browser(port);
        browser.login("taichinh.haiphong", "BoiDuong@2026");
        var home = browser.get("/");
        assertThat(home.body()).as("the finance officer's home page shows the year's budget").contains("id=\"budget-card\"")
                .contains("Kinh phí bồi dưỡng năm 2026");
        var page = browser.get("/budget?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"budget-units\"").contains("Kinh phí bồi dưỡng").contains("Ngân sách");
        byte[] xlsx = browser.getBytes("/budget/export.xlsx?year=2026").body();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getSheets().toList().get(1).read();
            long classes = jdbc.sql("""
                    select count(*) from training_class c join org_unit o on o.id = c.organiser_unit_id
                    where o.path like '/VN/31/%' and c.status <> 'CANCELLED' and extract(year from c.starts_on) = 2026
                    """).query(Long.class).single();
            assertThat(rows.size() - 1).as("a header row, then one row per class").isEqualTo(classes);
        }
    }
}
