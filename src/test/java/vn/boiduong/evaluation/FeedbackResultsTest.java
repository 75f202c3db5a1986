package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.boiduong.evaluation.FeedbackFixtures.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;

/** Results per class and per provider, recounted by hand and from raw rows; level 2 beside them; scope; the export. */
@IntegrationTest
class FeedbackResultsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;

    TestHttp province() {
        return TestHttp.as(port, "sonoivu.haiphong");
    }

    @Test
    void aClassTalliesMatchAHandCountWithTheProvidersResultsBeside() throws Exception {
        List<Long> people = freePeople(jdbc, commune(jdbc, 3), 5);
        List<String> names = accounts(users, jdbc, "hv.fb.agg", people);
        long c = classWith(province(), "Lớp tổng hợp ý kiến", TODAY.minusDays(20), TODAY.minusDays(10), demoProvider(jdbc), people);
        start(province(), c);
        TestHttp provider = TestHttp.as(port, "truongchinhtri.haiphong");
        String[][] results = {{"4", "9", "TC-FB-1"}, {"4", "6,5", "TC-FB-2"}, {"4", "3", null}, {"2", "7", null}};
        for (int i = 0; i < results.length; i++) {
            String[] r = results[i];
            HttpResponse<String> rec = provider.post("/api/enrollments/" + enrollment(jdbc, c, people.get(i)) + "/result", """
                    {"sessionsAttended": "%s", "grade": "%s", "certificateNo": %s, "certificateDate": %s}""".formatted(r[0], r[1],
                    r[2] == null ? "null" : "\"" + r[2] + "\"", r[2] == null ? "null" : "\"" + vn.boiduong.shared.Dates.format(TODAY.minusDays(9)) + "\""));
            assertThat(rec.statusCode()).as(rec.body()).isEqualTo(200);
        }
        int[][] answers = {{9, 8, 5, 10}, {7, 6, 4, 8}, {8, 10, 3, 9}};
        String[] comments = {"Rất bổ ích", null, "Cần thêm tài liệu"};
        for (int i = 0; i < answers.length; i++) {
            int[] a = answers[i];
            HttpResponse<String> ok = TestHttp.as(port, names.get(i)).post("/api/me/feedback/" + enrollment(jdbc, c, people.get(i)),
                    answer(a[0], a[1], a[2], a[3], comments[i]));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        }

        JsonNode detail = TestHttp.json(province().get("/api/evaluations/feedback/classes/" + c));
        JsonNode r = detail.get("summary").get("result");
        assertThat(r.get("responses").asInt()).isEqualTo(3);
        assertThat(r.get("trainees").asInt()).isEqualTo(5);
        String[] bands = {"TOT", "TOT", "TRUNG_BINH", "TOT"};
        for (int k = 0; k < 4; k++) {
            int col = k;
            double mean = IntStream.range(0, answers.length).map(i -> answers[i][col]).average().orElseThrow();
            assertThat(r.get("criteria").get(k).get("mean").asDouble()).isCloseTo(mean, within(0.005));
            assertThat(r.get("criteria").get(k).get("band").asString()).isEqualTo(bands[k]);
        }
        assertThat(r.get("overall").asDouble()).isEqualTo(7.25); // 87 points / 12 scores
        assertThat(r.get("band").asString()).isEqualTo("KHA");
        // level 2: 2 of the 4 with a result passed (full attendance and ≥ 5); grades 9, 6.5, 3, 7
        assertThat(r.get("graded").asInt()).isEqualTo(4);
        assertThat(r.get("passed").asInt()).isEqualTo(2);
        assertThat(r.get("passRate").asDouble()).isEqualTo(50.0);
        assertThat(r.get("meanGrade").asDouble()).isEqualTo(6.38);
        List<String> shown = new ArrayList<>();
        detail.get("comments").forEach(n -> shown.add(n.asString()));
        assertThat(shown).containsExactly("Cần thêm tài liệu", "Rất bổ ích");
        String body = province().get("/api/evaluations/feedback/classes/" + c).body();
        for (long person : people) {
            String name = jdbc.sql("select full_name from person where id = :p").param("p", person).query(String.class).single();
            assertThat(body).as("unsigned").doesNotContain(name);
        }

        HttpResponse<byte[]> xlsx = province().getBytes("/evaluations/feedback/classes/" + c + "/feedback.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<List<String>> rows = read(xlsx.body());
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSequence("Nội dung chương trình", "8.0", "Tốt"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSequence("Chỉ số chung", "7.25", "Khá"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSequence("9", "8", "5", "10", "Rất bổ ích"));
        assertThat(rows.toString()).doesNotContain(jdbc.sql("select full_name from person where id = :p")
                .param("p", people.get(0)).query(String.class).single());
        assertThat(TestHttp.as(port, "canbo.phulien").getBytes("/evaluations/feedback/classes/" + c + "/feedback.xlsx").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aProvidersTallyAddsUpEveryAnswerOnItsStartedClasses() {
        long providerId = demoProvider(jdbc);
        JsonNode providers = TestHttp.json(province().get("/api/evaluations/feedback/providers"));
        JsonNode mine = null;
        for (JsonNode p : providers) {
            if (p.get("providerId").asLong() == providerId) {
                mine = p;
            }
        }
        assertThat(mine).as("the demo provider has answers from the demo").isNotNull();
        // recount from raw rows: every answer on a started, not cancelled class of the provider
        List<int[]> raw = jdbc.sql("""
                        select f.content, f.lecturers, f.organisation, f.usefulness from class_feedback f
                        join training_class c on c.id = f.class_id where c.provider_id = :p and c.status <> 'CANCELLED'
                        and c.starts_on <= current_date""").param("p", providerId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).list();
        JsonNode r = mine.get("result");
        assertThat(r.get("responses").asInt()).isEqualTo(raw.size());
        double total = 0;
        for (int k = 0; k < 4; k++) {
            int col = k;
            double mean = raw.stream().mapToInt(a -> a[col]).average().orElseThrow();
            total += raw.stream().mapToInt(a -> a[col]).sum();
            assertThat(r.get("criteria").get(k).get("mean").asDouble()).isCloseTo(mean, within(0.005));
            assertThat(r.get("criteria").get(k).get("band").asString()).isEqualTo(FeedbackBand.of(mean).name());
        }
        double overall = total / (4.0 * raw.size());
        assertThat(r.get("overall").asDouble()).isCloseTo(overall, within(0.005));
        assertThat(r.get("band").asString()).isEqualTo(FeedbackBand.of(overall).name());
        List<Object[]> level2 = jdbc.sql("""
                        select count(*), count(e.passed), count(*) filter (where e.passed) from enrollment e
                        join training_class c on c.id = e.class_id where c.provider_id = :p and c.status <> 'CANCELLED'
                        and c.starts_on <= current_date and e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED')""")
                .param("p", providerId).query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).list();
        assertThat(r.get("trainees").asInt()).isEqualTo(level2.get(0)[0]);
        assertThat(r.get("graded").asInt()).isEqualTo(level2.get(0)[1]);
        double rate = BigDecimal.valueOf(100.0 * (int) level2.get(0)[2] / (int) level2.get(0)[1]).setScale(2, RoundingMode.HALF_UP).doubleValue();
        assertThat(r.get("passRate").asDouble()).isEqualTo(rate);
    }

    @Test
    void theDemoClassHasAnswersFromTwoThirdsWithBandsThatDifferByCriterion() {
        JsonNode demo = null;
        for (JsonNode s : TestHttp.json(province().get("/api/evaluations/feedback/classes"))) {
            if (s.get("className").asString().endsWith("Đợt 3") && "FINISHED".equals(s.get("classStatus").asString())) {
                demo = s.get("result");
            }
        }
        assertThat(demo).isNotNull();
        double share = demo.get("responses").asDouble() / demo.get("trainees").asInt();
        assertThat(share).isBetween(0.6, 0.7);
        List<String> bands = new ArrayList<>();
        demo.get("criteria").forEach(k -> bands.add(k.get("band").asString()));
        assertThat(bands).containsExactly("TOT", "KHA", "TRUNG_BINH", "KHA");
        assertThat(demo.get("passRate").isNull()).as("level 2 from the provider's results").isFalse();
    }

    @Test
    void readersSeeOnlyClassesOrganisedInOrAboveTheirUnitAndProvidersOnlyTheirOwn() {
        // a class of the Phù Liễn commune (no provider) with one answer
        List<Long> person = freePeople(jdbc, "11446", 1);
        String trainee = accounts(users, jdbc, "hv.fb.scope", person).get(0);
        TestHttp phuLien = TestHttp.as(port, "vhxh.phulien");
        long communeClass = classWith(phuLien, "Lớp của phường Phù Liễn", TODAY.minusDays(4), TODAY.minusDays(2), null, person);
        start(phuLien, communeClass);
        assertThat(TestHttp.as(port, trainee).post("/api/me/feedback/" + enrollment(jdbc, communeClass, person.get(0)),
                answer(7, 7, 7, 7, "Ổn")).statusCode()).isEqualTo(201);
        String path = "/api/evaluations/feedback/classes/" + communeClass;
        for (String reader : List.of("vhxh.phulien", "truongphong.phulien", "sonoivu.haiphong", "admin.bonoivu")) {
            assertThat(TestHttp.as(port, reader).get(path).statusCode()).as(reader).isEqualTo(200);
            assertThat(TestHttp.as(port, reader).get("/api/evaluations/feedback/classes").body()).as(reader)
                    .contains("Lớp của phường Phù Liễn");
        }
        for (String outsider : List.of("vhxh.viethoa", "truongchinhtri.haiphong", "canbo.phulien", trainee)) {
            assertThat(TestHttp.as(port, outsider).get(path).statusCode()).as(outsider).isEqualTo(403);
            assertThat(TestHttp.as(port, outsider).get("/evaluations/feedback/classes/" + communeClass).statusCode()).as(outsider).isEqualTo(403);
        }
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/evaluations/feedback/classes").body()).doesNotContain("Lớp của phường Phù Liễn");
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/evaluations/feedback/classes").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/evaluations/feedback/providers").statusCode()).isEqualTo(403);

        // a province class run by the demo provider: every commune below sees it; another provider does not
        List<Long> people = freePeople(jdbc, commune(jdbc, 4), 1);
        long provinceClass = classWith(province(), "Lớp của Trường Chính trị", TODAY.minusDays(4), TODAY.minusDays(2), demoProvider(jdbc), people);
        long provinceUnit = jdbc.sql("select id from org_unit where code = '31'").query(Long.class).single();
        long other = jdbc.sql("insert into provider (name, kind, org_unit_id) values ('Trường Đại học kiểm thử góp ý', 'DAI_HOC', :u) returning id")
                .param("u", provinceUnit).query(Long.class).single();
        users.createSystemUser(new UserAdministration.NewUser("coso.khac.fb", TestHttp.DEMO_PASSWORD, "Cơ sở khác", null, Role.PROVIDER,
                provinceUnit, null, other));
        String classPath = "/api/evaluations/feedback/classes/" + provinceClass;
        assertThat(TestHttp.as(port, "vhxh.viethoa").get(classPath).statusCode()).isEqualTo(200);
        assertThat(TestHttp.as(port, "truongchinhtri.haiphong").get(classPath).statusCode()).isEqualTo(200);
        assertThat(TestHttp.as(port, "truongchinhtri.haiphong").get("/api/evaluations/feedback/classes").body())
                .contains("Lớp của Trường Chính trị").doesNotContain("Lớp của phường Phù Liễn");
        TestHttp otherProvider = TestHttp.as(port, "coso.khac.fb");
        assertThat(otherProvider.get(classPath).statusCode()).isEqualTo(403);
        assertThat(otherProvider.get("/api/evaluations/feedback/classes").body()).isEqualTo("[]");
        assertThat(otherProvider.get("/api/evaluations/feedback/providers").body()).isEqualTo("[]");
        assertThat(province().get("/api/evaluations/feedback/classes/99999999").statusCode()).isEqualTo(404);
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
                }
                out.add(cells);
            }
        }
        return out;
    }
}
