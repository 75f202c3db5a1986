package vn.boiduong.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private static final String SELECT = """
            select t.*, o.name as unit_name, o.path as unit_path,
                   (select count(*) from plan_line l where l.plan_id = t.id) as n_lines,
                   (select coalesce(sum(people), 0) from plan_line l where l.plan_id = t.id) as n_people,
                   (select coalesce(sum(estimated_cost), 0) from plan_line l where l.plan_id = t.id) as cost
            from training_plan t join org_unit o on o.id = t.org_unit_id
            """;

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrainingPlan> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(PlanRepository::map).optional();
    }

    Optional<TrainingPlan> findFor(long unitId, int year) {
        return jdbc.sql(SELECT + " where t.org_unit_id = :u and t.year = :y").param("u", unitId).param("y", year)
                .query(PlanRepository::map).optional();
    }

    List<TrainingPlan> list(String scope, Integer year, String status, String level) {
        return jdbc.sql(SELECT + """
                         where o.path like :scope || '%' and (cast(:y as integer) is null or t.year = :y)
                           and (cast(:s as text) is null or t.status = :s) and (cast(:l as text) is null or t.level = :l)
                         order by t.year desc, case t.level when 'PROVINCE' then 0 when 'COMMUNE' then 1 else 2 end, o.path
                         limit 1000
                        """)
                .param("scope", scope).param("y", year).param("s", status).param("l", level).query(PlanRepository::map).list();
    }

    /** Plans of the units directly below {@code parentPath}'s level kind (agencies of a commune, communes of a province). */
    List<TrainingPlan> children(String parentPath, String level, int year) {
        return jdbc.sql(SELECT + " where o.path like :p || '%' and o.path <> :p and t.level = :l and t.year = :y order by o.path")
                .param("p", parentPath).param("l", level).param("y", year).query(PlanRepository::map).list();
    }

    long insert(long unitId, String level, int year, LocalDate due, String by) {
        return jdbc.sql("insert into training_plan (org_unit_id, level, year, due_on, created_by) values (:u, :l, :y, :d, :by) returning id")
                .param("u", unitId).param("l", level).param("y", year).param("d", due).param("by", by).query(Long.class).single();
    }

    List<TrainingPlan.Line> lines(long planId) {
        return jdbc.sql("""
                        select l.*, p.name as program_name from plan_line l join program p on p.code = l.program_code
                        where l.plan_id = :id order by l.quarter nulls last, p.name, l.id
                        """).param("id", planId).query(PlanRepository::mapLine).list().stream()
                .sorted(java.util.Comparator.comparing((TrainingPlan.Line l) -> l.quarter() == null ? Integer.MAX_VALUE : l.quarter())
                        .thenComparing(vn.boiduong.shared.VietnameseText.byText(TrainingPlan.Line::programName))
                        .thenComparingLong(TrainingPlan.Line::id))
                .toList();
    }

    long insertLine(long planId, String program, String source, int people, int classes, Integer quarter, long cost,
                    Long[] personIds, String note) {
        return jdbc.sql("""
                        insert into plan_line (plan_id, program_code, source, people, classes, quarter, estimated_cost, person_ids, note)
                        values (:p, :prog, :src, :n, :c, :q, :cost, :ids, :note) returning id
                        """)
                .param("p", planId).param("prog", program).param("src", source).param("n", people).param("c", classes)
                .param("q", quarter).param("cost", cost).param("ids", personIds).param("note", note).query(Long.class).single();
    }

    int deleteLine(long planId, long lineId) {
        return jdbc.sql("delete from plan_line where id = :l and plan_id = :p").param("l", lineId).param("p", planId).update();
    }

    void deleteLines(long planId, String source) {
        jdbc.sql("delete from plan_line where plan_id = :p and source = :s").param("p", planId).param("s", source).update();
    }

    int submit(long id, int version, String by) {
        return jdbc.sql("update training_plan set status = 'SUBMITTED', submitted_at = now(), submitted_by = :by, "
                        + "return_reason = null, version = version + 1 where id = :id and version = :v and status in ('DRAFT', 'RETURNED')")
                .param("by", by).param("id", id).param("v", version).update();
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    void touch(long id) {
        jdbc.sql("update training_plan set version = version + 1 where id = :id").param("id", id).update();
    }

    static TrainingPlan map(ResultSet rs, int n) throws SQLException {
        return new TrainingPlan(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("unit_name"), rs.getString("unit_path"),
                rs.getString("level"), rs.getInt("year"), rs.getString("status"), rs.getObject("due_on", LocalDate.class),
                rs.getString("note"), instant(rs.getTimestamp("submitted_at")), rs.getString("submitted_by"),
                instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"), rs.getString("return_reason"),
                rs.getString("created_by"), rs.getInt("version"), rs.getInt("n_lines"), rs.getInt("n_people"), rs.getLong("cost"));
    }

    static TrainingPlan.Line mapLine(ResultSet rs, int n) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("person_ids").getArray();
        return new TrainingPlan.Line(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("program_code"),
                rs.getString("program_name"), rs.getString("source"), rs.getInt("people"), rs.getInt("classes"),
                (Integer) rs.getObject("quarter", Integer.class), rs.getLong("estimated_cost"), Arrays.asList(ids), rs.getString("note"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
