package vn.boiduong.standards;

/**
 * A job position (vị trí việc làm) or a title (chức danh) of the commune, in one of three groups: leadership and
 * management (LANH_DAO), professional (CHUYEN_MON), support (HO_TRO).
 */
public record JobPosition(long id, String code, String name, String group, String kind, boolean active, int version) {

    public boolean leadership() {
        return "LANH_DAO".equals(group);
    }
}
