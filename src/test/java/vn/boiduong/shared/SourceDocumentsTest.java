package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Internal seed numbers become the documents' official citations (the same rewrite as migration V19). */
class SourceDocumentsTest {

    @Test
    void seedReferencesBecomeOfficialCitations() {
        assertThat(SourceDocuments.cite("QĐ 700/QĐ-TTg; KH tỉnh — mục II.1.a (seed 001); KH phường — mục II.2.a (seed 000)"))
                .isEqualTo("QĐ 700/QĐ-TTg; Kế hoạch triển khai Đề án 700 của UBND thành phố, mục II.1.a; Kế hoạch 219/KH-UBND, mục II.2.a");
        assertThat(SourceDocuments.cite("NQ 09-NQ/TU; CTHĐ Đảng ủy phường — mục II.2.2 (2) (seed 003)"))
                .isEqualTo("NQ 09-NQ/TU; Chương trình hành động 17-CTr/ĐU, mục II.2.2 (2)");
        assertThat(SourceDocuments.cite("seed 000 III.1.b, III.2.a; 001 II.1.b"))
                .isEqualTo("Kế hoạch 219/KH-UBND, mục III.1.b, III.2.a; Kế hoạch triển khai Đề án 700 của UBND thành phố, mục II.1.b");
        assertThat(SourceDocuments.cite("Kế hoạch yêu cầu kịp thời xem xét thay thế (seed 003 III.3)."))
                .isEqualTo("Kế hoạch yêu cầu kịp thời xem xét thay thế (Chương trình hành động 17-CTr/ĐU, mục III.3).");
        assertThat(SourceDocuments.cite("seed 003 II.2.2; DOMAIN.md (tiêu chuẩn LLCT)")).doesNotContainIgnoringCase("seed")
                .doesNotContain("DOMAIN");
        assertThat(SourceDocuments.cite("Theo Kế hoạch 219/KH-UBND")).isEqualTo("Theo Kế hoạch 219/KH-UBND");
        assertThat(SourceDocuments.cite(null)).isNull();
    }
}
