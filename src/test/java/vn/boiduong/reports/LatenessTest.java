package vn.boiduong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Trước ngày 10/12" (seed 000 VI.2): in on the 9th (Vietnam time) is on time, on the 10th late; not in after it, overdue. */
class LatenessTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    private static OffsetDateTime utc(int day, int hour) {
        return OffsetDateTime.of(2026, 12, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void submittedBeforeTheDayIsOnTimeOnOrAfterItIsLate() {
        assertThat(Lateness.of("SUBMITTED", DUE, utc(9, 16), DUE.plusDays(5))).as("23:00 on the 9th in Vietnam").isNull();
        assertThat(Lateness.of("ACCEPTED", DUE, utc(9, 17), DUE.plusDays(5))).as("00:00 on the 10th in Vietnam")
                .isEqualTo("LATE_SUBMITTED");
    }

    @Test
    void notInIsOverdueFromTheDueDateOn() {
        assertThat(Lateness.of("DRAFT", DUE, null, DUE.minusDays(1))).isNull();
        assertThat(Lateness.of("DRAFT", DUE, null, DUE)).isEqualTo("OVERDUE");
        assertThat(Lateness.of("RETURNED", DUE, utc(1, 1), DUE.plusDays(1))).as("returned: not in any more").isEqualTo("OVERDUE");
        assertThat(Lateness.of("DRAFT", null, null, DUE)).as("the nation has no deadline").isNull();
    }
}
