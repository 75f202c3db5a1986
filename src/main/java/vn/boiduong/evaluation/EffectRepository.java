package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL over {@code effect_evaluation}. Reads join enrollment, class, person, unit and programme for names and scope
 * (the documented read-side exception); the person's unit and the programme are copied onto the row when it is made.
 */
@Repository
class EffectRepository {

    /** A list filter; {@code path} is already inside the reader's scope. */
    record Filter(String path, String state, String program, String searchKey, Integer year) {
    }

    static final List<String> STATES = List.of("OPEN", "DUE", "OVERDUE", "WAITING", "SIGNED", "ALL");

    private static final String SELECT = """
            select ee.*, p.full_name, o.name as unit_name, o.path as unit_path, pr.name as program_name,
                   c.name as class_name, u.full_name as evaluator_name
            from effect_evaluation ee join enrollment e on e.id = ee.enrollment_id join training_class c on c.id = e.class_id
            join person p on p.id = ee.person_id join org_unit o on o.id = ee.org_unit_id join program pr on pr.code = ee.program_code
            left join app_user u on u.username = ee.evaluator
            """;
    private static final String WHERE = """
            where o.path like :path || '%'
              and (cast(:program as text) is null or ee.program_code = :program)
              and (cast(:q as text) is null or p.search_name like '%' || :q || '%')
              and (cast(:year as integer) is null or extract(year from ee.due_on) = :year)
              and case :state when 'OPEN' then ee.status = 'DUE'
                              when 'DUE' then ee.status = 'DUE' and ee.due_on <= :today
                              when 'OVERDUE' then ee.status = 'DUE' and ee.due_on < :today
                              when 'WAITING' then ee.status = 'DUE' and ee.due_on > :today
                              when 'SIGNED' then ee.status = 'SIGNED'
                              else true end
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EffectRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Makes the row of one completed training (the person's unit now); empty when it already exists. */
    Optional<Long> create(long enrollmentId, long personId, String programCode, LocalDate completedOn, LocalDate dueOn) {
        return jdbc.sql("""
                        insert into effect_evaluation (enrollment_id, person_id, org_unit_id, program_code, completed_on, due_on)
                        select :e, p.id, p.org_unit_id, :prog, :done, :due from person p where p.id = :p
                        on conflict (enrollment_id) do nothing returning id
                        """)
                .param("e", enrollmentId).param("p", personId).param("prog", programCode).param("done", completedOn)
                .param("due", dueOn).query(Long.class).optional();
    }

    /** Rows for completed trainings that have none (completions before this module, or missed events). */
    int backfill(int months, String path) {
        return jdbc.sql("""
                        insert into effect_evaluation (enrollment_id, person_id, org_unit_id, program_code, completed_on, due_on)
                        select e.id, e.person_id, p.org_unit_id, c.program_code, e.completed_on,
                               cast(e.completed_on + make_interval(months => :m) as date)
                        from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id
                        join org_unit o on o.id = p.org_unit_id
                        where e.status = 'COMPLETED' and e.completed_on is not null and o.path like :path || '%'
                          and not exists (select 1 from effect_evaluation x where x.enrollment_id = e.id)
                        on conflict (enrollment_id) do nothing
                        """).param("m", months).param("path", path).update();
    }

    Optional<EffectEvaluation> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + "where ee.id = :id").param("id", id).query((rs, n) -> map(rs, today)).optional();
    }

    List<EffectEvaluation> list(Filter f, LocalDate today, int limit, int offset) {
        return params(jdbc.sql(SELECT + WHERE + "order by ee.due_on, p.sort_key, ee.id limit :limit offset :offset"), f, today)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> map(rs, today)).list();
    }

    long count(Filter f, LocalDate today) {
        return params(jdbc.sql("select count(*) from effect_evaluation ee join person p on p.id = ee.person_id "
                + "join org_unit o on o.id = ee.org_unit_id " + WHERE), f, today).query(Long.class).single();
    }

    /** Keeps a draft (scores may be partial); false when the version no longer matches or it is signed. */
    boolean saveDraft(long id, int version, Map<String, Integer> scores, Map<String, String> comments) {
        return jdbc.sql("""
                        update effect_evaluation set task_results = :taskResults, advice_quality = :adviceQuality,
                            responsibility = :responsibility, discipline = :discipline, coordination = :coordination,
                            satisfaction = :satisfaction, comments = cast(:comments as jsonb), version = version + 1
                        where id = :id and version = :v and status = 'DUE'
                        """).params(new HashMap<>(scores)).param("comments", json.writeValueAsString(comments))
                .param("id", id).param("v", version).update() == 1;
    }

    /** Signs off (read-only afterwards): the table refuses a signed row without total, time and evaluator. */
    boolean sign(long id, int version, Map<String, Integer> scores, Map<String, String> comments, BigDecimal total,
                 String evaluator) {
        return jdbc.sql("""
                        update effect_evaluation set task_results = :taskResults, advice_quality = :adviceQuality,
                            responsibility = :responsibility, discipline = :discipline, coordination = :coordination,
                            satisfaction = :satisfaction, comments = cast(:comments as jsonb), total = :total,
                            evaluator = :by, signed_at = now(), status = 'SIGNED', version = version + 1
                        where id = :id and version = :v and status = 'DUE'
                        """).params(new HashMap<>(scores)).param("comments", json.writeValueAsString(comments))
                .param("total", total).param("by", evaluator).param("id", id).param("v", version).update() == 1;
    }

    /** Programmes with an evaluation under a path (the list's filter): code → name. */
    Map<String, String> programs(String path) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("select distinct pr.code, pr.name from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id "
                        + "join program pr on pr.code = ee.program_code where o.path like :path || '%' order by pr.name")
                .param("path", path).query((ResultSet rs) -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Filter f, LocalDate today) {
        return spec.param("path", f.path()).param("program", f.program()).param("q", f.searchKey()).param("year", f.year())
                .param("state", f.state()).param("today", today);
    }

    private EffectEvaluation map(ResultSet rs, LocalDate today) throws SQLException {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String c : EffectRules.CRITERIA) {
            int v = rs.getInt(column(c));
            scores.put(c, rs.wasNull() ? null : v);
        }
        Map<String, String> comments = json.readValue(rs.getString("comments"), new TypeReference<LinkedHashMap<String, String>>() { });
        Timestamp signed = rs.getTimestamp("signed_at");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String status = rs.getString("status");
        return new EffectEvaluation(rs.getLong("id"), rs.getLong("enrollment_id"), rs.getLong("person_id"), rs.getString("full_name"),
                rs.getLong("org_unit_id"), rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("program_code"),
                rs.getString("program_name"), rs.getString("class_name"), rs.getObject("completed_on", LocalDate.class), due,
                status, EffectEvaluation.stateOf(status, due, today), scores, rs.getBigDecimal("total"), comments,
                rs.getString("evaluator"), rs.getString("evaluator_name"), signed == null ? null : signed.toInstant(),
                rs.getInt("version"));
    }

    static String column(String criterion) {
        return criterion.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
