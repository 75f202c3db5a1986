package vn.boiduong.orgunit;

/** A unit was created, renamed, moved or (de)activated. */
public record OrgUnitChanged(long orgUnitId) {
}
