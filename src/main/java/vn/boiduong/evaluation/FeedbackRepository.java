package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes class_feedback; reads join the training tables (enrollment, training_class, provider, program) and
 * org_unit on the read side for names, the provider's results and scope.
 */
@Repository
class FeedbackRepository {

    /** The enrollment being answered: its trainee, class and whether it was answered already. */
    record Target(long enrollmentId, long personId, String personPath, String status, long classId, Long providerId,
                  String classStatus, LocalDate startsOn, LocalDate endsOn) {
    }

    /** Who reads: a subtree (readers), a provider (its own classes), or both null for nobody. */
    record Reader(String scope, Long providerId) {
    }

    /** A class's summary with the raw sums behind it (added up per provider) and its organiser's path (to authorise). */
    record Row(ClassFeedbackSummary summary, FeedbackResult.Sums sums, String organiserPath) {
    }

    /** One of the trainee's own enrollments with its class and, once given, when they answered. */
    record Mine(long enrollmentId, String status, long classId, String className, String programName, String providerName,
                String classStatus, LocalDate startsOn, LocalDate endsOn, Instant submittedAt) {
    }

    /** One answer without anything that names its author. */
    record Answer(int content, int lecturers, int organisation, int usefulness, String comment) {
    }

    private static final String SUMMARY = """
            select c.id, c.code, c.name, pr.name as program_name, o.name as organiser_name, o.path as organiser_path,
                   c.provider_id, pv.name as provider_name, c.starts_on, c.ends_on, c.status,
                   f.responses, f.s_content, f.s_lecturers, f.s_organisation, f.s_usefulness,
                   r.trainees, r.graded, r.passed, r.grade_sum, r.grades
            from training_class c join program pr on pr.code = c.program_code join org_unit o on o.id = c.organiser_unit_id
            left join provider pv on pv.id = c.provider_id
            cross join lateral (select count(*) as responses, coalesce(sum(content), 0) as s_content,
                   coalesce(sum(lecturers), 0) as s_lecturers, coalesce(sum(organisation), 0) as s_organisation,
                   coalesce(sum(usefulness), 0) as s_usefulness from class_feedback f where f.class_id = c.id) f
            cross join lateral (select count(*) as trainees, count(e.passed) as graded,
                   count(*) filter (where e.passed) as passed, coalesce(sum(e.grade), 0) as grade_sum, count(e.grade) as grades
                   from enrollment e where e.class_id = c.id and e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED')) r
            """;

    // classes organised in or above the reader's unit (like the class list), or run by the reader's provider
    private static final String VISIBLE = """
             ((cast(:scope as text) is not null and (o.path like :scope || '%' or :scope like o.path || '%'))
              or (cast(:provider as bigint) is not null and c.provider_id = :provider))
            """;

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Target> target(long enrollmentId) {
        return jdbc.sql("""
                        select e.id, e.person_id, po.path as person_path, e.status, c.id as class_id, c.provider_id,
                               c.status as class_status, c.starts_on, c.ends_on
                        from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id
                        join org_unit po on po.id = p.org_unit_id where e.id = :id
                        """).param("id", enrollmentId)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_path"),
                        rs.getString("status"), rs.getLong("class_id"), (Long) rs.getObject("provider_id"),
                        rs.getString("class_status"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class))).optional();
    }

    boolean answered(long enrollmentId) {
        return jdbc.sql("select count(*) from class_feedback where enrollment_id = :e").param("e", enrollmentId)
                .query(Long.class).single() > 0;
    }

    /** Inserts once per enrollment; empty when an answer already exists (two submits at the same instant included). */
    Optional<Long> insert(Target t, FeedbackRules.Scores s) {
        return jdbc.sql("""
                        insert into class_feedback (enrollment_id, class_id, provider_id, content, lecturers, organisation,
                            usefulness, comment) values (:e, :c, :p, :content, :lecturers, :organisation, :usefulness, :comment)
                        on conflict (enrollment_id) do nothing returning id
                        """)
                .param("e", t.enrollmentId()).param("c", t.classId()).param("p", t.providerId())
                .param("content", s.content()).param("lecturers", s.lecturers()).param("organisation", s.organisation())
                .param("usefulness", s.usefulness()).param("comment", s.comment()).query(Long.class).optional();
    }

    /** The trainee's enrollments that could be (or were) answered, newest class first. */
    List<Mine> ofPerson(long personId) {
        return jdbc.sql("""
                        select e.id as enrollment_id, e.status, c.id as class_id, c.name, pr.name as program_name,
                               pv.name as provider_name, c.status as class_status, c.starts_on, c.ends_on, f.submitted_at
                        from enrollment e join training_class c on c.id = e.class_id join program pr on pr.code = c.program_code
                        left join provider pv on pv.id = c.provider_id left join class_feedback f on f.enrollment_id = e.id
                        where e.person_id = :p and e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and c.status <> 'CANCELLED'
                        order by c.ends_on desc, c.id desc
                        """).param("p", personId)
                .query((rs, n) -> new Mine(rs.getLong("enrollment_id"), rs.getString("status"), rs.getLong("class_id"),
                        rs.getString("name"), rs.getString("program_name"), rs.getString("provider_name"),
                        rs.getString("class_status"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), instant(rs.getObject("submitted_at", OffsetDateTime.class))))
                .list();
    }

    List<Row> classes(Reader reader, Integer year, LocalDate today) {
        return jdbc.sql(SUMMARY + " where " + VISIBLE + """
                           and c.status <> 'CANCELLED' and c.starts_on <= :today
                           and (cast(:year as integer) is null or extract(year from c.ends_on) = :year)
                        order by c.ends_on desc, c.id desc limit 1000
                        """).params(params(reader)).param("today", today).param("year", year)
                .query(FeedbackRepository::summary).list();
    }

    /** One class, whatever the reader (the caller authorises). */
    Optional<Row> clazz(long classId) {
        return jdbc.sql(SUMMARY + " where c.id = :id").param("id", classId).query(FeedbackRepository::summary).optional();
    }

    /** Comments, ordered by their text so the order tells nothing about who wrote them or when. */
    List<String> comments(long classId) {
        return jdbc.sql("select comment from class_feedback where class_id = :c and comment is not null order by comment")
                .param("c", classId).query(String.class).list();
    }

    List<Answer> answers(long classId) {
        return jdbc.sql("""
                        select content, lecturers, organisation, usefulness, comment from class_feedback where class_id = :c
                        order by content desc, lecturers desc, organisation desc, usefulness desc, comment
                        """).param("c", classId)
                .query((rs, n) -> new Answer(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5))).list();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static Map<String, Object> params(Reader r) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", r.scope());
        p.put("provider", r.providerId());
        return p;
    }

    private static Row summary(ResultSet rs, int n) throws SQLException {
        var sums = new FeedbackResult.Sums(rs.getInt("responses"), rs.getLong("s_content"), rs.getLong("s_lecturers"),
                rs.getLong("s_organisation"), rs.getLong("s_usefulness"), rs.getInt("trainees"), rs.getInt("graded"),
                rs.getInt("passed"), rs.getBigDecimal("grade_sum") == null ? BigDecimal.ZERO : rs.getBigDecimal("grade_sum"),
                rs.getInt("grades"));
        return new Row(new ClassFeedbackSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("program_name"), rs.getString("organiser_name"), (Long) rs.getObject("provider_id"),
                rs.getString("provider_name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"), FeedbackResult.of(sums)), sums,
                rs.getString("organiser_path"));
    }
}
