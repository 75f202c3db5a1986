package vn.boiduong.orgunit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.boiduong.shared.VietnameseText;

@Repository
class OrgUnitRepository {

    private static final String COLUMNS = "id, code, name, kind, subkind, parent_id, path, level, province_code, "
            + "commune_code, active, version";

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where id = :id").param("id", id).query(OrgUnitRepository::map).optional();
    }

    Optional<OrgUnit> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where code = :c").param("c", code).query(OrgUnitRepository::map).optional();
    }

    List<OrgUnit> children(long parentId) {
        return sorted(jdbc.sql("select " + COLUMNS + " from org_unit where parent_id = :p").param("p", parentId)
                .query(OrgUnitRepository::map).list());
    }

    /** Units on the path, from the nation down to the unit itself. */
    List<OrgUnit> ancestors(String path) {
        String[] codes = path.substring(1).split("/");
        return jdbc.sql("select " + COLUMNS + " from org_unit where code in (:codes) order by level")
                .param("codes", List.of(codes)).query(OrgUnitRepository::map).list();
    }

    /** Name or code search inside a subtree, accents ignored. */
    List<OrgUnit> search(String underPath, String query, OrgUnit.Kind kind, int limit) {
        String key = VietnameseText.searchKey(query);
        return jdbc.sql("select " + COLUMNS + " from org_unit where path like :p || '%' "
                        + "and (cast(:kind as text) is null or kind = :kind) "
                        + "and (:q = '' or code like :q || '%' or lower(unaccent(replace(replace(name, 'đ', 'd'), 'Đ', 'D'))) like '%' || :q || '%') "
                        + "order by level, code limit :limit")
                .param("p", underPath).param("kind", kind == null ? null : kind.name()).param("q", key)
                .param("limit", limit).query(OrgUnitRepository::map).list();
    }

    List<OrgUnit> subtree(String path) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where path like :p || '%' order by path")
                .param("p", path).query(OrgUnitRepository::map).list();
    }

    int maxLevelUnder(String path) {
        return jdbc.sql("select max(level) from org_unit where path like :p || '%'").param("p", path).query(Integer.class).single();
    }

    long countUnder(String path, OrgUnit.Kind kind) {
        return jdbc.sql("select count(*) from org_unit where path like :p || '%' and path <> :p and kind = :k and active")
                .param("p", path).param("k", kind.name()).query(Long.class).single();
    }

    long insert(String code, String name, OrgUnit.Kind kind, String subkind, OrgUnit parent) {
        return jdbc.sql("insert into org_unit (code, name, kind, subkind, parent_id, path, level, province_code, commune_code) "
                        + "values (:code, :name, :kind, :subkind, :parent, :path, :level, :prov, :comm) returning id")
                .param("code", code).param("name", name).param("kind", kind.name()).param("subkind", subkind)
                .param("parent", parent.id()).param("path", parent.path() + code + "/").param("level", parent.level() + 1)
                .param("prov", parent.provinceCode()).param("comm", parent.communeCode())
                .query(Long.class).single();
    }

    void keepHistory(OrgUnit before, String changedBy) {
        jdbc.sql("insert into org_unit_history (org_unit_id, code, name, parent_id, path, valid_from, valid_to, changed_by) "
                        + "select id, code, name, parent_id, path, updated_at, now(), :by from org_unit where id = :id")
                .param("id", before.id()).param("by", changedBy).update();
    }

    int update(long id, int version, String name, String subkind, boolean active) {
        return jdbc.sql("update org_unit set name = :n, subkind = :s, active = :a, version = version + 1, updated_at = now() "
                        + "where id = :id and version = :v")
                .param("n", name).param("s", subkind).param("a", active).param("id", id).param("v", version).update();
    }

    /** Moves a unit and its whole subtree under a new parent: one statement rewrites every path. */
    int move(OrgUnit unit, OrgUnit newParent) {
        int updated = jdbc.sql("update org_unit set parent_id = :np, version = version + 1, updated_at = now() where id = :id and version = :v")
                .param("np", newParent.id()).param("id", unit.id()).param("v", unit.version()).update();
        if (updated == 0) {
            return 0;
        }
        String newPath = newParent.path() + unit.code() + "/";
        int delta = newParent.level() + 1 - unit.level();
        jdbc.sql("update org_unit set path = :np || substr(path, length(:op) + 1), level = level + :d "
                        + "where path like :op || '%'")
                .param("np", newPath).param("op", unit.path()).param("d", delta).update();
        return updated;
    }

    List<History> history(long id) {
        return jdbc.sql("select code, name, path, valid_from, valid_to, changed_by from org_unit_history where org_unit_id = :id order by valid_to desc")
                .param("id", id)
                .query((rs, n) -> new History(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    record History(String code, String name, String path, java.time.Instant validFrom, java.time.Instant validTo, String changedBy) {
    }

    private static List<OrgUnit> sorted(List<OrgUnit> units) {
        // official units by name (vi-VN); agencies in the order they were set up (the order of ND 150/2025)
        return units.stream().sorted((a, b) -> a.official() && b.official()
                ? VietnameseText.compareText(a.name(), b.name()) : Long.compare(a.id(), b.id())).toList();
    }

    private static OrgUnit map(ResultSet rs, int row) throws SQLException {
        return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrgUnit.Kind.valueOf(rs.getString("kind")), rs.getString("subkind"), (Long) rs.getObject("parent_id"),
                rs.getString("path"), rs.getInt("level"), rs.getString("province_code"), rs.getString("commune_code"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
