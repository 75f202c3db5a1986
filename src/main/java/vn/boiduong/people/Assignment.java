package vn.boiduong.people;

import java.time.LocalDate;

/** One position held over time (quá trình công tác); {@code to == null} is the current one. */
public record Assignment(long id, long orgUnitId, String orgUnitName, String jobPositionCode, String title,
                         LocalDate from, LocalDate to, String note) {
}
