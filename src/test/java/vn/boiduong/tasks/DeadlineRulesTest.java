package vn.boiduong.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The completion times of seeds 003 and 001 read into deadlines, and the due dates they give. */
class DeadlineRulesTest {

    private static Deadline parse(String text) {
        return DeadlineRules.parse(text).orElseThrow(() -> new AssertionError("unreadable: " + text));
    }

    @Test
    void readsTheSeedsTexts() {
        assertThat(parse("Hoàn thành trong tháng 6/2026")).isEqualTo(new Deadline(Deadline.Kind.MONTH, LocalDate.of(2026, 6, 30), null, null));
        assertThat(parse("Tháng 5 năm 2026").anchor()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(parse("Quý III/2026")).isEqualTo(new Deadline(Deadline.Kind.QUARTER, LocalDate.of(2026, 9, 30), null, null));
        assertThat(parse("Thực hiện thường xuyên")).isEqualTo(new Deadline(Deadline.Kind.ONGOING, null, null, Deadline.Review.YEAR));
        assertThat(parse("thường xuyên, kiểm điểm hằng quý").review()).isEqualTo(Deadline.Review.QUARTER);
        assertThat(parse("Thực hiện trong năm 2026")).isEqualTo(new Deadline(Deadline.Kind.YEAR, LocalDate.of(2026, 12, 31), null, null));
        assertThat(parse("Theo chỉ đạo của thành phố").kind()).isEqualTo(Deadline.Kind.AS_DIRECTED);
        assertThat(parse("Thực hiện theo kế hoạch tuyển sinh của thành phố").kind()).isEqualTo(Deadline.Kind.AS_DIRECTED);
        assertThat(parse("Hằng năm, trước ngày 05/12")).isEqualTo(new Deadline(Deadline.Kind.YEARLY_BEFORE, null, MonthDay.of(12, 5), null));
        assertThat(parse("Trong tháng 12 hằng năm").yearly()).isEqualTo(MonthDay.of(12, 31));
        assertThat(parse("30/09/2026")).isEqualTo(new Deadline(Deadline.Kind.DATE, LocalDate.of(2026, 9, 30), null, null));
        assertThat(parse("Tuyên truyền lần đầu, hoàn thành trong tháng 5/2026 và tiếp tục tuyên truyền").anchor()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(parse("HOAN THANH TRONG THANG 7 / 2026").anchor()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThat(DeadlineRules.parse("Hoàn thành")).isEmpty();
        assertThat(DeadlineRules.parse("")).isEmpty();
        assertThat(DeadlineRules.parse("31/02/2026")).isEmpty();
        assertThat(DeadlineRules.parse("tháng 13/2026")).isEmpty();
        assertThat(DeadlineRules.parse("sớm")).isEmpty();
    }

    @Test
    void recurringDueDates() {
        Deadline yearly = parse("Hằng năm, trước ngày 05/12");
        assertThat(yearly.firstDue(LocalDate.of(2026, 6, 18))).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(yearly.firstDue(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 12, 5));
        assertThat(yearly.nextDue(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 12, 5));
        Deadline ongoing = new Deadline(Deadline.Kind.ONGOING, null, null, Deadline.Review.QUARTER);
        assertThat(ongoing.firstDue(LocalDate.of(2026, 8, 2))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ongoing.nextDue(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 15))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(parse("Theo chỉ đạo của thành phố").firstDue(LocalDate.of(2026, 6, 18))).isNull();
    }

    @Property
    void anyDateReadsBack(@ForAll @IntRange(min = 0, max = 20_000) int offset) {
        LocalDate d = LocalDate.of(2000, 1, 1).plusDays(offset);
        assertThat(parse(vn.boiduong.shared.Dates.format(d))).isEqualTo(new Deadline(Deadline.Kind.DATE, d, null, null));
    }

    @Property
    void aMonthIsDueOnItsLastDay(@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 2000, max = 2100) int year) {
        Deadline d = parse("Hoàn thành trong tháng " + month + "/" + year);
        assertThat(d.anchor().getMonthValue()).isEqualTo(month);
        assertThat(d.anchor().plusDays(1).getDayOfMonth()).isEqualTo(1);
        assertThat(d.firstDue(LocalDate.of(year, 1, 1))).isEqualTo(d.anchor());
    }

    @Property
    void aQuarterEndsItsThirdMonth(@ForAll @IntRange(min = 1, max = 4) int q, @ForAll @IntRange(min = 2000, max = 2100) int year) {
        String roman = new String[] {"I", "II", "III", "IV"}[q - 1];
        Deadline d = parse("Quý " + roman + "/" + year);
        assertThat(d).isEqualTo(parse("quý " + q + " năm " + year));
        assertThat(d.anchor()).isEqualTo(LocalDate.of(year, q * 3, 1).withDayOfMonth(LocalDate.of(year, q * 3, 1).lengthOfMonth()));
    }

    @Property
    void recurringTasksAreNeverDueBeforeTheyAreAssigned(@ForAll @IntRange(min = 0, max = 5_000) int offset,
                                                        @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate from = LocalDate.of(2026, 1, 1).plusDays(offset);
        Deadline yearly = new Deadline(Deadline.Kind.YEARLY_BEFORE, null, MonthDay.of(month, day), null);
        LocalDate first = yearly.firstDue(from);
        assertThat(first).isAfterOrEqualTo(from).isBefore(from.plusYears(1).plusDays(1));
        assertThat(yearly.nextDue(first, from)).isAfter(first);
        for (Deadline.Review r : Deadline.Review.values()) {
            Deadline ongoing = new Deadline(Deadline.Kind.ONGOING, null, null, r);
            LocalDate due = ongoing.firstDue(from);
            assertThat(due).isAfterOrEqualTo(from);
            assertThat(ongoing.nextDue(due, from)).isAfter(due);
        }
    }
}
