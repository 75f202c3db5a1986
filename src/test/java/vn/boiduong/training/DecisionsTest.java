package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.training.TrainingFixtures.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** The sending decision (ND 30/2020 layout): issued for the approved, as DOCX and PDF, numbers unique, read in scope. */
@IntegrationTest
class DecisionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommuneIssuesTheDecisionListingItsApprovedStaff() throws Exception {
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        long c = createClass(commune, "Bồi dưỡng kỹ năng truyền thông chính sách", "KN_TRUYEN_THONG_CHINH_SACH",
                TODAY.plusDays(300), TODAY.plusDays(302), "AFTER_HOURS", 10, null);
        List<Long> people = freePeople(jdbc, "11446", 2);
        List<Long> ids = propose(commune, c, people);
        HttpResponse<String> none = commune.post("/api/classes/" + c + "/decisions",
                "{\"number\": \"91/QĐ-UBND\", \"signedOn\": \"%s\", \"signerName\": \"Phạm Văn Nam\", \"signerTitle\": \"Phó Chủ tịch\"}"
                        .formatted(vn.boiduong.shared.Dates.format(TODAY)));
        assertThat(none.statusCode()).as("nobody approved yet").isEqualTo(400);
        ids.forEach(id -> assertThat(approve(commune, id).statusCode()).isEqualTo(200));
        HttpResponse<String> issued = commune.post("/api/classes/" + c + "/decisions",
                "{\"number\": \"91/QĐ-UBND\", \"signedOn\": \"%s\", \"signerName\": \"Phạm Văn Nam\", \"signerTitle\": \"Phó Chủ tịch\"}"
                        .formatted(vn.boiduong.shared.Dates.format(TODAY)));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        long d = TestHttp.json(issued).get("id").asLong();
        List<String> names = jdbc.sql("select full_name from person where id in (:ids)").param("ids", people).query(String.class).list();

        HttpResponse<byte[]> pdf = commune.getBytes("/decisions/" + d + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
                    "Về việc cử cán bộ, công chức đi bồi dưỡng", "Điều 1.", "KT. CHỦ TỊCH", "Phạm Văn Nam", "Nơi nhận:");
            names.forEach(n -> assertThat(text).contains(n));
        }
        HttpResponse<byte[]> docx = commune.getBytes("/decisions/" + d + ".docx");
        String xml = documentXml(docx.body());
        assertThat(xml).contains("Bồi dưỡng kỹ năng truyền thông chính sách");
        names.forEach(n -> assertThat(xml).contains(n));
        assertThat(jdbc.sql("select count(*) from enrollment where decision_id = :d").param("d", d).query(Long.class).single()).isEqualTo(2);

        // the same number again, and readers outside the commune
        long other = createClass(commune, "Lớp khác", "KN_RA_QUYET_DINH", TODAY.plusDays(310), TODAY.plusDays(311), "AFTER_HOURS", 5, null);
        approve(commune, propose(commune, other, freePeople(jdbc, "11446", 1)).get(0));
        HttpResponse<String> dup = commune.post("/api/classes/" + other + "/decisions",
                "{\"number\": \"91/QĐ-UBND\", \"signedOn\": \"%s\", \"signerName\": \"A\", \"signerTitle\": \"Chủ tịch\"}"
                        .formatted(vn.boiduong.shared.Dates.format(TODAY)));
        assertThat(dup.statusCode()).isEqualTo(400);
        assertThat(dup.body()).contains("91/QĐ-UBND");
        assertThat(TestHttp.as(port, "vhxh.viethoa").getBytes("/decisions/" + d + ".pdf").statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "sonoivu.haiphong").getBytes("/decisions/" + d + ".pdf").statusCode()).isEqualTo(200);
        // a unit below the issuer reads the decision only where it names that unit's own staff
        boolean namesHerStaff = jdbc.sql("""
                select exists (select 1 from person p join org_unit o on o.id = p.org_unit_id, app_user u join org_unit s on s.id = u.org_unit_id
                               where u.username = 'truongphong.phulien' and p.id in (:ids) and o.path like s.path || '%')
                """).param("ids", people).query(Boolean.class).single();
        assertThat(TestHttp.as(port, "truongphong.phulien").getBytes("/decisions/" + d + ".pdf").statusCode())
                .as("a unit below the issuer does not read the whole list").isEqualTo(namesHerStaff ? 200 : 403);
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
