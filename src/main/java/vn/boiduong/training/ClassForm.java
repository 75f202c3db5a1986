package vn.boiduong.training;

import java.time.LocalDate;

/** A checked class input. Money in VND. */
record ClassForm(String code, String name, String programCode, Long providerId, Long planLineId, String batch,
                 LocalDate startsOn, LocalDate endsOn, int sessions, String schedule, String placeKind, String place,
                 String cluster, String delivery, String timeSlot, int capacity, String lecturers, long costPerClass,
                 long costPerTrainee, String fundingSource, long supportWomen, long supportEthnic) {
}
