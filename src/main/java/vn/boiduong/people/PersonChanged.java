package vn.boiduong.people;

/** A personnel file was created, changed, moved to another unit or closed (for gap analysis and roll-ups). */
public record PersonChanged(long personId) {
}
