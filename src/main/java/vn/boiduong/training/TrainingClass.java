package vn.boiduong.training;

import java.time.LocalDate;

/**
 * A class (lớp bồi dưỡng) of a programme, organised by a unit (commune or province), run by a provider, with its
 * place, form and time slot (seed 000 I.2, 001 IV.5) and its cost (001 IV.6, 004 IV). Seats counts approved,
 * attending and finished trainees.
 */
public record TrainingClass(long id, String code, String name, String programCode, String programName,
                            long organiserUnitId, String organiserName, String organiserPath, Long providerId,
                            String providerName, Long planLineId, String batch, LocalDate startsOn, LocalDate endsOn,
                            int sessions, String schedule, String placeKind, String place, String cluster,
                            String delivery, String timeSlot, int capacity, String lecturers, long costPerClass,
                            long costPerTrainee, String fundingSource, long supportWomen, long supportEthnic,
                            String status, int version, int seatsTaken, int waitlisted, int proposed) {

    public int seatsFree() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean officeHours() {
        return "OFFICE_HOURS".equals(timeSlot);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }
}
