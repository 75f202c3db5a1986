package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.boiduong.shared.Problems;

/** Results: the certificate rule (full attendance, ≥ 5/10) and certificate scans recognised by content. */
class ResultRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TrainingClass CLASS = new TrainingClass(1, "C", "Lớp", "QLNN_CHUNG_2CAP", "QLNN", 1, "Xã", "/VN/31/", null,
            null, null, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 12), 10, null, "CENTRAL", null, null, "IN_PERSON",
            "OFFICE_HOURS", 40, null, 0, 0, "NSNN_TINH", 0, 0, "RUNNING", 0, 0, 0, 0);

    @Property
    void passingNeedsEverySessionAndAPassMark(@ForAll @IntRange(min = 0, max = 10) int attended,
                                              @ForAll @IntRange(min = 0, max = 100) int tenths) {
        BigDecimal grade = BigDecimal.valueOf(tenths, 1);
        boolean expected = attended == 10 && tenths >= 50;
        assertThat(ResultRules.passes(10, attended, grade)).isEqualTo(expected);
    }

    @Test
    void aPassWithoutCertificateNumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ResultRules.check("10", "7,5", "", "20/09/2026", CLASS, true, TODAY))
                .isInstanceOfSatisfying(Problems.InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(Problems.FieldProblem::field).containsExactly("certificateNo"));
    }

    @Test
    void aCommaDecimalGradeIsReadAndAShortAttendanceFails() {
        var pass = ResultRules.check("10", "7,5", "QLNN-1", "20/09/2026", CLASS, true, TODAY);
        assertThat(pass.passed()).isTrue();
        assertThat(pass.grade()).isEqualByComparingTo("7.5");
        var fail = ResultRules.check("8", "9", null, null, CLASS, true, TODAY);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.certificateDate()).isNull();
    }

    @Test
    void impossibleValuesAreNamed() {
        assertThatThrownBy(() -> ResultRules.check("11", "12", null, null, CLASS, true, TODAY))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field).containsExactlyInAnyOrder("sessionsAttended", "grade"));
        assertThatThrownBy(() -> ResultRules.check("10", "8", "X", "01/01/2027", CLASS, true, TODAY))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field).containsExactly("certificateDate"));
        assertThatThrownBy(() -> ResultRules.check("5", "8", "X", null, CLASS, true, TODAY))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problems.FieldProblem::field).containsExactly("certificateNo"));
    }

    @Test
    void scansAreRecognisedByContentNotByName() {
        assertThat(Evidence.typeOf(vn.boiduong.HostileFiles.pdf(""))).contains("application/pdf");
        assertThat(Evidence.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(Evidence.typeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).contains("image/png");
        assertThatThrownBy(() -> Evidence.check("chung-chi.pdf", "<html><script>alert(1)</script>".getBytes()))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("upload.type"));
        assertThatThrownBy(() -> Evidence.check("big.pdf", bigPdf()))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("upload.tooLarge"));
        assertThat(Evidence.check("../../etc/passwd.pdf", vn.boiduong.HostileFiles.pdf("")).filename()).doesNotContain("/");
    }

    private static byte[] bigPdf() {
        byte[] b = new byte[Evidence.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, b, 0, 5);
        return b;
    }
}
