package vn.boiduong.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Classes: writes to training_class; reads join the catalog's programme name and the organiser's path (read side). */
@Repository
class ClassRepository {

    static final String SELECT = """
            select c.*, pr.name as program_name, o.name as organiser_name, o.path as organiser_path, pv.name as provider_name,
                   (select count(*) from enrollment e where e.class_id = c.id and e.status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED')) as seats,
                   (select count(*) from enrollment e where e.class_id = c.id and e.status = 'WAITLISTED') as waitlisted,
                   (select count(*) from enrollment e where e.class_id = c.id and e.status = 'PROPOSED') as proposed
            from training_class c join program pr on pr.code = c.program_code join org_unit o on o.id = c.organiser_unit_id
            left join provider pv on pv.id = c.provider_id
            """;

    /** Filters of the class list; {@code scope} null for a provider (then {@code providerId} decides). */
    record Filter(String scope, Long providerId, Integer year, String programCode, String status, String query, String show) {
        Filter(String scope, Long providerId, Integer year, String programCode, String status, String query) {
            this(scope, providerId, year, programCode, status, query, null);
        }
    }

    private final JdbcClient jdbc;

    ClassRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrainingClass> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ClassRepository::map).optional();
    }

    /** Locks the class row: every change of its seats happens under this lock (capacity never exceeded). */
    void lock(long id) {
        jdbc.sql("select id from training_class where id = :id for update").param("id", id).query(Long.class).optional();
    }

    List<TrainingClass> list(Filter f, int limit, int offset) {
        return jdbc.sql(SELECT + where() + " order by c.starts_on desc, c.id desc limit :limit offset :offset")
                .params(params(f)).param("limit", limit).param("offset", offset).query(ClassRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("select count(*) from training_class c join program pr on pr.code = c.program_code "
                + "join org_unit o on o.id = c.organiser_unit_id " + where()).params(params(f)).query(Long.class).single();
    }

    private static String where() {
        return """
                 where ((cast(:scope as text) is not null and (o.path like :scope || '%' or :scope like o.path || '%'))
                        or (cast(:provider as bigint) is not null and c.provider_id = :provider))
                   and (cast(:year as integer) is null or extract(year from c.starts_on) = :year)
                   and (cast(:program as text) is null or c.program_code = :program)
                   and (cast(:status as text) is null or c.status = :status)
                   and (cast(:q as text) is null or lower(c.name || ' ' || c.code || ' ' || pr.search_key) like '%' || lower(:q) || '%')
                   and (cast(:show as text) is null
                        or (:show = 'proposals' and cast(:scope as text) is not null and c.status in ('OPEN', 'RUNNING') and o.path like :scope || '%'
                            and exists (select 1 from enrollment e join person pp on pp.id = e.person_id join org_unit op on op.id = pp.org_unit_id
                                        where e.class_id = c.id and e.status = 'PROPOSED' and op.path like :scope || '%'))
                        or (:show = 'results' and c.status in ('RUNNING', 'FINISHED')
                            and exists (select 1 from enrollment e where e.class_id = c.id and e.status in ('APPROVED', 'ATTENDING'))))
                """;
    }

    private static java.util.Map<String, Object> params(Filter f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("scope", f.scope());
        p.put("provider", f.providerId());
        p.put("year", f.year());
        p.put("program", f.programCode());
        p.put("status", f.status());
        p.put("q", f.query());
        p.put("show", f.show());
        return p;
    }

    long insert(ClassForm c, long organiserUnitId, String code, String username) {
        return jdbc.sql("""
                        insert into training_class (code, name, program_code, organiser_unit_id, provider_id, plan_line_id, batch,
                            starts_on, ends_on, sessions, schedule, place_kind, place, cluster, delivery, time_slot, capacity, lecturers,
                            cost_per_class, cost_per_trainee, funding_source, support_women, support_ethnic, created_by)
                        values (:code, :name, :program, :org, :provider, :line, :batch, :starts, :ends, :sessions, :schedule, :placeKind,
                            :place, :cluster, :delivery, :slot, :capacity, :lecturers, :cpc, :cpt, :fund, :sw, :se, :by) returning id
                        """)
                .params(values(c)).param("code", code).param("org", organiserUnitId).param("line", c.planLineId())
                .param("by", username).query(Long.class).single();
    }

    int update(long id, int version, ClassForm c) {
        return jdbc.sql("""
                        update training_class set name = :name, program_code = :program, provider_id = :provider, batch = :batch,
                            starts_on = :starts, ends_on = :ends, sessions = :sessions, schedule = :schedule, place_kind = :placeKind,
                            place = :place, cluster = :cluster, delivery = :delivery, time_slot = :slot, capacity = :capacity,
                            lecturers = :lecturers, cost_per_class = :cpc, cost_per_trainee = :cpt, funding_source = :fund,
                            support_women = :sw, support_ethnic = :se, version = version + 1
                        where id = :id and version = :version
                        """)
                .params(values(c)).param("id", id).param("version", version).update();
    }

    private static java.util.Map<String, Object> values(ClassForm c) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", c.name());
        p.put("program", c.programCode());
        p.put("provider", c.providerId());
        p.put("batch", c.batch());
        p.put("starts", c.startsOn());
        p.put("ends", c.endsOn());
        p.put("sessions", c.sessions());
        p.put("schedule", c.schedule());
        p.put("placeKind", c.placeKind());
        p.put("place", c.place());
        p.put("cluster", c.cluster());
        p.put("delivery", c.delivery());
        p.put("slot", c.timeSlot());
        p.put("capacity", c.capacity());
        p.put("lecturers", c.lecturers());
        p.put("cpc", c.costPerClass());
        p.put("cpt", c.costPerTrainee());
        p.put("fund", c.fundingSource());
        p.put("sw", c.supportWomen());
        p.put("se", c.supportEthnic());
        return p;
    }

    int setStatus(long id, String from, String to) {
        return jdbc.sql("update training_class set status = :to, version = version + 1 where id = :id and status = :from")
                .param("id", id).param("from", from).param("to", to).update();
    }

    /** Proposals and the waiting list of a class that will not run end, with the reason. */
    void closeProposals(long classId, String note) {
        jdbc.sql("update enrollment set status = 'REJECTED', waitlist_pos = null, decision_note = :n, version = version + 1 "
                        + "where class_id = :c and status in ('PROPOSED', 'WAITLISTED')")
                .param("n", note.length() > 500 ? note.substring(0, 500) : note).param("c", classId).update();
    }

    int nextNumber(long organiserUnitId, int year) {
        return jdbc.sql("select count(*) + 1 from training_class where organiser_unit_id = :o and extract(year from starts_on) = :y")
                .param("o", organiserUnitId).param("y", year).query(Integer.class).single();
    }

    /** The plan line lies in a plan of a unit under {@code path} (a class opened from a plan names its line). */
    boolean planLineUnder(long lineId, String path) {
        return jdbc.sql("select exists (select 1 from plan_line l join training_plan t on t.id = l.plan_id "
                        + "join org_unit o on o.id = t.org_unit_id where l.id = :l and o.path like :p || '%')")
                .param("l", lineId).param("p", path).query(Boolean.class).single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from training_class where code = :c)").param("c", code).query(Boolean.class).single();
    }

    static TrainingClass map(ResultSet rs, int n) throws SQLException {
        return new TrainingClass(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("program_code"),
                rs.getString("program_name"), rs.getLong("organiser_unit_id"), rs.getString("organiser_name"),
                rs.getString("organiser_path"), (Long) rs.getObject("provider_id"), rs.getString("provider_name"),
                (Long) rs.getObject("plan_line_id"), rs.getString("batch"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getInt("sessions"), rs.getString("schedule"),
                rs.getString("place_kind"), rs.getString("place"), rs.getString("cluster"), rs.getString("delivery"),
                rs.getString("time_slot"), rs.getInt("capacity"), rs.getString("lecturers"), rs.getLong("cost_per_class"),
                rs.getLong("cost_per_trainee"), rs.getString("funding_source"), rs.getLong("support_women"),
                rs.getLong("support_ethnic"), rs.getString("status"), rs.getInt("version"), rs.getInt("seats"),
                rs.getInt("waitlisted"), rs.getInt("proposed"));
    }
}
