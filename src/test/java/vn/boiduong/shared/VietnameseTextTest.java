package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void searchKeyDropsAccentsAndMapsDToD() {
        assertThat(VietnameseText.searchKey("Nguyễn Văn Thắng")).isEqualTo("nguyen van thang");
        assertThat(VietnameseText.searchKey("Đặng Thị Đức Hạnh")).isEqualTo("dang thi duc hanh");
        assertThat(VietnameseText.searchKey("  PHƯỜNG   Phù Liễn ")).isEqualTo("phuong phu lien");
        // decomposed input (as some keyboards and Excel exports produce) gives the same key
        assertThat(VietnameseText.searchKey("Nguye\u0302\u0303n")).isEqualTo("nguyen");
    }

    @Test
    void namesSplitIntoFamilyMiddleGiven() {
        assertThat(PersonName.parse("Nguyễn Thị Thu Hà")).isEqualTo(new PersonName("Nguyễn", "Thị Thu", "Hà"));
        assertThat(PersonName.parse("Lê  Lợi")).isEqualTo(new PersonName("Lê", "", "Lợi"));
        assertThat(PersonName.parse("Nguyễn Thị Thu Hà").full()).isEqualTo("Nguyễn Thị Thu Hà");
    }

    @Test
    void officialListOrderIsGivenThenMiddleThenFamily() {
        // given names: An < Anh < Ân < Bình < Dung < Đức < Hà < Hả < Hã < Há < Hạ < Hùng < Yến;
        // same given name: by middle name (Thị < Văn, Đức < Văn), then by family name (Đặng < Lê < Nguyễn)
        List<String> expected = List.of(
                "Trần Văn An", "Nguyễn Văn Anh", "Lê Thị Ân", "Phạm Văn Bình", "Vũ Thị Dung", "Đỗ Văn Đức",
                "Nguyễn Thị Hà", "Nguyễn Thị Hà", "Bùi Văn Hà", "Lê Thị Hả", "Trần Thị Hã", "Phan Thị Há",
                "Hoàng Thị Hạ", "Nguyễn Đức Hùng", "Đặng Văn Hùng", "Lê Văn Hùng", "Nguyễn Văn Hùng", "Nguyễn Thị Yến");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(VietnameseText::compareNames);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void lettersAndTonesFollowVietnameseOrder() {
        List<String> letters = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
                "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        for (int i = 1; i < letters.size(); i++) {
            assertThat(VietnameseText.collator().compare(letters.get(i - 1), letters.get(i)))
                    .as(letters.get(i - 1) + " < " + letters.get(i)).isNegative();
        }
        List<String> tones = List.of("ha", "hà", "hả", "hã", "há", "hạ");
        for (int i = 1; i < tones.size(); i++) {
            assertThat(VietnameseText.collator().compare(tones.get(i - 1), tones.get(i)))
                    .as(tones.get(i - 1) + " < " + tones.get(i)).isNegative();
        }
    }

    @Property
    void searchKeyIsIdempotentAndHasNoVietnameseMarks(@ForAll @StringLength(max = 40) String text) {
        String key = VietnameseText.searchKey(text);
        assertThat(VietnameseText.searchKey(key)).isEqualTo(key);
        assertThat(key).doesNotContain("đ", "Đ").doesNotContainPattern("\\p{M}");
    }

    @Property
    void sortKeyAgreesWithTheComparator(@ForAll("names") String a, @ForAll("names") String b) {
        int byKey = Integer.signum(java.util.Arrays.compareUnsigned(
                VietnameseText.nameSortKey(PersonName.parse(a)), VietnameseText.nameSortKey(PersonName.parse(b))));
        int byGivenFirst = Integer.signum(compareGivenFirst(PersonName.parse(a), PersonName.parse(b)));
        assertThat(byKey).isEqualTo(byGivenFirst);
    }

    private static int compareGivenFirst(PersonName a, PersonName b) {
        var c = VietnameseText.collator();
        int r = c.compare(a.given(), b.given());
        if (r == 0) {
            r = c.compare(a.middle(), b.middle());
        }
        if (r == 0) {
            r = c.compare(a.family(), b.family());
        }
        return r;
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        var part = net.jqwik.api.Arbitraries.of("An", "Anh", "Ân", "Ấn", "Bình", "Đức", "Dũng", "Hà", "Hạ", "Há", "Thị",
                "Văn", "Nguyễn", "Lê", "Đặng", "Thu", "Hoà", "Hòa", "Yến", "Ánh");
        return net.jqwik.api.Combinators.combine(part, part, part).as((f, m, g) -> f + " " + m + " " + g);
    }
}
