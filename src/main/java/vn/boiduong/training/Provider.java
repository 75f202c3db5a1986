package vn.boiduong.training;

/** A training provider (cơ sở đào tạo, bồi dưỡng: Trường Chính trị, Học viện CTQG Hồ Chí Minh, …) serving a unit's subtree. */
public record Provider(long id, String name, String kind, long orgUnitId, String orgUnitName, String orgUnitPath, boolean active) {
}
