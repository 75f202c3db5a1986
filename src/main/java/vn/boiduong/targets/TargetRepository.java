package vn.boiduong.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Targets as rows; population and condition as jsonb read into {@link TargetSpec} records. */
@Repository
class TargetRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select t.*, o.path as owner_path from target t left join org_unit o on o.id = t.owner_unit_id
            """;

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Target> active() {
        return jdbc.sql(SELECT + " where t.active order by t.id").query(TargetRepository::map).list();
    }

    /** Targets visible under a scope: the ministry's and those owned by a unit on the path or in the subtree. */
    List<Target> visible(String scopePath, boolean activeOnly) {
        return jdbc.sql(SELECT + """
                         where (t.owner_unit_id is null or o.path like :scope || '%' or :scope like o.path || '%')
                           and (t.active or not :activeOnly) order by t.owner_unit_id nulls first, t.code
                        """).param("scope", scopePath).param("activeOnly", activeOnly).query(TargetRepository::map).list();
    }

    Optional<Target> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TargetRepository::map).optional();
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from target where code = :c and id <> :id").param("c", code).param("id", exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(TargetForm f, Long ownerUnitId, String by) {
        return params(jdbc.sql("""
                        insert into target (code, name, short_name, source_ref, population_kind, population, condition, measure, target_value,
                                            per_year, baseline_on, deadline, level, owner_unit_id, active, updated_by)
                        values (:code, :name, :short, :src, :kind, cast(:pop as jsonb), cast(:cond as jsonb), :measure, :value, :perYear,
                                :baseline, :deadline, :level, :owner, :active, :by) returning id
                        """), f).param("owner", ownerUnitId).param("by", by).query(Long.class).single();
    }

    /** Optimistic locking: false when the version read is no longer the current one. */
    boolean update(long id, TargetForm f, int version, String by) {
        return params(jdbc.sql("""
                        update target set name = :name, short_name = :short, source_ref = :src, population_kind = :kind, population = cast(:pop as jsonb),
                               condition = cast(:cond as jsonb), measure = :measure, target_value = :value, per_year = :perYear,
                               baseline_on = :baseline, deadline = :deadline, level = :level, active = :active, updated_by = :by,
                               version = version + 1, code = :code
                        where id = :id and version = :version
                        """), f).param("id", id).param("version", version).param("by", by).update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec s, TargetForm f) {
        return s.param("code", f.code()).param("name", f.name()).param("short", f.shortName()).param("src", f.sourceRef()).param("kind", f.populationKind())
                .param("pop", JSON.writeValueAsString(f.population())).param("cond", JSON.writeValueAsString(f.condition()))
                .param("measure", f.measure()).param("value", f.targetValue()).param("perYear", f.perYear())
                .param("baseline", f.baselineOn()).param("deadline", f.deadline()).param("level", f.level()).param("active", f.active());
    }

    static Target map(ResultSet rs, int n) throws SQLException {
        Long owner = rs.getObject("owner_unit_id", Long.class);
        return new Target(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"), rs.getString("source_ref"),
                rs.getString("population_kind"), JSON.readValue(rs.getString("population"), TargetSpec.Population.class),
                JSON.readValue(rs.getString("condition"), TargetSpec.Condition.class), rs.getString("measure"),
                rs.getBigDecimal("target_value"), rs.getBoolean("per_year"), rs.getObject("baseline_on", java.time.LocalDate.class),
                rs.getObject("deadline", java.time.LocalDate.class), rs.getString("level"), owner,
                rs.getString("owner_path"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
