package vn.boiduong.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.boiduong.shared.Problems;

/** The rules of a typed programme: every problem named by field, values cleaned when they pass. */
class ProgramRulesTest {

    private static ProgramInput input(String code, String category, String days, String phase) {
        return new ProgramInput(code, "  Quản  lý đất đai ", category, days, "3 ngày", "Công chức địa chính", "Sở Nông nghiệp và Môi trường",
                " ", phase, "");
    }

    private static List<Problems.FieldProblem> problems(ProgramInput in) {
        return catchThrowableOfType(Problems.InvalidInput.class, () -> ProgramRules.check(in)).problems();
    }

    @Test
    void aValidInputIsCleaned() {
        ProgramRules.Draft d = ProgramRules.check(input(" nganh_dat_dai_2 ", "ky_nang_nganh", " 3 ", "2"));
        assertThat(d.code()).isEqualTo("NGANH_DAT_DAI_2");
        assertThat(d.category()).isEqualTo("KY_NANG_NGANH");
        assertThat(d.name()).isEqualTo("Quản lý đất đai");
        assertThat(d.durationDays()).isEqualTo(3);
        assertThat(d.phase()).isEqualTo(2);
        assertThat(d.certificate()).isNull();
        assertThat(d.sourceRef()).isNull();
        assertThat(d.searchKey()).isEqualTo("quan ly dat dai nganh_dat_dai_2");
        assertThat(ProgramRules.check(input("X1", "KHAC", "1", "")).phase()).isNull();
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        List<Problems.FieldProblem> all = problems(new ProgramInput("1AB", "", "XYZ", "0", "", null, "", "c", "3", "s"));
        assertThat(all).extracting(Problems.FieldProblem::field)
                .containsExactlyInAnyOrder("code", "name", "category", "durationDays", "durationText", "targetGroup", "organiser", "phase");
        assertThat(all).filteredOn(p -> p.field().equals("code")).extracting(Problems.FieldProblem::code)
                .containsExactly("catalog.validation.codeFormat");
        assertThat(all).filteredOn(p -> p.field().equals("category")).extracting(Problems.FieldProblem::code)
                .containsExactly("validation.unknownCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ĐẤT_ĐAI", "A-B", "A B", "_A", "9A"})
    void codesAreUpperCaseAsciiLettersDigitsAndUnderscores(String code) {
        assertThat(problems(input(code, "KHAC", "2", ""))).extracting(Problems.FieldProblem::code)
                .containsExactly("catalog.validation.codeFormat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2.5", "ba", "2001", "99999999999"})
    void daysArePositiveWholeNumbersWithinBounds(String days) {
        assertThat(problems(input("A", "KHAC", days, ""))).extracting(Problems.FieldProblem::field, Problems.FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("durationDays", "catalog.validation.days"));
    }

    @Test
    void textsLongerThanTheirColumnsAreRefused() {
        ProgramInput tooLong = new ProgramInput("A".repeat(41), "n".repeat(301), "KHAC", "2", "t".repeat(61), "g", "o", "c".repeat(201), "",
                "s".repeat(301)); // source references up to 300 (V19: citations by official number)
        assertThat(problems(tooLong)).extracting(Problems.FieldProblem::field)
                .containsExactlyInAnyOrder("code", "name", "durationText", "certificate", "sourceRef");
        assertThatCode(() -> ProgramRules.check(input("A", "KHAC", "2", "1"))).doesNotThrowAnyException();
    }
}
