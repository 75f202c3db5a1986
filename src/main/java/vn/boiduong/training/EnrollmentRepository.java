package vn.boiduong.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrollments: writes to enrollment; reads join the person's name, unit and path (read side, for lists and scope). */
@Repository
class EnrollmentRepository {

    static final String SELECT = """
            select e.*, p.full_name, p.birth_date, p.gender, p.ethnicity_code, p.title, p.job_position_code, p.org_unit_id,
                   o.name as unit_name, o.path as unit_path, p.sort_key,
                   exists (select 1 from evidence_file f where f.enrollment_id = e.id) as has_evidence
            from enrollment e join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id
            """;
    static final String ORDER = " order by case e.status when 'PROPOSED' then 0 when 'WAITLISTED' then 2 else 1 end, e.waitlist_pos nulls first, p.sort_key, e.id";

    private final JdbcClient jdbc;

    EnrollmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enrollment> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EnrollmentRepository::map).optional();
    }

    Optional<Long> classOf(long enrollmentId) {
        return jdbc.sql("select class_id from enrollment where id = :id").param("id", enrollmentId).query(Long.class).optional();
    }

    /** Whether a person of a unit under {@code path} is (or was) enrolled in the class. */
    boolean anyUnder(long classId, String path) {
        return jdbc.sql("""
                        select exists (select 1 from enrollment e join person p on p.id = e.person_id
                                       join org_unit o on o.id = p.org_unit_id
                                       where e.class_id = :c and o.path like :s || '%')
                        """).param("c", classId).param("s", path).query(Boolean.class).single();
    }

    List<Enrollment> ofClass(long classId) {
        return jdbc.sql(SELECT + " where e.class_id = :c" + ORDER).param("c", classId).query(EnrollmentRepository::map).list();
    }

    List<Enrollment> ofPerson(long personId) {
        return jdbc.sql(SELECT + " join training_class c on c.id = e.class_id where e.person_id = :p order by c.starts_on desc, e.id desc")
                .param("p", personId).query(EnrollmentRepository::map).list();
    }

    long insert(long classId, long personId, String note, String by) {
        return jdbc.sql("insert into enrollment (class_id, person_id, status, proposal_note, proposed_by) "
                        + "values (:c, :p, 'PROPOSED', :n, :by) returning id")
                .param("c", classId).param("p", personId).param("n", note).param("by", by).query(Long.class).single();
    }

    boolean activeIn(long classId, long personId) {
        return jdbc.sql("select exists (select 1 from enrollment where class_id = :c and person_id = :p and status not in ('WITHDRAWN','REJECTED'))")
                .param("c", classId).param("p", personId).query(Boolean.class).single();
    }

    /** Another live enrollment of the person whose class dates overlap [from, to]: the class code, if any. */
    Optional<String> overlapping(long personId, long exceptEnrollment, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.code || ' (' || to_char(c.starts_on, 'DD/MM/YYYY') || ' – ' || to_char(c.ends_on, 'DD/MM/YYYY') || ')'
                        from enrollment e join training_class c on c.id = e.class_id
                        where e.person_id = :p and e.id <> :e and e.status in ('PROPOSED','APPROVED','WAITLISTED','ATTENDING')
                          and c.status <> 'CANCELLED' and c.starts_on <= :to and c.ends_on >= :from limit 1
                        """)
                .param("p", personId).param("e", exceptEnrollment).param("from", from).param("to", to)
                .query(String.class).optional();
    }

    int seatsTaken(long classId) {
        return jdbc.sql("select count(*) from enrollment where class_id = :c and status in ('APPROVED','ATTENDING','COMPLETED','NOT_COMPLETED')")
                .param("c", classId).query(Integer.class).single();
    }

    int nextWaitlistPos(long classId) {
        return jdbc.sql("select coalesce(max(waitlist_pos), 0) + 1 from enrollment where class_id = :c and status = 'WAITLISTED'")
                .param("c", classId).query(Integer.class).single();
    }

    Optional<Long> firstWaiting(long classId) {
        return jdbc.sql("select id from enrollment where class_id = :c and status = 'WAITLISTED' order by waitlist_pos, id limit 1")
                .param("c", classId).query(Long.class).optional();
    }

    int decide(long id, int version, String status, Integer waitlistPos, String by, String note, String overrideReason) {
        return jdbc.sql("""
                        update enrollment set status = :s, waitlist_pos = :w, decided_by = :by, decided_at = now(),
                            decision_note = coalesce(:n, decision_note), override_reason = coalesce(:o, override_reason), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("id", id).param("v", version).param("s", status).param("w", waitlistPos).param("by", by)
                .param("n", note).param("o", overrideReason).update();
    }

    void promote(long id) {
        jdbc.sql("update enrollment set status = 'APPROVED', waitlist_pos = null, version = version + 1 where id = :id")
                .param("id", id).update();
    }

    void renumberWaitlist(long classId) {
        jdbc.sql("""
                update enrollment e set waitlist_pos = r.pos
                from (select id, row_number() over (order by waitlist_pos, id) as pos from enrollment
                      where class_id = :c and status = 'WAITLISTED') r
                where e.id = r.id
                """).param("c", classId).update();
    }

    int setStatus(long id, String from, String to) {
        return jdbc.sql("update enrollment set status = :to, version = version + 1 where id = :id and status = :from")
                .param("id", id).param("from", from).param("to", to).update();
    }

    int startAttending(long classId) {
        return jdbc.sql("update enrollment set status = 'ATTENDING', version = version + 1 where class_id = :c and status = 'APPROVED'")
                .param("c", classId).update();
    }

    static Enrollment map(ResultSet rs, int n) throws SQLException {
        return new Enrollment(rs.getLong("id"), rs.getLong("class_id"), rs.getLong("person_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("gender"), rs.getString("ethnicity_code"),
                rs.getString("title"), rs.getString("job_position_code"), rs.getLong("org_unit_id"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("status"), (Integer) rs.getObject("waitlist_pos"),
                rs.getString("proposed_by"), instant(rs.getTimestamp("proposed_at")), rs.getString("proposal_note"),
                rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"),
                rs.getString("override_reason"), (Long) rs.getObject("decision_id"), (Integer) rs.getObject("sessions_attended"),
                rs.getObject("grade", BigDecimal.class), (Boolean) rs.getObject("passed"), rs.getString("certificate_no"),
                rs.getObject("certificate_date", LocalDate.class), rs.getString("result_by"), instant(rs.getTimestamp("result_at")),
                instant(rs.getTimestamp("self_reported_at")), rs.getString("self_note"), rs.getString("verified_by"),
                instant(rs.getTimestamp("verified_at")), rs.getObject("completed_on", LocalDate.class),
                rs.getBoolean("has_evidence"), rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
