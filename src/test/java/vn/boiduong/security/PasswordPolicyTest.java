package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theDemoPasswordAndPassphrasesStayValid() {
        assertThat(PasswordPolicy.problem("BoiDuong@2026", "vhxh.phulien")).isNull();
        assertThat(PasswordPolicy.problem("BoiDuong@2026", "admin.bonoivu")).isNull();
        assertThat(PasswordPolicy.problem("mot-cau-mat-khau-dai", "thu.khoa.tai.khoan")).isNull();
        assertThat(PasswordPolicy.problem("mat-khau-moi-2026", "doi.mat.khau")).isNull();
        assertThat(PasswordPolicy.problem("Sông Hồng chảy về biển Đông", "canbo.phulien")).isNull();
    }

    @Test
    void findingsOfIssue13AreRefusedEachWithItsReason() {
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", "x.y")).isEqualTo("user.password.repeated");
        assertThat(PasswordPolicy.problem("            ", "x.y")).isEqualTo("user.password.repeated");
        assertThat(PasswordPolicy.problem("abcabcabcabc", "x.y")).isEqualTo("user.password.repeated");
        assertThat(PasswordPolicy.problem("123456789012", "x.y")).isEqualTo("user.password.sequential");
        assertThat(PasswordPolicy.problem("abcdefghijkl", "x.y")).isEqualTo("user.password.sequential");
        assertThat(PasswordPolicy.problem("qwertyuiop!!", "x.y")).isEqualTo("user.password.sequential");
        assertThat(PasswordPolicy.problem("987654321098", "x.y")).isEqualTo("user.password.sequential");
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc", "x.y")).isEqualTo("user.password.sequential");
        assertThat(PasswordPolicy.problem("VHXH.PhuLien#2026", "vhxh.phulien")).isEqualTo("user.password.containsUsername");
        assertThat(PasswordPolicy.problem("Password@2026", "x.y")).isEqualTo("user.password.common");
        assertThat(PasswordPolicy.problem("matkhau@123456", "x.y")).isEqualTo("user.password.common");
        assertThat(PasswordPolicy.problem("iloveyou1234!", "x.y")).isEqualTo("user.password.common");
        assertThat(PasswordPolicy.problem("short-one", "x.y")).isEqualTo("user.password.tooShort");
        assertThat(PasswordPolicy.problem("x".repeat(60) + "Ab1-".repeat(20), "x.y")).isEqualTo("user.password.tooLong");
    }

    @Property
    void oneCharacterRepeatedIsNeverAccepted(@ForAll char c, @ForAll @IntRange(min = 12, max = 128) int length) {
        assertThat(PasswordPolicy.problem(String.valueOf(c).repeat(length), "x.y")).isNotNull();
    }

    @Property
    void aRunOfDigitsIsNeverAccepted(@ForAll @IntRange(min = 0, max = 9) int start, @ForAll @IntRange(min = 12, max = 40) int length,
                                     @ForAll boolean down) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(Math.floorMod(start + (down ? -i : i), 10));
        }
        assertThat(PasswordPolicy.problem(sb.toString(), "x.y")).isNotNull();
    }

    @Property
    void theUsernameInsideIsNeverAccepted(@ForAll @StringLength(min = 3, max = 20) @net.jqwik.api.constraints.AlphaChars String name,
                                          @ForAll @StringLength(min = 12, max = 30) String rest) {
        assertThat(PasswordPolicy.problem(rest + name.toUpperCase() + rest, name)).isNotNull();
    }
}
