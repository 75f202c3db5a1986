package vn.boiduong.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.boiduong.shared.ClockConfiguration;

/** Nộp muộn / quá hạn, derived (seed 000 VI.2 "trước ngày 10/12": in on or after the date is late). */
final class Lateness {

    private Lateness() {
    }

    static String of(String status, LocalDate due, OffsetDateTime submittedAt, LocalDate today) {
        if (due == null) {
            return null;
        }
        boolean in = status.equals("SUBMITTED") || status.equals("ACCEPTED");
        if (in && submittedAt != null) {
            LocalDate on = submittedAt.atZoneSameInstant(ClockConfiguration.VIETNAM).toLocalDate();
            return on.isBefore(due) ? null : "LATE_SUBMITTED";
        }
        return today.isBefore(due) ? null : "OVERDUE";
    }
}
