package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bands of the overall index (TT 10/2017/TT-BNV): exact at every boundary, monotone, total on 0–10. */
class FeedbackBandTest {

    @ParameterizedTest
    @CsvSource({"0, KEM", "1, KEM", "1.99, KEM", "1.9999999, KEM", "2, YEU", "2.0000001, YEU", "3.99, YEU", "4, TRUNG_BINH",
            "5.5, TRUNG_BINH", "5.9999, TRUNG_BINH", "6, KHA", "7.99, KHA", "7.9999999, KHA", "8, TOT", "9.5, TOT", "10, TOT"})
    void boundariesBelongToTheUpperBand(double index, FeedbackBand band) {
        assertThat(FeedbackBand.of(index)).isEqualTo(band);
    }

    @Property
    void aHigherIndexNeverGetsALowerBand(@ForAll @DoubleRange(min = 0, max = 10) double a,
                                         @ForAll @DoubleRange(min = 0, max = 10) double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        assertThat(FeedbackBand.of(high).ordinal()).isGreaterThanOrEqualTo(FeedbackBand.of(low).ordinal());
    }

    /** Every index in [2k, 2k+2) falls in band k (the last band includes 10). */
    @Property
    void eachBandIsTwoPointsWide(@ForAll @IntRange(min = 0, max = 1000) int hundredths) {
        double index = hundredths / 100.0;
        int expected = Math.min(4, (int) Math.floor(index / 2));
        assertThat(FeedbackBand.of(index)).isEqualTo(FeedbackBand.values()[expected]);
    }

    @Property
    void theMeanOfScoresOfOneBandStaysInThatBand(@ForAll @IntRange(min = 1, max = 10) int score,
                                                 @ForAll @IntRange(min = 1, max = 50) int answers) {
        var sums = new FeedbackResult.Sums(answers, (long) score * answers, (long) score * answers, (long) score * answers,
                (long) score * answers, answers, 0, 0, java.math.BigDecimal.ZERO, 0);
        FeedbackResult r = FeedbackResult.of(sums);
        assertThat(r.overall()).isEqualTo((double) score);
        assertThat(r.band()).isEqualTo(FeedbackBand.of(score));
        assertThat(r.criteria()).extracting(FeedbackResult.Criterion::band).containsOnly(FeedbackBand.of(score));
    }

    @org.junit.jupiter.api.Test
    void aMeanJustBelowABoundaryIsNotRoundedUpIntoTheNextBand() {
        // 799 answers of 8 and one of 7 on every criterion: mean 7.99875, shown 8.00, stays Khá
        var sums = new FeedbackResult.Sums(800, 799L * 8 + 7, 799L * 8 + 7, 799L * 8 + 7, 799L * 8 + 7, 800, 0, 0,
                java.math.BigDecimal.ZERO, 0);
        FeedbackResult r = FeedbackResult.of(sums);
        assertThat(r.overall()).isEqualTo(8.0);
        assertThat(r.band()).isEqualTo(FeedbackBand.KHA);
    }

    @org.junit.jupiter.api.Test
    void anIndexOutsideTheScaleIsAnError() {
        for (double bad : List.of(-0.01, 10.01, Double.NaN)) {
            assertThatThrownBy(() -> FeedbackBand.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
