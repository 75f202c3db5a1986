package vn.boiduong.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.ClockConfiguration;

/** Plans and tasks over real HTTP on the demo province: import, follow-up to an accepted product, scope, copy and roll-up, reminders. */
@IntegrationTest
class TasksFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskReminders reminders;
    @Autowired
    TaskLateItems lateItems;

    private final LocalDate today = LocalDate.now(ClockConfiguration.VIETNAM);

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long plan(TestHttp http, String unitCode, String title) {
        String body = """
                {"number":"%s","issuedOn":"18/06/2026","issuerUnitId":%d,"title":"%s","kind":"CHUONG_TRINH_HANH_DONG",
                 "sources":[{"number":"09-NQ/TU","date":"26/05/2026","title":"Nâng cao chất lượng cán bộ cơ sở"}]}"""
                .formatted("T-" + UUID.randomUUID().toString().substring(0, 8), unit(unitCode), title);
        var r = http.post("/api/tasks/plans", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestHttp.json(r).get("id").asLong();
    }

    private long taskCount(long planId) {
        return jdbc.sql("select count(*) from plan_task where plan_id = :p").param("p", planId).query(Long.class).single();
    }

    private long taskId(long planId, String number) {
        return jdbc.sql("select id from plan_task where plan_id = :p and number = :n").param("p", planId).param("n", number).query(Long.class).single();
    }

    @Test
    void importIsAllOrNothingAndNamesRowAndColumn() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long planId = plan(officer, "11446-DU", "Chương trình hành động thử nghiệm nhập");
        List<String[]> rows = new ArrayList<>(TaskSheetsFixture.seed003());
        rows.add(new String[] {"2.3", "Triển khai đào tạo, bồi dưỡng", "UBND phường", "", "Hoàn thành sớm"});
        rows.add(new String[] {"2.4", "", "UBND phường", "", "Quý IV/2026"});
        var bad = officer.upload("/api/tasks/plans/" + planId + "/import?commit=true", "phu-luc.xlsx", TaskSheetsFixture.appendix(rows));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Dòng 14, cột Thời gian hoàn thành").contains("Dòng 15, cột Nhiệm vụ");
        assertThat(taskCount(planId)).isZero();

        var good = officer.upload("/api/tasks/plans/" + planId + "/import?commit=true", "phu-luc.xlsx", TaskSheetsFixture.appendix(TaskSheetsFixture.seed003()));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(TestHttp.json(good).get("stored").asInt()).isEqualTo(8);
        assertThat(taskCount(planId)).isEqualTo(8);
        // seed 003 appendix: the heading, the row split over the page break, leads matched to the ward's agencies or kept as written
        var t17 = jdbc.sql("select content, deadline_kind, due_on from plan_task where id = :id").param("id", taskId(planId, "1.7"))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)}).single();
        assertThat((String) t17[0]).endsWith("về nâng cao chất lượng đội ngũ bí thư chi bộ, tổ trưởng tổ dân phố trên địa bàn phường");
        assertThat(t17[1]).isEqualTo("MONTH");
        assertThat(t17[2]).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(jdbc.sql("select heading from plan_task where id = :id").param("id", taskId(planId, "1")).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select lead_unit_id from plan_task where id = :id").param("id", taskId(planId, "1.2")).query(Long.class).single()).isEqualTo(unit("11446-VHXH"));
        assertThat(jdbc.sql("select lead_unit_id from plan_task where id = :id").param("id", taskId(planId, "1.4")).query(Long.class).single()).isEqualTo(unit("11446-UBND"));
        assertThat(jdbc.sql("select lead_unit_id is null and lead_name = 'Ban Thường vụ Đảng ủy phường' from plan_task where id = :id")
                .param("id", taskId(planId, "1.6")).query(Boolean.class).single()).isTrue();
        // importing the same numbers again is refused, nothing added
        var again = officer.upload("/api/tasks/plans/" + planId + "/import?commit=true", "phu-luc.xlsx", TaskSheetsFixture.appendix(TaskSheetsFixture.seed003()));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(taskCount(planId)).isEqualTo(8);
        // another commune cannot import into it, nor read it
        assertThat(TestHttp.as(port, "vhxh.viethoa").upload("/api/tasks/plans/" + planId + "/import", "x.xlsx",
                TaskSheetsFixture.appendix(TaskSheetsFixture.seed003())).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/tasks/plans/" + planId).statusCode()).isEqualTo(403);
    }

    @Test
    void aTaskGoesFromAssignmentToAnAcceptedProduct() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        TestHttp head = TestHttp.as(port, "truongphong.phulien");
        long planId = plan(officer, "11446", "Kế hoạch thử nghiệm theo dõi nhiệm vụ");
        var added = officer.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"1","content":"Tổng hợp nhu cầu bồi dưỡng","lead":"Phòng Văn hóa - Xã hội","deadline":"Quý III/2026","product":"Báo cáo"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        long vhxhTask = TestHttp.json(added).get("id").asLong();
        var other = officer.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"2","content":"Kiện toàn cấp ủy","lead":"Ban Thường vụ Đảng ủy phường","deadline":"Thực hiện thường xuyên"}""");
        long duTask = TestHttp.json(other).get("id").asLong();
        var noLead = officer.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"3","content":"Việc không rõ người","deadline":"không rõ"}""");
        assertThat(noLead.statusCode()).isEqualTo(400);
        assertThat(noLead.body()).contains("lead").contains("deadline");

        // the unit head reports only on his unit's tasks
        assertThat(head.upload("/api/tasks/" + duTask + "/reports?percent=10", "a.pdf", vn.boiduong.HostileFiles.pdf("x")).statusCode()).isEqualTo(403);
        var progress = head.upload("/api/tasks/" + vhxhTask + "/reports?percent=40&text=Đang+tổng+hợp", "bang.pdf", vn.boiduong.HostileFiles.pdf("tong hop"));
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
        assertThat(TestHttp.json(progress).get("status").asText()).isEqualTo("IN_PROGRESS");
        // a product needs the product; a file is checked by its content
        assertThat(head.upload("/api/tasks/" + vhxhTask + "/reports?product=true", "bao-cao.pdf", "not a pdf".getBytes()).statusCode()).isEqualTo(400);
        assertThat(head.post("/api/tasks/" + vhxhTask + "/accept", "{\"version\":1}").statusCode()).isEqualTo(403);
        var submitted = head.upload("/api/tasks/" + vhxhTask + "/reports?product=true&documentRef=Báo+cáo+số+12/BC-VHXH", "bao-cao.pdf", vn.boiduong.HostileFiles.pdf("bao cao"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode s = TestHttp.json(submitted);
        assertThat(s.get("status").asText()).isEqualTo("SUBMITTED");
        int version = s.get("version").asInt();
        // only the authority accepts: another commune and the unit head are refused; a stale version is a conflict
        assertThat(TestHttp.as(port, "vhxh.viethoa").post("/api/tasks/" + vhxhTask + "/accept", "{\"version\":" + version + "}").statusCode()).isEqualTo(403);
        assertThat(officer.post("/api/tasks/" + vhxhTask + "/return", "{\"version\":" + version + ",\"reason\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(officer.post("/api/tasks/" + vhxhTask + "/accept", "{\"version\":" + (version - 1) + "}").statusCode()).isEqualTo(409);
        var accepted = officer.post("/api/tasks/" + vhxhTask + "/accept", "{\"version\":" + version + "}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(TestHttp.json(accepted).get("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event where entity = 'plan_task' and entity_id = :id")
                .param("id", String.valueOf(vhxhTask)).query(String.class).single()).isEqualTo("TASK_CREATE,TASK_REPORT,TASK_SUBMIT,TASK_ACCEPT");
        // a task with no product submitted cannot be accepted
        assertThat(officer.post("/api/tasks/" + duTask + "/accept", "{\"version\":0}").statusCode()).isEqualTo(400);
    }

    @Test
    void copiesKeepTheirLinksAndTheRollUpMatchesTheDatabase() {
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        long source = plan(province, "31", "Kế hoạch triển khai Đề án (thử nghiệm sao chép)");
        province.post("/api/tasks/plans/" + source + "/tasks", """
                {"number":"1","content":"Rà soát, xây dựng kế hoạch bồi dưỡng","lead":"UBND phường","deadline":"Trong tháng 5/2026","product":"Kế hoạch"}""");
        province.post("/api/tasks/plans/" + source + "/tasks", """
                {"number":"2","content":"Báo cáo kết quả hằng năm","lead":"Phòng Văn hóa - Xã hội","deadline":"Hằng năm, trước ngày 10/12"}""");
        for (String[] c : new String[][] {{"vhxh.phulien", "11446"}, {"vhxh.viethoa", "10543"}}) {
            var r = TestHttp.as(port, c[0]).post("/api/tasks/plans/" + source + "/copy", """
                    {"targetUnitId":%d,"number":"CT-%s","issuedOn":"01/06/2026"}""".formatted(unit(c[1]), UUID.randomUUID().toString().substring(0, 6)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(TestHttp.json(r).get("parentPlanId").asLong()).isEqualTo(source);
        }
        assertThat(TestHttp.as(port, "vhxh.phulien").post("/api/tasks/plans/" + source + "/copy",
                "{\"targetUnitId\":%d,\"number\":\"X1\",\"issuedOn\":\"01/06/2026\"}".formatted(unit("10543"))).statusCode()).isEqualTo(403);
        long links = jdbc.sql("select count(*) from plan_task t join plan_task s on s.id = t.source_task_id where s.plan_id = :p")
                .param("p", source).query(Long.class).single();
        assertThat(links).isEqualTo(4);
        JsonNode view = TestHttp.json(province.get("/api/tasks/plans/" + source));
        assertThat(view.get("copies").size()).isEqualTo(4);
        // the month task is overdue in both communes (5/2026 has passed)
        long overdueCopies = 0;
        for (JsonNode c : view.get("copies")) {
            overdueCopies += c.get("overdue").asBoolean() ? 1 : 0;
        }
        assertThat(overdueCopies).isEqualTo(2);

        JsonNode rollup = TestHttp.json(province.get("/api/tasks/rollup"));
        long phulien = unit("11446");
        JsonNode row = null;
        for (JsonNode r : rollup) {
            if (r.get("unitId").asLong() == phulien) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        var expected = jdbc.sql("""
                select count(*), count(*) filter (where t.status = 'DONE'),
                       count(*) filter (where t.status in ('NOT_STARTED','IN_PROGRESS','RETURNED') and t.due_on < :today)
                from plan_task t join action_plan p on p.id = t.plan_id join org_unit u on u.id = p.issuer_unit_id
                where u.path like '/VN/31/11446/%' and not t.heading and t.status <> 'CANCELLED'""")
                .param("today", today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        assertThat(row.get("tasks").asLong()).isEqualTo(expected[0]);
        assertThat(row.get("done").asLong()).isEqualTo(expected[1]);
        assertThat(row.get("overdue").asLong()).isEqualTo(expected[2]);
        assertThat(lateItems.lateByChild(unit("31"), today).getOrDefault(phulien, 0)).isEqualTo((int) expected[2]);
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/tasks/rollup?unitId=" + unit("31")).statusCode()).isEqualTo(403);
    }

    @Test
    void overdueAndMonthViewsMatchTheDatabase() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long planId = plan(officer, "11446", "Kế hoạch thử nghiệm hạn");
        officer.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"1","content":"Việc quá hạn","lead":"UBND phường","deadline":"%s"}""".formatted(vn.boiduong.shared.Dates.format(today.minusDays(3))));
        officer.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"2","content":"Việc trong tháng","lead":"UBND phường","deadline":"Hoàn thành trong tháng %d/%d"}""".formatted(today.getMonthValue(), today.getYear()));
        String scope = "/VN/31/11446/";
        String mine = "not t.heading and (lu.path like :s || '%' or exists (select 1 from task_coordinator c join org_unit cu on cu.id = c.unit_id "
                + "where c.task_id = t.id and cu.path like :s || '%'))";
        long overdue = jdbc.sql("select count(*) from plan_task t left join org_unit lu on lu.id = t.lead_unit_id where " + mine
                + " and t.due_on < :today and t.status not in ('SUBMITTED','DONE','CANCELLED')").param("s", scope).param("today", today).query(Long.class).single();
        long month = jdbc.sql("select count(*) from plan_task t left join org_unit lu on lu.id = t.lead_unit_id where " + mine
                + " and date_trunc('month', t.due_on) = date_trunc('month', cast(:today as date)) and t.status not in ('DONE','CANCELLED')")
                .param("s", scope).param("today", today).query(Long.class).single();
        assertThat(TestHttp.json(officer.get("/api/tasks?view=OVERDUE&size=1")).get("total").asLong()).isEqualTo(overdue).isPositive();
        assertThat(TestHttp.json(officer.get("/api/tasks?view=MONTH&size=1")).get("total").asLong()).isEqualTo(month).isPositive();
        assertThat(TestHttp.json(officer.get("/api/tasks?view=ALL&q=viec+qua+han&planId=" + planId)).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void remindersGoOutOncePerTaskAndDueDate() {
        TestHttp officer = TestHttp.as(port, "vhxh.phulien");
        long planId = plan(officer, "11446", "Kế hoạch thử nghiệm nhắc hạn");
        var r = officer.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"1","content":"Việc sắp đến hạn","lead":"Phòng Văn hóa - Xã hội","deadline":"%s"}""".formatted(vn.boiduong.shared.Dates.format(today.plusDays(3))));
        long taskId = TestHttp.json(r).get("id").asLong();
        String count = "select count(*) from notification where dedupe_key like :k";
        reminders.run(today);
        long first = jdbc.sql(count).param("k", "task-soon:" + taskId + ":%").query(Long.class).single();
        reminders.run(today);
        long second = jdbc.sql(count).param("k", "task-soon:" + taskId + ":%").query(Long.class).single();
        long users = jdbc.sql("""
                select count(*) from app_user u join org_unit uu on uu.id = u.org_unit_id
                where u.enabled and u.role in ('UNIT_HEAD','COMMUNE_OFFICER','PROVINCE_OFFICER')
                and '/VN/31/11446/11446-UBND/11446-VHXH/' like uu.path || '%' and uu.level >= (select level from org_unit where code = '11446')""")
                .query(Long.class).single();
        assertThat(first).isEqualTo(users).isGreaterThanOrEqualTo(2);
        assertThat(second).isEqualTo(first);
    }
}
