package vn.boiduong.orgunit;

/**
 * An organisation unit (đơn vị). {@code path} is the chain of codes from the nation ("/VN/31/11446/"),
 * {@code level} 0 for the nation, 1 province, 2 commune, 3+ agencies.
 */
public record OrgUnit(long id, String code, String name, Kind kind, String subkind, Long parentId, String path,
                      int level, String provinceCode, String communeCode, boolean active, int version) {

    public enum Kind { NATION, PROVINCE, COMMUNE, AGENCY }

    /** Official units (nation, provinces, communes) change only by decision of the ministry. */
    public boolean official() {
        return kind != Kind.AGENCY;
    }
}
