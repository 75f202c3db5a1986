package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for ratings; the person and the unit are joined on the read side for names and scope. */
@Repository
class RatingRepository {

    /** What the rules need to know about the rated person. */
    record PersonFacts(long id, String fullName, long unitId, String unitPath, boolean leader, String status,
                       LocalDate joinedOn, LocalDate leftOn) {
    }

    static final String SELECT = """
            select r.id, r.person_id, p.full_name, p.title, r.org_unit_id, o.name as unit_name, o.path, r.period, r.indicator_set_id,
                   r.self_values, r.self_score, r.self_comment, r.self_at, r.review_values, r.review_score, r.review_comment,
                   r.reviewed_by, r.reviewed_at, r.score, r.band, r.basis, r.status, r.approved_by, r.approved_at,
                   r.reopen_reason, r.version
            from rating r join person p on p.id = r.person_id join org_unit o on o.id = r.org_unit_id
            """;

    private static final TypeReference<Map<String, Integer>> VALUES = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> BASIS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RatingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Rating> find(long id) {
        return jdbc.sql(SELECT + "where r.id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Rating> find(long personId, String period) {
        return jdbc.sql(SELECT + "where r.person_id = :p and r.period = :period").param("p", personId).param("period", period)
                .query(this::map).optional();
    }

    List<Rating> ofPerson(long personId) {
        return jdbc.sql(SELECT + "where r.person_id = :p order by r.period desc").param("p", personId).query(this::map).list();
    }

    Optional<PersonFacts> person(long personId) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.org_unit_id, o.path, p.is_leader, p.status, p.joined_on, p.left_on
                        from person p join org_unit o on o.id = p.org_unit_id where p.id = :p
                        """).param("p", personId)
                .query((rs, n) -> new PersonFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class))).optional();
    }

    long insertSelf(PersonFacts person, String period, long setId, Map<String, Integer> values, BigDecimal score,
                    RatingBand band, String comment) {
        return jdbc.sql("""
                        insert into rating (person_id, org_unit_id, period, indicator_set_id, self_values, self_score, self_comment,
                                            self_at, score, band, status)
                        values (:p, :u, :period, :set, cast(:v as jsonb), :score, :c, now(), :score, :band, 'SELF') returning id
                        """).param("p", person.id()).param("u", person.unitId()).param("period", period).param("set", setId)
                .param("v", json.writeValueAsString(values)).param("score", score).param("c", comment).param("band", band.name())
                .query(Long.class).single();
    }

    boolean updateSelf(long id, int version, Map<String, Integer> values, BigDecimal score, RatingBand band, String comment) {
        return jdbc.sql("""
                        update rating set self_values = cast(:v as jsonb), self_score = :score, self_comment = :c, self_at = now(),
                               score = :score, band = :band, version = version + 1
                        where id = :id and version = :version and status = 'SELF'
                        """).param("v", json.writeValueAsString(values)).param("score", score).param("c", comment)
                .param("band", band.name()).param("id", id).param("version", version).update() == 1;
    }

    long insertReview(PersonFacts person, String period, long setId, Map<String, Integer> values, BigDecimal score,
                      RatingBand band, String comment, String by) {
        return jdbc.sql("""
                        insert into rating (person_id, org_unit_id, period, indicator_set_id, review_values, review_score, review_comment,
                                            reviewed_by, reviewed_at, score, band, status)
                        values (:p, :u, :period, :set, cast(:v as jsonb), :score, :c, :by, now(), :score, :band, 'REVIEWED') returning id
                        """).param("p", person.id()).param("u", person.unitId()).param("period", period).param("set", setId)
                .param("v", json.writeValueAsString(values)).param("score", score).param("c", comment).param("by", by)
                .param("band", band.name()).query(Long.class).single();
    }

    boolean updateReview(long id, int version, Map<String, Integer> values, BigDecimal score, RatingBand band, String comment, String by) {
        return jdbc.sql("""
                        update rating set review_values = cast(:v as jsonb), review_score = :score, review_comment = :c, reviewed_by = :by,
                               reviewed_at = now(), score = :score, band = :band, status = 'REVIEWED', version = version + 1
                        where id = :id and version = :version and status in ('SELF', 'REVIEWED')
                        """).param("v", json.writeValueAsString(values)).param("score", score).param("c", comment).param("by", by)
                .param("band", band.name()).param("id", id).param("version", version).update() == 1;
    }

    boolean approve(long id, int version, String by) {
        return jdbc.sql("""
                        update rating set status = 'APPROVED', approved_by = :by, approved_at = now(), version = version + 1
                        where id = :id and version = :version and status in ('SELF', 'REVIEWED')
                        """).param("by", by).param("id", id).param("version", version).update() == 1;
    }

    boolean reopen(long id, int version, String reason) {
        return jdbc.sql("""
                        update rating set status = 'REVIEWED', reopen_reason = :r, approved_by = null, approved_at = null, version = version + 1
                        where id = :id and version = :version and status = 'APPROVED'
                        """).param("r", reason).param("id", id).param("version", version).update() == 1;
    }

    /** Stores an approved yearly rating (new, or one reopened to REVIEWED); false if it is already approved. */
    boolean approveYear(long personId, long unitId, String year, BigDecimal score, RatingBand band, Map<String, Object> basis, String by) {
        return jdbc.sql("""
                        insert into rating (person_id, org_unit_id, period, score, band, basis, status, approved_by, approved_at)
                        values (:p, :u, :y, :score, :band, cast(:basis as jsonb), 'APPROVED', :by, now())
                        on conflict (person_id, period) do update set score = excluded.score, band = excluded.band, basis = excluded.basis,
                               status = 'APPROVED', approved_by = excluded.approved_by, approved_at = excluded.approved_at,
                               version = rating.version + 1
                        where rating.status <> 'APPROVED'
                        """).param("p", personId).param("u", unitId).param("y", year).param("score", score).param("band", band.name())
                .param("basis", json.writeValueAsString(basis)).param("by", by).update() == 1;
    }

    Rating map(ResultSet rs, int n) throws SQLException {
        String band = rs.getString("band");
        return new Rating(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"), rs.getString("title"),
                rs.getLong("org_unit_id"), rs.getString("unit_name"), rs.getString("path"), rs.getString("period"),
                (Long) rs.getObject("indicator_set_id"), values(rs.getString("self_values")), rs.getBigDecimal("self_score"),
                rs.getString("self_comment"), instant(rs.getTimestamp("self_at")), values(rs.getString("review_values")),
                rs.getBigDecimal("review_score"), rs.getString("review_comment"), rs.getString("reviewed_by"),
                instant(rs.getTimestamp("reviewed_at")), rs.getBigDecimal("score"), band == null ? null : RatingBand.valueOf(band),
                rs.getString("basis") == null ? null : json.readValue(rs.getString("basis"), BASIS), rs.getString("status"),
                rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")), rs.getString("reopen_reason"), rs.getInt("version"));
    }

    private Map<String, Integer> values(String text) {
        return text == null ? null : json.readValue(text, VALUES);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
