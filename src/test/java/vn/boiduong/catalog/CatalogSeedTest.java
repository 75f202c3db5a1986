package vn.boiduong.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.shared.VietnameseText;

/** The catalog the migration seeds: the codes other modules use, the durations the seeds state. */
@IntegrationTest
class CatalogSeedTest {

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> row(String code) {
        return jdbc.sql("select duration_days, duration_text, category, phase, organiser from program where code = :c")
                .param("c", code).query().singleRow();
    }

    @Test
    void theSixCodesOtherModulesUseExist() {
        List<String> codes = jdbc.sql("select code from program where owner_unit_id is null and active").query(String.class).list();
        assertThat(codes).contains("CMCN", "QLNN_CHUNG_2CAP", "QLNN_LANH_DAO_HVCTQG", "LLCT_SO_CAP", "LLCT_TRUNG_CAP", "CNTT_CO_BAN");
        assertThat(codes).hasSizeBetween(30, 50);
    }

    @Test
    void durationsAreThoseOfTheSeeds() {
        // seed 000 III.1.a: 3 months; III.1.b: 2 weeks; HCMA programme for leaders
        assertThat(row("CMCN")).containsEntry("duration_text", "3 tháng").containsEntry("category", "CHUYEN_MON");
        assertThat(row("QLNN_CHUNG_2CAP")).containsEntry("duration_text", "2 tuần").containsEntry("duration_days", 10);
        assertThat(row("QLNN_LANH_DAO_HVCTQG")).containsEntry("organiser", "Học viện Chính trị quốc gia Hồ Chí Minh");
        List<Integer> sector = jdbc.sql("select duration_days from program where category in ('KY_NANG_NGANH', 'KY_NANG_BO_TRO', 'CAP_NHAT')")
                .query(Integer.class).list();
        assertThat(sector).hasSizeGreaterThan(25).allSatisfy(d -> assertThat(d).isBetween(2, 5));
        List<String> phase2 = jdbc.sql("select code from program where phase = 2").query(String.class).list();
        assertThat(phase2).contains("CN_PHAP_LUAT", "CN_DAO_DUC_CONG_VU", "CN_CHINH_QUYEN_SO", "KN_TRUYEN_THONG_CHINH_SACH");
    }

    @Test
    void everySeededSearchKeyIsTheOneJavaComputes() {
        jdbc.sql("select code, name, search_key from program").query().listOfRows().forEach(r ->
                assertThat(r.get("search_key")).as((String) r.get("code"))
                        .isEqualTo(VietnameseText.searchKey(r.get("name") + " " + r.get("code"))));
    }
}
