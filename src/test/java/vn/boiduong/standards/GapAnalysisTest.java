package vn.boiduong.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Gaps over real HTTP: who falls short and why, the certificate closing a gap, priorities, versions, scope. */
@IntegrationTest
class GapAnalysisTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestHttp officer() {
        return TestHttp.as(port, "vhxh.phulien");
    }

    private long create(String name, String field, boolean reorg) {
        HttpResponse<String> r = officer().post("/api/people", """
                {"fullName": "%s", "birthDate": "10/10/1985", "gender": "Nam", "ethnicity": "Kinh", "staffKind": "Công chức",
                 "leader": "Không", "title": "Chuyên viên tư pháp - hộ tịch", "jobPositionCode": "CV_TU_PHAP", "rank": "01.003",
                 "educationLevel": "Đại học", "educationField": "%s", "politicalTheory": "Sơ cấp",
                 "stateManagement": "Chương trình chuyên viên", "itLevel": "CO_BAN", "affectedByReorg": "%s", "unitCode": "11446-VP"}"""
                .formatted(name, field, reorg ? "Có" : "Không"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestHttp.json(r).get("id").asLong();
    }

    private List<String> unmet(long personId) {
        List<String> out = new ArrayList<>();
        TestHttp.json(officer().get("/api/people/" + personId + "/standard")).forEach(l -> {
            if (!l.get("met").asBoolean()) {
                out.add(l.get("type").asString());
            }
        });
        return out;
    }

    @Test
    void aSpecialistOutsideTheFieldLacksTheStandardUntilTheCertificateComes() {
        long id = create("Ngô Văn Ngành", "Sư phạm", true);
        assertThat(unmet(id)).containsExactly("EDUCATION");
        JsonNode lines = TestHttp.json(officer().get("/api/people/" + id + "/standard"));
        String why = lines.findValues("explanation").stream().map(JsonNode::asString).filter(s -> s.contains("Sư phạm")).findFirst().orElse("");
        assertThat(why).contains("không thuộc các ngành phù hợp", "Luật");
        assertThat(jdbc.sql("select category from person_gap where person_id = :p").param("p", id).query(String.class).list())
                .containsExactly("SPECIALISED");

        HttpResponse<String> cert = officer().post("/api/people/" + id + "/qualifications",
                "{\"programCode\": \"CMCN\", \"certificateNo\": \"CM-2026-17\", \"issuedOn\": \"15/10/2026\", \"issuer\": \"Sở Nội vụ\"}");
        assertThat(cert.statusCode()).as(cert.body()).isEqualTo(201);
        assertThat(unmet(id)).isEmpty(); // seed 000 III.1.a
        assertThat(jdbc.sql("select count(*) from person_gap where person_id = :p").param("p", id).query(Long.class).single()).isZero();
    }

    @Test
    void theNeedsListPutsSpecialisedGapsAndTheReorganisedFirst() {
        create("Đào Thị Sắp Xếp", "Ngôn ngữ Anh", true);
        create("Đào Thị Giữ Nguyên", "Ngôn ngữ Anh", false);
        JsonNode needs = TestHttp.json(officer().get("/api/gaps/needs?size=1000"));
        List<int[]> order = new ArrayList<>();
        needs.get("items").forEach(n -> order.add(new int[] {n.get("priority").asInt(),
                n.get("priority").asInt() == 1 && n.get("affectedByReorg").asBoolean() ? 0 : 1}));
        for (int i = 1; i < order.size(); i++) {
            int[] a = order.get(i - 1);
            int[] b = order.get(i);
            assertThat(a[0] < b[0] || (a[0] == b[0] && a[1] <= b[1])).as("row %d in priority order", i).isTrue();
        }
        List<String> names = needs.get("items").findValues("fullName").stream().map(JsonNode::asString).toList();
        assertThat(names.indexOf("Đào Thị Sắp Xếp")).isLessThan(names.indexOf("Đào Thị Giữ Nguyên"));
        // the numbers agree with the stored gaps, counted independently
        long expected = jdbc.sql("select count(distinct g.person_id) from person_gap g join person p on p.id = g.person_id "
                + "join org_unit o on o.id = p.org_unit_id where o.path like '/VN/31/11446/%' and p.status = 'ACTIVE'").query(Long.class).single();
        assertThat(needs.get("total").asLong()).isEqualTo(expected);
        long withGapsInUnits = 0;
        for (JsonNode u : TestHttp.json(officer().get("/api/gaps/units"))) {
            withGapsInUnits += u.get("withGaps").asLong();
        }
        assertThat(withGapsInUnits).isEqualTo(expected);
    }

    @Test
    void aProvinceOfficerChangesARequirementAsANewVersionAndEveryoneIsRechecked() throws InterruptedException {
        long id = create("Lý Văn Phiên Bản", "Luật", false);
        assertThat(unmet(id)).isEmpty();
        long reqId = jdbc.sql("select r.id from requirement r join job_position p on p.id = r.job_position_id "
                + "where p.code = 'CV_TU_PHAP' and r.type = 'POLITICAL_THEORY' and r.valid_to is null").query(Long.class).single();
        String change = "{\"type\": \"POLITICAL_THEORY\", \"minLevel\": \"TRUNG_CAP\", \"note\": \"Thử nâng chuẩn\"}";
        assertThat(officer().put("/api/standards/requirements/" + reqId, change).statusCode()).isEqualTo(403);
        HttpResponse<String> r = TestHttp.as(port, "sonoivu.haiphong").put("/api/standards/requirements/" + reqId, change);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long newId = TestHttp.json(r).get("id").asLong();
        try {
            // everyone is rechecked by the queued gaps-recompute job, woken as soon as the change commits
            assertThat(eventually(id, List.of("POLITICAL_THEORY"))).containsExactly("POLITICAL_THEORY");
            JsonNode history = TestHttp.json(officer().get("/api/standards/positions/CV_TU_PHAP/history"));
            assertThat(history.findValues("id").stream().map(JsonNode::asLong).toList()).contains(reqId, newId);
            assertThat(TestHttp.as(port, "sonoivu.haiphong").put("/api/standards/requirements/" + reqId, change).statusCode())
                    .as("the old version cannot be edited again").isEqualTo(409);
        } finally {
            TestHttp.as(port, "sonoivu.haiphong").put("/api/standards/requirements/" + newId,
                    "{\"type\": \"POLITICAL_THEORY\", \"minLevel\": \"SO_CAP\", \"note\": \"Lý luận chính trị sơ cấp trở lên\"}");
        }
        assertThat(eventually(id, List.of())).isEmpty();
    }

    /** The person's unmet requirements once they equal {@code expected}, or as they are after 30 s. */
    private List<String> eventually(long personId, List<String> expected) throws InterruptedException {
        List<String> now = unmet(personId);
        for (int i = 0; i < 150 && !now.equals(expected); i++) {
            Thread.sleep(200);
            now = unmet(personId);
        }
        return now;
    }

    @Test
    void gapsStayInsideTheScope() {
        long unitA = jdbc.sql("select id from org_unit where code = '11446'").query(Long.class).single();
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/gaps/needs?unitId=" + unitA).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/gaps/needs").statusCode()).isEqualTo(403);
        JsonNode province = TestHttp.json(TestHttp.as(port, "sonoivu.haiphong").get("/api/gaps/units"));
        assertThat(province.size()).isEqualTo(114);
        TestHttp.json(TestHttp.as(port, "vhxh.viethoa").get("/api/gaps/needs?size=500")).get("items")
                .forEach(n -> assertThat(n.get("unitName").asString()).doesNotContain("Phù Liễn"));
    }

    @Test
    void theProposalExportsInPriorityOrder() throws Exception {
        HttpResponse<byte[]> xlsx = officer().getBytes("/gaps/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> priorities = new ArrayList<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            wb.getFirstSheet().openStream().skip(3).forEach(r -> priorities.add(r.getCellText(5)));
        }
        assertThat(priorities).isNotEmpty().isSorted();
    }
}
