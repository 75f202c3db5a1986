package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.Xlsx;

/**
 * Issue 14 point 9: every role's home lists what waits for that person with one click to the page where it is done,
 * work lists open on "waiting for me", /results/pending leads somewhere (links, Excel, reminder), and a refused
 * certificate says that attendance is why.
 */
@IntegrationTest
class WaitingForMeTest {

    private static final Pattern ITEM = Pattern.compile("<a [^>]*class=\"waiting-item[^\"]*\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");
    private static final Pattern PERSON_LINK = Pattern.compile("class=\"person-link\" href=\"/people/(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestHttp browser(String user) {
        TestHttp b = TestHttp.browser(port);
        b.login(user, TestHttp.DEMO_PASSWORD);
        return b;
    }

    /** The waiting items of a home page: id → link. */
    static Map<String, String> items(String html) {
        Map<String, String> items = new LinkedHashMap<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            Matcher h = HREF.matcher(m.group());
            Matcher i = ID.matcher(m.group());
            assertThat(h.find()).as(m.group()).isTrue();
            assertThat(i.find()).as(m.group()).isTrue();
            items.put(i.group(1), h.group(1).replace("&amp;", "&"));
        }
        return items;
    }

    long personOf(String username) {
        return jdbc.sql("select person_id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void everyRolesHomeListsWhatWaitsForThatPersonAndEachLinkOpensThePageWhereItIsDone() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("canbo.phulien", List.of("home-report", "home-my-gaps"));
        expected.put("truongphong.phulien", List.of("home-review", "home-effect", "home-tasks-overdue"));
        expected.put("vhxh.phulien", List.of("home-proposals", "home-plans", "home-late", "home-approve", "home-effect", "home-tasks-overdue"));
        expected.put("sonoivu.haiphong", List.of("home-proposals", "home-plans", "home-late"));
        expected.put("truongchinhtri.haiphong", List.of("home-results", "home-feedback-summary"));
        expected.put("taichinh.haiphong", List.of("home-budget"));
        expected.put("admin.bonoivu", List.of("home-plans", "home-proposals"));
        Map<String, Long> times = new LinkedHashMap<>();
        for (var e : expected.entrySet()) {
            TestHttp b = browser(e.getKey());
            String home = b.get("/").body();
            Map<String, String> items = items(home);
            assertThat(items.keySet()).as(e.getKey()).containsAll(e.getValue());
            for (var item : items.entrySet()) {
                String link = item.getValue().replaceFirst("#.*$", "");
                HttpResponse<String> target = b.get(link);
                assertThat(target.statusCode()).as(e.getKey() + " " + item).isEqualTo(200);
                assertThat(target.body()).as(e.getKey() + " " + item).doesNotContain("??");
            }
            // warm, the home page answers in well under half a second (a few indexed counts of the user's scope; ~20-190 ms measured)
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                assertThat(b.get("/").statusCode()).isEqualTo(200);
                best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
            }
            times.put(e.getKey(), best);
        }
        System.out.println("Home page times (best of 3, ms): " + times);
        times.forEach((user, ms) -> assertThat(ms).as(user).isLessThan(500));

        // the staff: the course to report opens its report form; the head: the self-assessment heads the ratings list
        TestHttp staff = browser("canbo.phulien");
        long enrollment = jdbc.sql("""
                select e.id from enrollment e join training_class c on c.id = e.class_id
                where e.person_id = :p and e.self_reported_at is null and c.starts_on <= current_date
                  and e.status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED') order by e.id limit 1""")
                .param("p", personOf("canbo.phulien")).query(Long.class).single();
        assertThat(staff.get(items(staff.get("/").body()).get("home-report")).body()).contains("/me/training/" + enrollment + "/report");
        assertThat(items(staff.get("/").body()).get("home-my-gaps")).isEqualTo("/people/" + personOf("canbo.phulien") + "#tab-standard");

        TestHttp head = browser("truongphong.phulien");
        String ratings = head.get(items(head.get("/").body()).get("home-review")).body();
        Matcher first = Pattern.compile("class=\"waiting-row\" data-person=\"(\\d+)\"").matcher(ratings);
        assertThat(first.find()).isTrue();
        assertThat(Long.parseLong(first.group(1))).isEqualTo(personOf("canbo.phulien"));

        // the commune officer: the class with her staff's proposals, the plan to decide, the approval queue
        TestHttp commune = browser("vhxh.phulien");
        Map<String, String> communeItems = items(commune.get("/").body());
        long proposed = jdbc.sql("""
                select e.class_id from enrollment e join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id
                join training_class c on c.id = e.class_id join org_unit oc on oc.id = c.organiser_unit_id
                where e.status = 'PROPOSED' and c.status in ('OPEN','RUNNING') and o.path like '/VN/31/11446/%'
                  and oc.path like '/VN/31/11446/%' limit 1""").query(Long.class).single();
        assertThat(commune.get(communeItems.get("home-proposals")).body()).contains("href=\"/classes/" + proposed + "\"");
        long plan = jdbc.sql("""
                select t.id from training_plan t join org_unit o on o.id = t.org_unit_id
                where t.status = 'SUBMITTED' and o.path like '/VN/31/11446/%' limit 1""").query(Long.class).single();
        assertThat(commune.get(communeItems.get("home-plans")).body()).contains("/plans/" + plan);
        assertThat(commune.get(communeItems.get("home-approve")).body()).contains("class=\"queue-row\"");

        // the provider: its running class whose attendance and results are to be recorded
        TestHttp provider = browser("truongchinhtri.haiphong");
        long running = jdbc.sql("""
                select c.id from training_class c join app_user u on u.provider_id = c.provider_id
                where u.username = 'truongchinhtri.haiphong' and c.status in ('RUNNING','FINISHED')
                  and exists (select 1 from enrollment e where e.class_id = c.id and e.status in ('APPROVED','ATTENDING')) limit 1""")
                .query(Long.class).single();
        assertThat(provider.get(items(provider.get("/").body()).get("home-results")).body()).contains("href=\"/classes/" + running + "\"");
        // and is not offered the results follow-up it may not open (403)
        assertThat(provider.get("/classes").body()).doesNotContain("href=\"/results/pending\"");
    }

    @Test
    void theRatingsListOpensOnWhatWaitsForMeWithAWayToSeeAll() {
        TestHttp head = browser("truongphong.phulien");
        String waiting = head.get("/evaluations/ratings").body();
        assertThat(waiting).contains("id=\"waiting\"", "id=\"mode-all\"").doesNotContain("id=\"staff\"");
        Matcher rows = Pattern.compile("class=\"waiting-row\" data-person=\"(\\d+)\"").matcher(waiting);
        assertThat(rows.find()).isTrue();
        assertThat(Long.parseLong(rows.group(1))).isEqualTo(personOf("canbo.phulien"));
        String all = head.get("/evaluations/ratings?show=all").body();
        assertThat(all).contains("id=\"staff\"").contains("data-person=\"" + personOf("canbo.phulien") + "\"").doesNotContain("id=\"waiting\"");
        // the commune officer's classes: the filter of proposals waiting for her, all one click away
        String classes = browser("vhxh.phulien").get("/classes?show=proposals").body();
        assertThat(classes).contains("id=\"mode-proposals\"", "id=\"mode-all\"");
    }

    @Test
    void pendingResultsLinkTheNamesExportTheRowsAndRemindExactlyTheLatePeople() throws Exception {
        TestHttp commune = browser("vhxh.phulien");
        String page = commune.get("/results/pending").body();
        String late = page.substring(page.indexOf("id=\"late-reports\""));
        List<Long> lateIds = new ArrayList<>();
        Matcher m = PERSON_LINK.matcher(late);
        while (m.find()) {
            lateIds.add(Long.parseLong(m.group(1)));
        }
        assertThat(lateIds).isNotEmpty();
        assertThat(late.split("<tr>", -1).length - 2).as("every late row has its link").isEqualTo(lateIds.size());
        assertThat(commune.get("/people/" + lateIds.get(0)).statusCode()).isEqualTo(200);
        assertThat(page).contains("hx-boost=\"false\" id=\"pending-export\"");

        HttpResponse<byte[]> xlsx = commune.getBytes("/results/pending.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<String> names = new ArrayList<>();
        Xlsx.read(xlsx.body(), null, 10_000, (row, cells) -> {
            if (row > 3 && cells.size() > 1 && !cells.get(1).blank()) {
                names.add(cells.get(1).text());
            }
        });
        Matcher all = Pattern.compile("class=\"person-link\" href=\"/people/\\d+\">([^<]+)<").matcher(page);
        List<String> shown = new ArrayList<>();
        while (all.find()) {
            shown.add(all.group(1));
        }
        assertThat(names).containsExactlyElementsOf(shown);

        // the reminder: confirmed, only for those who may check results, to exactly the late people who have an account
        assertThat(browser("canbo.phulien").postForm("/results/pending/remind", "/", Map.of("confirm", "true")).statusCode()).isEqualTo(403);
        assertThat(commune.postForm("/results/pending/remind", "/results/pending", Map.of()).statusCode()).isEqualTo(400);
        Set<Long> reachable = new TreeSet<>(jdbc.sql("select person_id from app_user where person_id in (:ids)")
                .param("ids", lateIds).query(Long.class).list());
        assertThat(reachable).isNotEmpty();
        HttpResponse<String> sent = commune.postForm("/results/pending/remind", "/results/pending", Map.of("confirm", "true"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String key = "result-reminder:%:" + LocalDate.now(clock) + ":manual";
        Set<Long> notified = new TreeSet<>(jdbc.sql("""
                select u.person_id from notification n join app_user u on u.id = n.user_id where n.dedupe_key like :k""")
                .param("k", key).query(Long.class).list());
        assertThat(notified).isEqualTo(reachable);
        assertThat(commune.get("/results/pending").body()).contains("id=\"reminded\"", "Đã gửi lời nhắc đến " + reachable.size() + " học viên");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REMIND_RESULTS' and username = 'vhxh.phulien'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theProviderIsToldThatAttendanceBelowTheMinimumIsWhyNoCertificate() {
        long[] row = jdbc.sql("""
                select e.id, c.id, c.sessions from enrollment e join training_class c on c.id = e.class_id
                join app_user u on u.provider_id = c.provider_id
                where u.username = 'truongchinhtri.haiphong' and c.status = 'RUNNING' and e.status in ('APPROVED','ATTENDING')
                  and c.sessions >= 2 order by e.id limit 1""").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        long attended = row[2] / 2;
        String percent = java.math.BigDecimal.valueOf(attended * 100).divide(java.math.BigDecimal.valueOf(row[2]), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',');
        HttpResponse<String> api = TestHttp.as(port, "truongchinhtri.haiphong").post("/api/enrollments/" + row[0] + "/result",
                "{\"sessionsAttended\": \"" + attended + "\", \"grade\": \"8\", \"certificateNo\": \"CC-2026-001\"}");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("Chuyên cần " + percent + "% (" + attended + "/" + row[2] + " buổi) dưới mức tối thiểu 100%");

        TestHttp provider = browser("truongchinhtri.haiphong");
        String classPage = "/classes/" + row[1];
        HttpResponse<String> form = provider.postForm("/enrollments/" + row[0] + "/result", classPage,
                Map.of("sessionsAttended", Long.toString(attended), "grade", "8", "certificateNo", "CC-2026-001", "certificateDate", ""));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(provider.get(classPage).body()).contains("Chuyên cần " + percent + "%", "dưới mức tối thiểu 100%");
        assertThat(jdbc.sql("select status from enrollment where id = :id").param("id", row[0]).query(String.class).single())
                .isIn("APPROVED", "ATTENDING");
    }
}
