package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Role;

/**
 * Issue 14, points 4 and 5: users read names, not codes, and no internal reference reaches a screen or a document.
 * Real HTTP over the demo province, signed in as each role of the demo.
 */
@IntegrationTest
class WordsNotCodesTest {

    /** One login per role of the demo. */
    static final Map<String, String> LOGINS = Map.of("MINISTRY_ADMIN", "admin.bonoivu", "PROVINCE_OFFICER", "sonoivu.haiphong",
            "COMMUNE_OFFICER", "vhxh.phulien", "UNIT_HEAD", "truongphong.phulien", "STAFF", "canbo.phulien",
            "PROVIDER", "truongchinhtri.haiphong", "FINANCE_OFFICER", "taichinh.haiphong");
    /** A message key on screen: "home.heading.FINANCE_OFFICER", "audit.action.SELF_ASSESS", "??x??". */
    static final Pattern RAW_KEY = Pattern.compile("\\b[a-z]+(\\.[a-zA-Z]+)+\\.[A-Z][A-Z0-9_]{2,}\\b|\\?\\?[^?\\s]+\\?\\?");
    static final Pattern TARGET_STATUS = Pattern.compile("\\b(OFF_TRACK|ON_TRACK|AT_RISK|MET|NO_DATA)\\b");
    static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;

    private TestHttp signedIn(String username) {
        TestHttp b = TestHttp.browser(port);
        b.login(username, TestHttp.DEMO_PASSWORD);
        return b;
    }

    /** The text a person reads: no scripts, styles, tags or attributes (tooltips may keep codes). */
    static String visible(String html) {
        return html.replaceAll("(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("\\s+", " ");
    }

    @Test
    void everyRoleHasItsHeadingAndIntroductionInBothLanguages() throws IOException {
        Properties vi = bundle("messages_vi.properties");
        Properties en = bundle("messages_en.properties");
        for (Role role : Role.values()) {
            for (String key : List.of("home.heading." + role, "home.intro." + role, role.messageKey())) {
                assertThat(vi.getProperty(key)).as(key + " (vi)").isNotBlank();
                assertThat(en.getProperty(key)).as(key + " (en)").isNotBlank();
            }
        }
        assertThat(LOGINS.keySet()).containsExactlyInAnyOrderElementsOf(Stream.of(Role.values()).map(Role::name).toList());
        for (var login : LOGINS.entrySet()) {
            String home = signedIn(login.getValue()).get("/").body();
            Matcher h = Pattern.compile("id=\"home-heading\">([^<]*)<").matcher(home);
            assertThat(h.find()).as(login.getValue() + " sees a heading").isTrue();
            assertThat(h.group(1)).as(login.getValue()).isNotBlank().doesNotContain(login.getKey()).doesNotContain("home.heading");
            assertThat(visible(home)).as(login.getValue() + "'s home").doesNotContainPattern(RAW_KEY);
        }
        assertThat(signedIn("taichinh.haiphong").get("/").body()).contains("Kinh phí bồi dưỡng và chỉ tiêu của tỉnh");
    }

    @Test
    void everyAuditedActionHasAVerbAndEveryObjectTypeItsWords() throws IOException {
        Properties vi = bundle("messages_vi.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> actions = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        Pattern call = Pattern.compile("\\.(record|recordSystem|exported)\\(([^;]{0,400})", Pattern.DOTALL);
        Pattern literal = Pattern.compile("\"([A-Za-z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                if (!s.contains("AuditLog") && !s.contains("ExportAudit")) {
                    continue;
                }
                Matcher m = call.matcher(s);
                while (m.find()) {
                    List<String> lits = new ArrayList<>();
                    Matcher l = literal.matcher(m.group(2));
                    while (l.find()) {
                        lits.add(l.group(1));
                    }
                    lits.remove("system");
                    if (m.group(1).equals("exported")) {
                        if (!lits.isEmpty()) {
                            entities.add(lits.get(0));
                        }
                        continue;
                    }
                    lits.stream().filter(x -> x.matches("[A-Z_]+")).limit(2)
                            .filter(x -> !List.of("ACCEPTED", "APPROVED", "DRAFT", "FINISHED", "RUNNING", "MANUAL").contains(x))
                            .forEach(actions::add);
                    lits.stream().filter(x -> x.matches("[a-z_]+")).findFirst().ifPresent(entities::add);
                }
            }
        }
        assertThat(actions).contains("SELF_ASSESS", "APPROVE", "TASK_ACCEPT", "EXPORT").hasSizeGreaterThan(40);
        assertThat(entities).contains("enrollment", "plan_task", "gap_people");
        for (String a : actions) {
            assertThat(vi.getProperty("audit.verb." + a)).as("audit.verb." + a).isNotBlank();
            assertThat(en.getProperty("audit.verb." + a)).as("audit.verb." + a + " (en)").isNotBlank();
        }
        for (String e : entities) {
            assertThat(vi.getProperty("audit.entity." + e)).as("audit.entity." + e).isNotBlank();
            assertThat(en.getProperty("audit.entity." + e)).as("audit.entity." + e + " (en)").isNotBlank();
        }
    }

    @Test
    void theAuditLogReadsAsSentences() {
        var row = jdbc.sql("""
                        select e.id, p.full_name, c.name, o.path from enrollment e join person p on p.id = e.person_id
                        join training_class c on c.id = e.class_id join org_unit o on o.id = p.org_unit_id
                        where o.path like '/VN/31/11446/%' order by e.id limit 1
                        """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        String officer = jdbc.sql("select full_name from app_user where username = 'vhxh.phulien'").query(String.class).single();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("vhxh.phulien", null));
        try {
            tx.executeWithoutResult(s -> audit.record("APPROVE", "enrollment", row[0], row[3], Map.of("status", "PROPOSED"),
                    Map.of("status", "APPROVED", "decisionNote", "Đủ điều kiện"), null));
            // a row without an object id (an export): the sentence names the list
            tx.executeWithoutResult(s -> audit.record("EXPORT", "gap_people", null, row[3], null,
                    Map.of("rows", 1234, "filter", Map.of("category", "SPECIALISED")), null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        tx.executeWithoutResult(s -> audit.recordSystem("vhxh.phulien", "SELF_ASSESS", "rating", 999_999_999L, row[3],
                Map.of("fullName", row[1], "status", "SELF", "selfScore", 87.5, "period", "2026-Q3")));
        String page = signedIn("vhxh.phulien").get("/audit?entity=enrollment&entityId=" + row[0]).body();
        String text = visible(page);
        assertThat(text).contains(officer + " đã phê duyệt lượt cử đi học «" + row[1] + " — " + row[2] + "»")
                .contains("Trạng thái: Chờ duyệt → Đã duyệt").contains("Ghi chú khi duyệt: (trống) → Đủ điều kiện")
                .doesNotContain("audit.action").doesNotContain("{\"").doesNotContain(" enrollment ").doesNotContainPattern(RAW_KEY);
        assertThat(page).contains("APPROVE · enrollment #" + row[0]); // the code only in the tooltip

        String all = visible(signedIn("vhxh.phulien").get("/audit").body());
        assertThat(all).contains(officer + " đã tự đánh giá trong phiếu đánh giá, xếp loại «" + row[1] + "»")
                .contains("Trạng thái: Đã tự đánh giá").contains("Điểm tự đánh giá: 87,5")
                .contains(officer + " đã xuất Excel danh sách người cần bồi dưỡng").contains("Số dòng: 1.234")
                .doesNotContain("SELF_ASSESS").doesNotContain("plan_task").doesNotContain("{\"").doesNotContainPattern(RAW_KEY);
    }

    @Test
    void aStatusChangeShowsTheOldAndNewValuesInWords() {
        long task = jdbc.sql("select id from plan_task order by id limit 1").query(Long.class).single();
        String[] t = jdbc.sql("""
                        select t.number, o.path from plan_task t join action_plan p on p.id = t.plan_id
                        join org_unit o on o.id = p.issuer_unit_id where t.id = :id""")
                .param("id", task).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        tx.executeWithoutResult(s -> audit.record("TASK_ACCEPT", "plan_task", task, t[1], Map.of("status", "SUBMITTED", "progress", 90),
                Map.of("status", "DONE", "progress", 100), null));
        String text = visible(signedIn("admin.bonoivu").get("/audit?entity=plan_task&entityId=" + task).body());
        assertThat(text).contains("Hệ thống đã nghiệm thu nhiệm vụ «" + t[0] + ".").contains("Trạng thái: Chờ nghiệm thu → Hoàn thành")
                .contains("Tiến độ (%): 90 → 100").doesNotContain("TASK_ACCEPT").doesNotContain("SUBMITTED");
    }

    @Test
    void theYearlyReportNamesTheTargetStatusesInWords() throws Exception {
        TestHttp api = TestHttp.as(port, "vhxh.phulien");
        var opened = api.post("/api/reports", "{\"year\":2033}");
        assertThat(opened.statusCode()).as(opened.body()).isIn(200, 201);
        long id = TestHttp.json(opened).get("id").asLong();
        String page = signedIn("vhxh.phulien").get("/reports/" + id).body();
        assertThat(page).contains("id=\"report-targets\"");
        String table = visible(page.substring(page.indexOf("id=\"report-targets\"")));
        assertThat(table).doesNotContainPattern(TARGET_STATUS).containsPattern("Đạt|Đúng tiến độ|Có nguy cơ|Chậm tiến độ|Chưa có đối tượng");

        byte[] pdf = api.getBytes("/api/reports/" + id + "/files/pdf").body();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("THỰC HIỆN CHỈ TIÊU").doesNotContainPattern(TARGET_STATUS).doesNotContainIgnoringCase("seed")
                    .containsPattern("\\((đạt|đúng tiến độ|có nguy cơ|chậm tiến độ|chưa có đối tượng)\\)");
        }
        byte[] xlsx = api.getBytes("/api/reports/" + id + "/files/xlsx").body();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> cells = new ArrayList<>();
            wb.getSheets().forEach(sheet -> {
                try {
                    sheet.read().forEach(r -> r.forEach(c -> cells.add(c == null ? "" : c.getText())));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            var targets = wb.getSheets().filter(s -> s.getName().equals("Chỉ tiêu")).findFirst().orElseThrow();
            List<String> statuses = targets.read().stream().skip(3).map(r -> r.getCellText(3)).filter(s -> !s.isBlank()).toList();
            assertThat(statuses).isNotEmpty().allMatch(s -> s.matches("Đạt|Đúng tiến độ|Có nguy cơ|Chậm tiến độ|Chưa có đối tượng"));
            assertThat(String.join("|", cells)).doesNotContainPattern(TARGET_STATUS).doesNotContainIgnoringCase("seed");
        }
    }

    @Test
    void theTargetsDashboardShowsShortLabelsAndTheCodeOnlyInATooltip() {
        String page = signedIn("sonoivu.haiphong").get("/targets").body();
        String header = page.substring(page.indexOf("id=\"targets-matrix\""), page.indexOf("</thead>", page.indexOf("id=\"targets-matrix\"")));
        assertThat(visible(header)).contains("QLNN chung 50% (2028)").doesNotContainPattern("[A-Z]+_[A-Z0-9_]+");
        assertThat(header).contains("(QLNN_CHUNG_50_2028)\""); // the tooltip
        assertThat(page).contains("\"label\":\"QLNN chung 50% (2028)\"");
        String text = visible(page);
        assertThat(text).doesNotContainIgnoringCase("seed").doesNotContain("CMCN_CU_DI_2028").doesNotContain("QLNN_CHUNG_50_2028")
                .contains("Kế hoạch 219/KH-UBND, mục II.2.a");
        String admin = signedIn("sonoivu.haiphong").get("/targets/admin").body();
        assertThat(admin).contains("Tên ngắn").contains("Cử đi BD chuyên môn 2028");
    }

    @Test
    void noPageOfAnyMenuSpeaksOfSeedsOrShowsAMessageKey() {
        List<String> problems = new ArrayList<>();
        for (var login : LOGINS.entrySet()) {
            TestHttp b = signedIn(login.getValue());
            String home = b.get("/").body();
            Set<String> links = new LinkedHashSet<>();
            links.add("/");
            Matcher m = HREF.matcher(home);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (!href.matches(".*\\.(xlsx|pdf|docx|css|js|png|svg|ico)(\\?.*)?$") && !href.startsWith("/logout")
                        && !href.startsWith("/webjars") && !href.startsWith("/css") && !href.startsWith("/js")) {
                    links.add(href);
                }
            }
            links.addAll(List.of("/reports/calendar", "/targets", "/catalog", "/notifications", "/evaluation/ratings/indicators"));
            for (String link : links) {
                var r = b.get(link);
                if (r.statusCode() >= 500) {
                    problems.add(login.getValue() + " " + link + ": " + r.statusCode());
                }
                if (r.statusCode() != 200) {
                    continue;
                }
                String text = visible(r.body());
                if (text.toLowerCase().contains("seed")) {
                    problems.add(login.getValue() + " " + link + ": seed");
                }
                Matcher k = RAW_KEY.matcher(text);
                if (k.find()) {
                    problems.add(login.getValue() + " " + link + ": " + k.group());
                }
            }
        }
        // the catalog's source references of the national programmes
        String catalog = visible(signedIn("vhxh.phulien").get("/catalog/CMCN").body());
        assertThat(catalog).contains("Kế hoạch 219/KH-UBND, mục III.1.a").doesNotContainIgnoringCase("seed");
        assertThat(jdbc.sql("""
                select count(*) from (select source_ref from program union all select source_ref from target
                union all select source_ref from report_deadline union all select source_ref from rating_indicator_set
                union all select body from notification) s where source_ref ilike '%seed%' or source_ref like '%DOMAIN.md%'
                """).query(Long.class).single()).isZero();
        assertThat(problems).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WordsNotCodesTest.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
