package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14, point 7: a quote only where a spreadsheet would really evaluate the text. */
class XlsxSafeTextTest {

    @Test
    void formulasAreNeutralised() {
        assertThat(Xlsx.safeText("=SUM(A1:A2)")).isEqualTo("'=SUM(A1:A2)");
        assertThat(Xlsx.safeText("-5+3")).isEqualTo("'-5+3");
        assertThat(Xlsx.safeText("+A1")).isEqualTo("'+A1");
        assertThat(Xlsx.safeText("@cmd")).isEqualTo("'@cmd");
        assertThat(Xlsx.safeText("-(1)")).isEqualTo("'-(1)");
        assertThat(Xlsx.safeText("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Xlsx.safeText("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void listItemsAndOrdinaryTextStayAsWritten() {
        assertThat(Xlsx.safeText("- Bồi dưỡng kiến thức quản lý nhà nước")).isEqualTo("- Bồi dưỡng kiến thức quản lý nhà nước");
        assertThat(Xlsx.safeText("+ 2 lớp")).isEqualTo("+ 2 lớp");
        assertThat(Xlsx.safeText("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
        assertThat(Xlsx.safeText("-")).isEqualTo("-");
        assertThat(Xlsx.safeText("— ")).isEqualTo("— ");
        assertThat(Xlsx.safeText(null)).isEmpty();
    }
}
