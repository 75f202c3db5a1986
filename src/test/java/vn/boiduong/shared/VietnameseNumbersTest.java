package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Issue 14, point 6: one Vietnamese format for numbers, percentages, money and periods. */
class VietnameseNumbersTest {

    @Test
    void integersGroupThousandsWithADot() {
        assertThat(VietnameseNumbers.integer(1674)).isEqualTo("1.674");
        assertThat(VietnameseNumbers.integer(0)).isEqualTo("0");
        assertThat(VietnameseNumbers.integer(999)).isEqualTo("999");
        assertThat(VietnameseNumbers.integer(61_800_000L)).isEqualTo("61.800.000");
        assertThat(VietnameseNumbers.integer(-1234567)).isEqualTo("-1.234.567");
        assertThat(VietnameseNumbers.integer(null)).isEqualTo("—");
    }

    @Test
    void decimalsUseACommaAndAFixedNumberOfDigits() {
        assertThat(VietnameseNumbers.decimal(78.333, 2)).isEqualTo("78,33");
        assertThat(VietnameseNumbers.decimal(15.0, 1)).isEqualTo("15,0");
        assertThat(VietnameseNumbers.decimal(new BigDecimal("1234.5"), 2)).isEqualTo("1.234,50");
        assertThat(VietnameseNumbers.decimal(0.005, 2)).isEqualTo("0,01");
        assertThat(VietnameseNumbers.decimal(-0.04, 1)).isEqualTo("0,0");
        assertThat(VietnameseNumbers.decimal(Double.NaN, 1)).isEqualTo("—");
        assertThat(VietnameseNumbers.number(new BigDecimal("100.00"), 2)).isEqualTo("100");
        assertThat(VietnameseNumbers.number(2.5, 2)).isEqualTo("2,5");
    }

    @Test
    void percentagesHaveACommaAndNoSpace() {
        assertThat(VietnameseNumbers.percent(23.7)).isEqualTo("23,7%");
        assertThat(VietnameseNumbers.percent(15)).isEqualTo("15,0%");
        assertThat(VietnameseNumbers.percent(82.857, 2)).isEqualTo("82,86%");
        assertThat(VietnameseNumbers.share(3, 4)).isEqualTo("75,0%");
        assertThat(VietnameseNumbers.share(1, 0)).isEqualTo("—");
    }

    @Test
    void moneyInDongAndInMillions() {
        assertThat(VietnameseNumbers.money(61_800_000)).isEqualTo("61.800.000 đồng");
        assertThat(VietnameseNumbers.millions(61_800_000)).isEqualTo("61,8 triệu đồng");
        assertThat(VietnameseNumbers.millions(62_000_000)).isEqualTo("62 triệu đồng");
        assertThat(VietnameseNumbers.millions(1_234_560_000L)).isEqualTo("1.234,6 triệu đồng");
    }

    @Test
    void periodsReadAsQuartersAndYears() {
        assertThat(VietnameseNumbers.quarter(2026, 4)).isEqualTo("Quý IV/2026");
        assertThat(VietnameseNumbers.period("2026-Q4")).isEqualTo("Quý IV/2026");
        assertThat(VietnameseNumbers.period("2026Q1")).isEqualTo("Quý I/2026");
        assertThat(VietnameseNumbers.period("2026")).isEqualTo("Năm 2026");
        assertThat(VietnameseNumbers.period("2026-03")).isEqualTo("Tháng 3/2026");
        assertThat(VietnameseNumbers.periodShort("2026-Q2")).isEqualTo("II/2026");
        assertThat(VietnameseNumbers.period(null)).isEqualTo("—");
    }

    @Property
    void integerTextParsesBackAndHasNoComma(@ForAll long n) {
        String text = VietnameseNumbers.integer(n);
        assertThat(text).doesNotContain(",");
        assertThat(text).matches("-?\\d{1,3}(\\.\\d{3})*");
        assertThat(Long.parseLong(text.replace(".", ""))).isEqualTo(n);
    }

    @Property
    void decimalTextHasOneCommaAndTheRequestedDigits(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long hundredths,
                                                     @ForAll @IntRange(min = 1, max = 4) int decimals) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
        String text = VietnameseNumbers.decimal(value, decimals);
        assertThat(text).matches("-?\\d{1,3}(\\.\\d{3})*,\\d{" + decimals + "}");
        BigDecimal back = new BigDecimal(text.replace(".", "").replace(',', '.'));
        assertThat(back.compareTo(value.setScale(decimals, java.math.RoundingMode.HALF_UP))).isZero();
    }

    @Property
    void percentNeverShowsADecimalPoint(@ForAll double value) {
        String text = VietnameseNumbers.percent(value);
        if (!Double.isFinite(value)) {
            assertThat(text).isEqualTo("—");
        } else {
            assertThat(text).endsWith("%").matches("-?\\d{1,3}(\\.\\d{3})*,\\d%");
        }
    }

    @Property
    void everyQuarterHasARomanNumeral(@ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll @IntRange(min = 1, max = 4) int q) {
        assertThat(VietnameseNumbers.period(year + "-Q" + q)).matches("Quý (I|II|III|IV)/" + year);
    }
}
