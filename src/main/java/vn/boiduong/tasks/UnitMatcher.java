package vn.boiduong.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.VietnameseText;

/**
 * Finds the org unit a plan names as lead or coordinator (đơn vị chủ trì, phối hợp) inside the issuer's commune: by
 * exact name, else by the usual short names of the commune's agencies (ND 150/2025). Bodies that are not units of the
 * tree ("Ban Thường vụ Đảng ủy phường", "Ban Xây dựng Đảng") stay as written.
 */
@Component
class UnitMatcher {

    /** A unit named in a plan: the unit when matched, and the text as written. */
    record Named(Long unitId, String name) {
    }

    // ND 150/2025 agencies of a commune, by what plans write (seed 003 appendix: "UBND phường", "Phòng Văn hóa - xã hội")
    private static final Map<String, String> SHORT_NAMES = new LinkedHashMap<>();

    static {
        SHORT_NAMES.put("^(phong )?van hoa ?- ?xa hoi( phuong| xa)?$|^phong vh ?- ?xh$|^vhxh$", "PHONG_VH_XH");
        SHORT_NAMES.put("^van phong (hdnd|hoi dong nhan dan) va (ubnd|uy ban nhan dan)", "VAN_PHONG");
        SHORT_NAMES.put("^phong kinh te", "PHONG_KINH_TE");
        SHORT_NAMES.put("^trung tam phuc vu hanh chinh cong", "TT_PVHCC");
        SHORT_NAMES.put("^(ubnd|uy ban nhan dan)( phuong| xa| dac khu)?$", "UBND");
        SHORT_NAMES.put("^(hdnd|hoi dong nhan dan)( phuong| xa| dac khu)?$", "HDND");
        SHORT_NAMES.put("^(uy ban )?(mttq|mat tran to quoc)", "MTTQ");
        SHORT_NAMES.put("^dang uy( phuong| xa| dac khu)?$", "DANG_UY");
    }

    private final JdbcClient jdbc;

    UnitMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units of the subtree (id, name key, subkind) to match against, read once per plan or import. */
    record Candidates(List<Object[]> units) {
    }

    /**
     * Units a plan of the unit at {@code path} may name: the whole commune when the issuer is the commune or one of its
     * agencies (the ward's Đảng ủy assigns tasks to the UBND's offices, seed 003 appendix); above the communes, only
     * the issuer's own units, since "UBND xã, phường" there means every commune and stays as written.
     */
    Candidates under(String path) {
        String[] parts = path.split("/");
        boolean inCommune = parts.length >= 4;
        String scope = inCommune ? "/" + parts[1] + "/" + parts[2] + "/" + parts[3] + "/" : path;
        return new Candidates(jdbc.sql("select id, name, coalesce(subkind, '') from org_unit where path like :p || '%' and active"
                        + (inCommune ? "" : " and commune_code is null") + " order by level, id")
                .param("p", scope).query((rs, n) -> new Object[] {rs.getLong(1), VietnameseText.searchKey(rs.getString(2)), rs.getString(3)}).list());
    }

    Named match(Candidates candidates, String text) {
        String name = VietnameseText.clean(text);
        String key = VietnameseText.searchKey(name);
        for (Object[] u : candidates.units()) {
            if (u[1].equals(key)) {
                return new Named((Long) u[0], name);
            }
        }
        for (var e : SHORT_NAMES.entrySet()) {
            if (java.util.regex.Pattern.compile(e.getKey()).matcher(key).find()) {
                Optional<Long> unit = candidates.units().stream().filter(u -> e.getValue().equals(u[2])).map(u -> (Long) u[0]).findFirst();
                if (unit.isPresent()) {
                    return new Named(unit.get(), name);
                }
            }
        }
        return new Named(null, name);
    }

    /** Coordinators as written, one per line or separated by ";". */
    List<Named> matchAll(Candidates candidates, String text) {
        List<Named> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;\\n]")) {
            if (!part.isBlank()) {
                out.add(match(candidates, part));
            }
        }
        return out;
    }
}
