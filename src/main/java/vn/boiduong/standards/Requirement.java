package vn.boiduong.standards;

import java.time.Instant;
import java.util.List;

/**
 * A requirement of a job position (tiêu chuẩn): a minimum level of a kind, accepted fields of study, and the
 * programmes whose certificate satisfies it. Versioned: {@code validTo} set when a newer version replaced it.
 */
public record Requirement(long id, long jobPositionId, Type type, String minLevel, List<String> acceptedFields,
                          List<String> satisfiedBy, String note, Instant validFrom, Instant validTo, String changedBy) {

    public enum Type { EDUCATION, POLITICAL_THEORY, STATE_MANAGEMENT, PROGRAM, IT }
}
