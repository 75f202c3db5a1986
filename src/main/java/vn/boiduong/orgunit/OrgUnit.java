package vn.boiduong.orgunit;

import java.util.LinkedHashMap;
import java.util.Map;

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

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("subkind", subkind);
        m.put("parentId", parentId);
        m.put("path", path);
        m.put("active", active);
        return m;
    }
}
