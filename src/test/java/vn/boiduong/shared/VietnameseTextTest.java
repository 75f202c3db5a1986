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
    // Issue 14, point 10: names that are not people's (units, programmes, positions) in drop-downs

    @Test
    void dropDownNamesFollowVietnameseOrderNotCharacterCodes() {
        List<String> expected = List.of("Ban Chỉ huy Quân sự", "Dân vận", "Đảng ủy", "Đoàn Thanh niên", "Em", "Phòng Kinh tế",
                "Phòng Văn hóa - Xã hội", "Uông", "Ủy ban Mặt trận Tổ quốc", "Ủy ban nhân dân", "Ủy nhiệm", "Uyên", "Ưu tiên",
                "Văn phòng", "Xã Hà Nam", "Xã Hàm Yên");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(3));
        assertThat(VietnameseText.sortedByText(shuffled, s -> s)).containsExactlyElementsOf(expected);
        // character codes would put every Đ and Ủ last
        List<String> byCode = new ArrayList<>(expected);
        Collections.sort(byCode);
        assertThat(byCode).isNotEqualTo(expected);
        assertThat(VietnameseText.compareText("Đảng ủy", "Dân vận")).isPositive();
        assertThat(VietnameseText.compareText("Đảng ủy", "Em")).isNegative();
        assertThat(VietnameseText.compareText("Ủy ban", "Uông")).isPositive();
        assertThat(VietnameseText.compareText("Ủy ban", "Ưu tiên")).isNegative();
        assertThat(VietnameseText.compareText(null, "A")).isPositive();
        var labels = new java.util.LinkedHashMap<String, String>();
        labels.put("Z", "Ủy ban");
        labels.put("A", "Đảng ủy");
        labels.put("M", "Dân vận");
        assertThat(VietnameseText.sortedByValue(labels).values()).containsExactly("Dân vận", "Đảng ủy", "Ủy ban");
    }

    @Property
    void theComparatorIsATotalOrderOnVietnameseWords(@ForAll("words") String a, @ForAll("words") String b,
                                                      @ForAll("words") String c) {
        int ab = Integer.signum(VietnameseText.compareText(a, b));
        assertThat(Integer.signum(VietnameseText.compareText(b, a))).isEqualTo(-ab);
        if (ab <= 0 && VietnameseText.compareText(b, c) <= 0) {
            assertThat(VietnameseText.compareText(a, c)).isLessThanOrEqualTo(0);
        }
        // a word starting with Đ sorts after every word starting with D and before every word starting with E
        String d = "D" + a.substring(1);
        String dd = "Đ" + b.substring(1);
        String e = "E" + c.substring(1);
        assertThat(VietnameseText.compareText(d, dd)).isNegative();
        assertThat(VietnameseText.compareText(dd, e)).isNegative();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.of("An", "Ân", "Đức", "Dũng", "Ủy", "Uyên", "Ưng", "Hà", "Hạ", "Yến", "Ánh",
                "Bình", "Điện", "Dân", "Em", "Ê", "Ơn", "Ô", "Ông", "Ủng", "Ụt");
    }

    // Issue 14, point 10: the apostrophe of Word and phones in names

    @Test
    void typographicApostrophesAreStoredAsAscii() {
        assertThat(VietnameseText.name("Ksor H\u2019Bia")).isEqualTo("Ksor H'Bia");
        assertThat(VietnameseText.name(" Ksor  H\u02BCBia ")).isEqualTo("Ksor H'Bia");
        assertThat(VietnameseText.name("Ksor H\u2018Bia")).isEqualTo("Ksor H'Bia");
        assertThat(PersonName.parse("Ksor H\u2019Bia")).isEqualTo(new PersonName("Ksor", "", "H'Bia"));
        assertThat(new PersonName("Rơ Mah", "", "H\u2019Lan").given()).isEqualTo("H'Lan");
        for (String typed : List.of("H'Bia", "H\u2019Bia", "h\u02BCbia", "H\u2018BIA")) {
            assertThat(VietnameseText.searchKey(typed)).as(typed).isEqualTo("h'bia");
            assertThat(VietnameseText.lowerKey(typed)).as(typed).isEqualTo("h'bia");
        }
        assertThat(VietnameseText.lowerKey("Bùi Thị HẰNG")).isEqualTo("bùi thị hằng");
    }

    @Property
    void namesNeverKeepATypographicApostrophe(@ForAll @StringLength(max = 30) String text) {
        String name = VietnameseText.name(text);
        assertThat(name).doesNotContain("\u2019", "\u2018", "\u02BC");
        assertThat(VietnameseText.name(name)).isEqualTo(name);
        assertThat(VietnameseText.searchKey(text)).isEqualTo(VietnameseText.searchKey(name));
    }
}
