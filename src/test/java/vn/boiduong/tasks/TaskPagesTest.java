package vn.boiduong.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.ClockConfiguration;

/** Every tasks page in a signed-in browser session, as the roles that use it, on the demo's plans; the forms with their errors. */
@IntegrationTest
class TaskPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern OVERDUE_BADGE = Pattern.compile("class=\"badge task-status [^\"]*\\boverdue\\b");
    private static final String PHU_LIEN = "/VN/31/11446/";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ClockConfiguration.VIETNAM);

    private TestHttp browser(String user) {
        TestHttp b = TestHttp.browser(port);
        b.login(user, TestHttp.DEMO_PASSWORD);
        return b;
    }

    private static HttpResponse<String> page(TestHttp b, String path) {
        HttpResponse<String> r = b.get(path);
        assertThat(r.statusCode()).as(path + "\n" + r.body()).isEqualTo(200);
        assertThat(r.body()).as(path).doesNotContain("??").contains("</html>");
        return r;
    }

    private long demoPlan(String number) {
        return jdbc.sql("select p.id from action_plan p join org_unit u on u.id = p.issuer_unit_id where p.number = :n and u.path like :s || '%' "
                + "order by p.id limit 1").param("n", number).param("s", PHU_LIEN).query(Long.class).single();
    }

    private long demoTask(String plan, String number) {
        return jdbc.sql("select id from plan_task where plan_id = :p and number = :n").param("p", demoPlan(plan)).param("n", number)
                .query(Long.class).single();
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql).param("today", today);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.param((String) params[i], params[i + 1]);
        }
        return spec.query(Long.class).single();
    }

    private static long overdueBadges(String html) {
        return OVERDUE_BADGE.matcher(html).results().count();
    }

    private static String csrf(TestHttp b, String page) {
        Matcher m = CSRF.matcher(b.get(page).body());
        assertThat(m.find()).as("a CSRF token on " + page).isTrue();
        return m.group(1);
    }

    @Test
    void theCommuneOfficersListsShowTheDemoTasksAndTheOverdueMarkers() {
        TestHttp officer = browser("vhxh.phulien");
        String mine = page(officer, "/tasks").body();
        assertThat(mine).contains("Kế hoạch và nhiệm vụ", "Rõ người, rõ việc", "Đơn vị tôi", "Đến hạn trong tháng", "Xuất Excel")
                .contains("17-CTr/ĐU", "219/KH-UBND", "id=\"tasks-list\"", "table-responsive");
        assertThat(mine).contains("Quá hạn");

        String overdue = page(officer, "/tasks?view=OVERDUE").body();
        // MINE ∩ overdue inside the officer's scope, counted independently (first page holds 50)
        long expected = count("""
                select count(*) from plan_task t left join org_unit lu on lu.id = t.lead_unit_id
                where not t.heading and t.status in ('NOT_STARTED','IN_PROGRESS','RETURNED') and t.due_on < :today
                and (lu.path like :s || '%' or exists (select 1 from task_coordinator c join org_unit cu on cu.id = c.unit_id
                     where c.task_id = t.id and cu.path like :s || '%'))""", "s", PHU_LIEN);
        assertThat(expected).isPositive();
        assertThat(overdue).contains("Danh sách (" + expected + " nhiệm vụ)");
        assertThat(overdueBadges(overdue)).isEqualTo(Math.min(expected, 50));
        // the ward's plan 219: 2.2 was returned with a reason and is overdue since 30/09; 17-CTr/ĐU 1.2 was due in June
        assertThat(overdue).contains("Tham mưu ban hành kế hoạch bồi dưỡng", "Bị trả lại — Quá hạn", "30/06/2026");

        String month = page(officer, "/tasks?view=MONTH").body();
        assertThat(month).contains("Hướng dẫn, đôn đốc, kiểm tra, theo dõi việc triển khai thực hiện Kế hoạch")
                .contains("Hoàn thành trong tháng " + today.getMonthValue() + "/" + today.getYear());

        String search = page(officer, "/tasks?view=ALL&q=huong+dan+don+doc").body();
        assertThat(search).contains("Hướng dẫn, đôn đốc").doesNotContain("Tham mưu ban hành kế hoạch bồi dưỡng");
        // htmx filter: only the results fragment
        HttpResponse<String> fragment = officer.get("/tasks?view=ALL&status=RETURNED");
        assertThat(fragment.body()).contains("Bị trả lại");

        for (String export : new String[] {"/tasks/export.xlsx?view=OVERDUE", "/tasks/export.xlsx?view=ALL&planId=" + demoPlan("17-CTr/ĐU"),
                "/tasks/template.xlsx"}) {
            HttpResponse<byte[]> x = officer.getBytes(export);
            assertThat(x.statusCode()).as(export).isEqualTo(200);
            assertThat(x.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
            assertThat(new String(x.body(), 0, 2)).isEqualTo("PK");
        }
    }

    @Test
    void thePlanPagesShowTheSeedsTablesWithTheirProgress() {
        TestHttp officer = browser("vhxh.phulien");
        String plans = page(officer, "/tasks/plans").body();
        assertThat(plans).contains("Kế hoạch, chương trình hành động", "17-CTr/ĐU", "219/KH-UBND", "198/KH-UBND", "225/KH-UBND",
                "Ban hành kế hoạch mới", "id=\"plan-form\"").doesNotContain("118/KH-UBND"); // Việt Hòa's copy is not Phù Liễn's

        long ctr = demoPlan("17-CTr/ĐU");
        String program = page(officer, "/tasks/plans/" + ctr).body();
        assertThat(program).contains("Chương trình hành động", "17-CTr/ĐU", "09-NQ/TU", "Đảng ủy")
                .contains("Ban Thường vụ Đảng ủy phường", "Thực hiện thường xuyên", "Hằng năm, trước ngày 05/12", "data-print")
                .contains("id=\"plan-import\"", "id=\"task-form\"");
        for (String n : new String[] {"1", "1.1", "1.7", "2.6", "3.1", "4.2", "5.2", "6.1"}) {
            assertThat(program).contains("data-number=\"" + n + "\"");
        }
        long total = count("select count(*) from plan_task where plan_id = :p and not heading", "p", ctr);
        long overdue = count("select count(*) from plan_task t where plan_id = :p and " + TaskStore.OVERDUE, "p", ctr);
        assertThat(program).contains("id=\"progress-total\">" + total + "<", "id=\"progress-overdue\">" + overdue + "<");
        assertThat(overdueBadges(program)).isEqualTo(overdue).isPositive();

        long training = demoPlan("219/KH-UBND");
        String plan = page(officer, "/tasks/plans/" + training).body();
        assertThat(plan).contains("Kế hoạch tăng cường bồi dưỡng", "700/QĐ-TTg", "Phòng Văn hóa - Xã hội")
                .contains("Hoàn thành", "Bị trả lại", "Đang thực hiện", "id=\"progress-done\">1<");

        // the head of the Phòng VH-XH reads the plans, cannot write them
        TestHttp head = browser("truongphong.phulien");
        assertThat(page(head, "/tasks/plans/" + training).body()).doesNotContain("id=\"task-form\"").doesNotContain("id=\"plan-import\"");
        assertThat(head.get("/tasks/plans/" + training + "/import").statusCode()).isEqualTo(403);
        assertThat(page(head, "/tasks").body()).contains("Triển khai Phần mềm đánh giá và quản lý chất lượng bồi dưỡng");
        // another commune reads neither
        assertThat(browser("vhxh.viethoa").get("/tasks/plans/" + ctr).statusCode()).isEqualTo(403);
        // the staff have no tasks pages
        assertThat(browser("canbo.phulien").get("/tasks").statusCode()).isEqualTo(403);
    }

    @Test
    void theTaskPageShowsReportsTheProductAndTheReturnReason() {
        TestHttp officer = browser("vhxh.phulien");
        String accepted = page(officer, "/tasks/" + demoTask("219/KH-UBND", "2.1")).body();
        assertThat(accepted).contains("Phối hợp các cơ quan, đơn vị tổng hợp kết quả rà soát", "Quý III/2026", "30/09/2026")
                .contains("data-status=\"DONE\"", "Báo cáo số 41/BC-VHXH", "bao-cao-ra-soat.pdf", "truongphong.phulien")
                .doesNotContain("id=\"report-form\"", "id=\"decide-form\"", "id=\"cancel-form\"");
        String returned = page(officer, "/tasks/" + demoTask("219/KH-UBND", "2.2")).body();
        assertThat(returned).contains("data-status=\"RETURNED\"", "Lý do trả lại", "Dự thảo chưa có số lượng người cần bồi dưỡng ngay")
                .contains("id=\"cancel-form\"", "data-confirm=\"Hủy nhiệm vụ này? Nhiệm vụ đã hủy không thể mở lại.\"");
        // the head reports on his unit's task; the officer does not accept what is not submitted
        String head = page(browser("truongphong.phulien"), "/tasks/" + demoTask("219/KH-UBND", "2.3")).body();
        assertThat(head).contains("id=\"report-form\"", "Báo cáo tiến độ", "Nộp sản phẩm để nghiệm thu", "Đã triển khai phần mềm cho 3 cơ quan");
        // the stored product downloads for a reader
        long file = count("select f.id from task_file f join task_report r on r.id = f.report_id where r.task_id = :t limit 1",
                "t", demoTask("219/KH-UBND", "2.1"));
        HttpResponse<byte[]> pdf = officer.getBytes("/tasks/files/" + file);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        assertThat(browser("vhxh.viethoa").getBytes("/tasks/files/" + file).statusCode()).isEqualTo(403);
    }

    @Test
    void theProvinceOfficerSeesTheCopiesAndTheRollUpOverCommunes() {
        TestHttp province = browser("sonoivu.haiphong");
        long city = jdbc.sql("select p.id from action_plan p join org_unit u on u.id = p.issuer_unit_id where p.number = '198/KH-UBND' and u.code = '31'")
                .query(Long.class).single();
        String plan = page(province, "/tasks/plans/" + city).body();
        assertThat(plan).contains("Kế hoạch triển khai", "198/KH-UBND", "class=\"small mb-0 list-unstyled copies\"").contains("Phù Liễn", "Việt Hòa");

        // a ward's officer exports the city's whole plan (its tasks are not the ward's own): the table reads back as an appendix
        HttpResponse<byte[]> cityTable = browser("vhxh.phulien").getBytes("/tasks/plans/" + city + "/export.xlsx");
        assertThat(cityTable.statusCode()).isEqualTo(200);
        assertThat(TaskSheets.read(cityTable.body())).extracting(r -> r.input().number())
                .containsExactlyElementsOf(jdbc.sql("select number from plan_task where plan_id = :p order by position").param("p", city).query(String.class).list());

        String rollup = page(province, "/tasks/rollup").body();
        long phulien = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        long[] expected = jdbc.sql("""
                select count(*), count(*) filter (where t.status = 'DONE'), count(*) filter (where %s)
                from plan_task t join action_plan p on p.id = t.plan_id join org_unit u on u.id = p.issuer_unit_id
                where u.path like :s || '%%' and not t.heading and t.status <> 'CANCELLED'""".formatted(TaskStore.OVERDUE))
                .param("s", PHU_LIEN).param("today", today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        Matcher row = Pattern.compile("<tr class=\"rollup-row([^\"]*)\" data-unit=\"" + phulien + "\">(.*?)</tr>", Pattern.DOTALL).matcher(rollup);
        assertThat(row.find()).as(rollup).isTrue();
        assertThat(row.group(1)).contains("late");
        assertThat(row.group(2)).contains("Chậm tiến độ");
        assertThat(row.group(2)).contains("Phù Liễn", ">" + expected[0] + "<", ">" + expected[1] + "<", ">" + expected[2] + "<");
        assertThat(rollup).contains("Tổng hợp theo đơn vị", "Việt Hòa");
        HttpResponse<byte[]> x = province.getBytes("/tasks/rollup/export.xlsx");
        assertThat(x.statusCode()).isEqualTo(200);
        assertThat(new String(x.body(), 0, 2)).isEqualTo("PK");
        // the commune's own roll-up over its agencies; it cannot read the province's
        assertThat(page(browser("vhxh.phulien"), "/tasks/rollup").body()).contains("Tổng hợp theo đơn vị");
        long hp = jdbc.sql("select id from org_unit where code = '31'").query(Long.class).single();
        assertThat(browser("vhxh.phulien").get("/tasks/rollup?unitId=" + hp).statusCode()).isEqualTo(403);
    }

    @Test
    void theFormsShowTheirProblemsInVietnameseAndSaveNothingWrong() {
        TestHttp officer = browser("vhxh.phulien");
        String number = "KH-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", number);
        form.put("issuedOn", "31/02/2026");
        form.put("title", "Kế hoạch thử nghiệm biểu mẫu");
        form.put("kind", "KE_HOACH");
        form.put("sourceNumber", "198/KH-UBND");
        form.put("sourceDate", "01/06/2026");
        form.put("sourceTitle", "Kế hoạch của thành phố");
        HttpResponse<String> bad = officer.postForm("/tasks/plans", "/tasks/plans", form);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"tasks-problems\"", "Ngày (dd/mm/yyyy): ngày «31/02/2026» không đúng dạng dd/mm/yyyy")
                .contains("value=\"" + number + "\"").doesNotContain("??");
        assertThat(count("select count(*) from action_plan where number = :n", "n", number)).isZero();
        form.put("issuedOn", "20/06/2026");
        HttpResponse<String> good = officer.postForm("/tasks/plans", "/tasks/plans", form);
        assertThat(good.statusCode()).isEqualTo(302);
        String location = good.headers().firstValue("Location").orElseThrow();
        long planId = Long.parseLong(location.replaceAll(".*/tasks/plans/(\\d+).*", "$1"));

        Map<String, String> task = new LinkedHashMap<>();
        task.put("number", "1");
        task.put("content", "Rà soát nhu cầu bồi dưỡng");
        task.put("lead", "Phòng Văn hóa - Xã hội");
        task.put("coordinators", "");
        task.put("deadline", "sớm nhất có thể");
        task.put("product", "Báo cáo");
        task.put("authority", "");
        String planPage = "/tasks/plans/" + planId;
        HttpResponse<String> badTask = officer.postForm(planPage + "/tasks", planPage, task);
        assertThat(badTask.statusCode()).isEqualTo(200);
        assertThat(badTask.body()).contains("Thời gian hoàn thành: không đọc được thời gian «sớm nhất có thể»").contains("value=\"Rà soát nhu cầu bồi dưỡng\"");
        assertThat(count("select count(*) from plan_task where plan_id = :p", "p", planId)).isZero();
        task.put("deadline", "Quý I/2027");
        assertThat(officer.postForm(planPage + "/tasks", planPage, task).statusCode()).isEqualTo(302);
        assertThat(page(officer, planPage).body()).contains("Đã thêm nhiệm vụ.", "Rà soát nhu cầu bồi dưỡng", "31/03/2027");

        // the import page: a bad file names row and column and stores nothing; a good one is previewed, then stored
        String importPage = planPage + "/import";
        assertThat(page(officer, importPage).body()).contains("Nhập phụ lục nhiệm vụ cho " + number, "Tải tệp mẫu");
        var rows = new java.util.ArrayList<>(TaskSheetsFixture.seed003());
        rows.add(new String[] {"2.3", "Triển khai đào tạo, bồi dưỡng", "UBND phường", "", "Hoàn thành sớm"});
        HttpResponse<String> badFile = officer.upload(importPage + "?_csrf=" + csrf(officer, importPage), "phu-luc.xlsx", TaskSheetsFixture.appendix(rows));
        assertThat(badFile.statusCode()).as(badFile.body()).isEqualTo(200);
        assertThat(badFile.body()).contains("Dòng 14, cột Thời gian hoàn thành: không đọc được thời gian «Hoàn thành sớm»").doesNotContain("id=\"import-commit\"");
        HttpResponse<String> commitNothing = officer.postForm(importPage + "/commit", importPage, Map.of());
        assertThat(commitNothing.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from plan_task where plan_id = :p", "p", planId)).isEqualTo(1);
        HttpResponse<String> preview = officer.upload(importPage + "?_csrf=" + csrf(officer, importPage), "phu-luc.xlsx",
                TaskSheetsFixture.appendix(TaskSheetsFixture.seed003().subList(1, 3)));
        assertThat(preview.body()).contains("Xem trước: 2 dòng hợp lệ", "id=\"import-commit\"", "Ban Xây dựng Đảng Đảng ủy");
        assertThat(count("select count(*) from plan_task where plan_id = :p", "p", planId)).isEqualTo(1);
        // numbers 1.1 and 1.2 do not clash with task 1
        HttpResponse<String> committed = officer.postForm(importPage + "/commit", importPage, Map.of());
        assertThat(committed.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from plan_task where plan_id = :p", "p", planId)).isEqualTo(3);
        assertThat(page(officer, planPage).body()).contains("Đã nhập 2 dòng nhiệm vụ.");

        // the issuer cancels a task only with a reason
        long first = count("select id from plan_task where plan_id = :p and number = '1'", "p", planId);
        String taskPage = "/tasks/" + first;
        assertThat(page(officer, taskPage).body()).contains("id=\"cancel-form\"");
        HttpResponse<String> noReason = officer.postForm(taskPage + "/decide", taskPage, Map.of("action", "cancel", "version", "0", "reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Lý do: phải nêu lý do");
        assertThat(officer.postForm(taskPage + "/decide", taskPage, Map.of("action", "cancel", "version", "0", "reason", "Gộp vào nhiệm vụ 1.1"))
                .statusCode()).isEqualTo(302);
        assertThat(page(officer, taskPage).body()).contains("Đã hủy nhiệm vụ.", "data-status=\"CANCELLED\"").doesNotContain("id=\"cancel-form\"");
        assertThat(count("select count(*) from audit_event where entity = 'plan_task' and entity_id = :id and action = 'TASK_CANCEL'",
                "id", String.valueOf(first))).isEqualTo(1);
    }

    @Test
    void theAuthorityReturnsOnlyWithAReasonAndAcceptsThroughTheForm() {
        TestHttp api = TestHttp.as(port, "vhxh.phulien");
        long unit = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        var plan = api.post("/api/tasks/plans", """
                {"number":"NT-%s","issuedOn":"01/07/2026","issuerUnitId":%d,"title":"Kế hoạch thử nghiệm nghiệm thu","kind":"KE_HOACH","sources":[]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), unit));
        long planId = TestHttp.json(plan).get("id").asLong();
        long taskId = TestHttp.json(api.post("/api/tasks/plans/" + planId + "/tasks", """
                {"number":"1","content":"Báo cáo nhu cầu bồi dưỡng năm sau","lead":"Phòng Văn hóa - Xã hội","deadline":"Quý IV/2026","product":"Báo cáo"}"""))
                .get("id").asLong();
        var submitted = TestHttp.as(port, "truongphong.phulien").upload("/api/tasks/" + taskId + "/reports?product=true", "bao-cao.pdf",
                vn.boiduong.HostileFiles.pdf("bao cao"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        int version = TestHttp.json(submitted).get("version").asInt();

        TestHttp officer = browser("vhxh.phulien");
        String taskPage = "/tasks/" + taskId;
        String html = page(officer, taskPage).body();
        assertThat(html).contains("id=\"decide-form\"", "id=\"accept-form\"", "data-confirm=\"Nghiệm thu sản phẩm và đánh dấu nhiệm vụ hoàn thành?\"");
        HttpResponse<String> noReason = officer.postForm(taskPage + "/decide", taskPage, Map.of("action", "return", "version", String.valueOf(version), "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("phải nêu lý do");
        assertThat(count("select count(*) from plan_task where id = :t and status = 'SUBMITTED'", "t", taskId)).isEqualTo(1);
        HttpResponse<String> ok = officer.postForm(taskPage + "/decide", taskPage, Map.of("action", "accept", "version", String.valueOf(version)));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(page(officer, taskPage).body()).contains("Đã nghiệm thu sản phẩm.", "data-status=\"DONE\"");
    }
}
