package vn.boiduong.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of the programme table; visibility by the reader's scope is one condition, {@link #VISIBLE}. */
@Repository
class ProgramRepository {

    private static final String COLUMNS = "select p.id, p.code, p.name, p.category, p.duration_days, p.duration_text, "
            + "p.target_group, p.organiser, p.certificate, p.phase, p.source_ref, p.owner_unit_id, p.active, p.version "
            + "from program p ";
    /**
     * National programmes for everyone; a province's own for readers inside that province or above it (the
     * read-side join on org_unit by id is the published exception for scoping).
     */
    private static final String VISIBLE = "(p.owner_unit_id is null or exists (select 1 from org_unit u "
            + "where u.id = p.owner_unit_id and (starts_with(:scope, u.path) or starts_with(u.path, :scope)))) ";

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Visible programmes matching the filters; a null filter matches all; phase also matches "both phases". */
    List<Program> search(String scope, String key, String category, Integer phase, boolean includeInactive) {
        return jdbc.sql(COLUMNS + "where " + VISIBLE
                        + "and (cast(:key as text) is null or p.search_key like '%' || cast(:key as text) || '%') "
                        + "and (cast(:category as text) is null or p.category = cast(:category as text)) "
                        + "and (cast(:phase as integer) is null or p.phase is null or p.phase = cast(:phase as integer)) "
                        + "and (p.active or :inactive)")
                .param("scope", scope).param("key", key).param("category", category).param("phase", phase)
                .param("inactive", includeInactive)
                .query(ProgramRepository::map).list();
    }

    Optional<Program> find(String code) {
        return jdbc.sql(COLUMNS + "where p.code = :code").param("code", code).query(ProgramRepository::map).optional();
    }

    boolean visible(String scope, long id) {
        return jdbc.sql("select count(*) from program p where p.id = :id and " + VISIBLE)
                .param("id", id).param("scope", scope).query(Long.class).single() > 0;
    }

    long insert(ProgramRules.Draft d, Long ownerUnitId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into program (code, name, category, duration_days, duration_text, target_group, organiser, "
                        + "certificate, phase, source_ref, owner_unit_id, search_key) values (:code, :name, :category, :days, "
                        + ":text, :target, :organiser, :certificate, :phase, :source, :owner, :key)")
                .params(params(d)).param("owner", ownerUnitId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** False when the stored version is no longer {@code version} (someone changed it meanwhile). */
    boolean update(long id, ProgramRules.Draft d, int version) {
        return jdbc.sql("update program set name = :name, category = :category, duration_days = :days, duration_text = :text, "
                        + "target_group = :target, organiser = :organiser, certificate = :certificate, phase = :phase, "
                        + "source_ref = :source, search_key = :key, version = version + 1 where id = :id and version = :version")
                .params(params(d)).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean setActive(long id, boolean active, int version) {
        return jdbc.sql("update program set active = :active, version = version + 1 where id = :id and version = :version")
                .param("active", active).param("id", id).param("version", version)
                .update() == 1;
    }

    private static java.util.Map<String, Object> params(ProgramRules.Draft d) {
        var m = new java.util.HashMap<String, Object>();
        m.put("code", d.code());
        m.put("name", d.name());
        m.put("category", d.category());
        m.put("days", d.durationDays());
        m.put("text", d.durationText());
        m.put("target", d.targetGroup());
        m.put("organiser", d.organiser());
        m.put("certificate", d.certificate());
        m.put("phase", d.phase());
        m.put("source", d.sourceRef());
        m.put("key", d.searchKey());
        return m;
    }

    private static Program map(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_unit_id");
        Long ownerId = rs.wasNull() ? null : owner;
        int phase = rs.getInt("phase");
        Integer phaseValue = rs.wasNull() ? null : phase;
        return new Program(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("category"),
                rs.getInt("duration_days"), rs.getString("duration_text"), rs.getString("target_group"),
                rs.getString("organiser"), rs.getString("certificate"), phaseValue, rs.getString("source_ref"),
                ownerId, rs.getBoolean("active"), rs.getInt("version"));
    }
}
