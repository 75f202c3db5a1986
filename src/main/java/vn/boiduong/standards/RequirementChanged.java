package vn.boiduong.standards;

/** A requirement of a position was added, changed or retired: everyone holding the position is re-checked. */
public record RequirementChanged(String positionCode) {
}
