package vn.boiduong.training;

/** A class as typed in the form or sent to the API (text as entered; checked by {@link ClassRules}). */
public record ClassInput(String code, String name, String programCode, String providerId, String planLineId,
                         String batch, String startsOn, String endsOn, String sessions, String schedule,
                         String placeKind, String place, String cluster, String delivery, String timeSlot,
                         String capacity, String lecturers, String costPerClass, String costPerTrainee,
                         String fundingSource, String supportWomen, String supportEthnic) {
}
