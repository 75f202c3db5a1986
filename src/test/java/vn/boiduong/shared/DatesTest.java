package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

/** dd/MM/yyyy both ways; impossible days are refused instead of being moved to the end of the month. */
class DatesTest {

    @Property
    void everyDayReadsBackAsItself(@ForAll @DateRange(min = "1900-01-01", max = "2100-12-31") LocalDate day) {
        assertThat(Dates.parse(Dates.format(day))).contains(day);
    }

    @Test
    void impossibleDaysAndOtherShapesAreRefused() {
        assertThat(Dates.parse("31/02/2026")).isEmpty();
        assertThat(Dates.parse("29/02/2026")).isEmpty();
        assertThat(Dates.parse("31/04/2026")).isEmpty();
        assertThat(Dates.parse("1/2/2026")).isEmpty();
        assertThat(Dates.parse("2026-02-01")).isEmpty();
        assertThat(Dates.parse("29/02/2028")).contains(LocalDate.of(2028, 2, 29));
        assertThat(Dates.parse(" 05/12/2026 ")).contains(LocalDate.of(2026, 12, 5));
        assertThat(Dates.parse("")).isEmpty();
        assertThat(Dates.parse(null)).isEmpty();
    }
}
