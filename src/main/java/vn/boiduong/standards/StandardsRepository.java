package vn.boiduong.standards;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StandardsRepository {

    private static final String REQ = "select r.id, r.job_position_id, r.type, r.min_level, r.accepted_fields, r.satisfied_by, "
            + "r.note, r.valid_from, r.valid_to, r.changed_by from requirement r ";

    private final JdbcClient jdbc;

    StandardsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<JobPosition> positions() {
        return jdbc.sql("select id, code, name, grp, kind, active, version from job_position order by "
                        + "case grp when 'LANH_DAO' then 1 when 'CHUYEN_MON' then 2 else 3 end, kind, id")
                .query((rs, n) -> new JobPosition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getInt(7)))
                .list();
    }

    Optional<JobPosition> position(String code) {
        return positions().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Current requirements of every active position, by position code. */
    Map<String, List<Requirement>> currentByPosition() {
        Map<String, List<Requirement>> map = new HashMap<>();
        jdbc.sql(REQ.replace("from requirement r", ", p.code from requirement r join job_position p on p.id = r.job_position_id")
                        + "where r.valid_to is null and p.active order by r.id")
                .query((ResultSet rs) -> {
                    map.computeIfAbsent(rs.getString("code"), k -> new java.util.ArrayList<>()).add(map(rs, 0));
                });
        return map;
    }

    List<Requirement> history(long positionId) {
        return jdbc.sql(REQ + "where r.job_position_id = :p order by r.type, r.valid_from desc")
                .param("p", positionId).query(StandardsRepository::map).list();
    }

    Optional<Requirement> requirement(long id) {
        return jdbc.sql(REQ + "where r.id = :id").param("id", id).query(StandardsRepository::map).optional();
    }

    /** Replaces a requirement by a new version; false if it was already replaced (concurrent edit). */
    boolean close(long id, String by) {
        return jdbc.sql("update requirement set valid_to = now() where id = :id and valid_to is null").param("id", id).update() == 1;
    }

    long insert(long positionId, Requirement.Type type, String minLevel, List<String> fields, List<String> satisfiedBy,
                String note, String by) {
        return jdbc.sql("insert into requirement (job_position_id, type, min_level, accepted_fields, satisfied_by, note, changed_by) "
                        + "values (:p, :t, :m, cast(:f as text[]), cast(:s as text[]), :n, :by) returning id")
                .param("p", positionId).param("t", type.name()).param("m", minLevel).param("f", pgArray(fields))
                .param("s", pgArray(satisfiedBy)).param("n", note).param("by", by).query(Long.class).single();
    }

    /** Text of a PostgreSQL array literal: {"a","b"}. */
    static String pgArray(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? "," : "").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }

    static Requirement map(ResultSet rs, int n) throws SQLException {
        Timestamp to = rs.getTimestamp("valid_to");
        return new Requirement(rs.getLong("id"), rs.getLong("job_position_id"), Requirement.Type.valueOf(rs.getString("type")),
                rs.getString("min_level"), list(rs.getArray("accepted_fields")), list(rs.getArray("satisfied_by")),
                rs.getString("note"), rs.getTimestamp("valid_from").toInstant(), to == null ? null : to.toInstant(),
                rs.getString("changed_by"));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
