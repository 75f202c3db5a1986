package vn.boiduong.people;

/** A certificate was recorded for a person (it may close a gap). */
public record QualificationAdded(long personId, String programCode) {
}
