package vn.boiduong.reports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the report tests write straight into the live training tables, with unique codes. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static long unitId(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** Active people of a unit's subtree, in id order. */
    static List<Long> people(JdbcClient jdbc, String unitCode, int n) {
        return jdbc.sql("""
                        select p.id from person p join org_unit o on o.id = p.org_unit_id
                        where starts_with(o.path, (select path from org_unit where code = :c)) and p.status = 'ACTIVE'
                        order by p.id limit :n
                        """).param("c", unitCode).param("n", n).query(Long.class).list();
    }

    static long newClass(JdbcClient jdbc, String program, String organiser, LocalDate starts, String delivery, String status) {
        return jdbc.sql("""
                        insert into training_class (code, name, program_code, organiser_unit_id, starts_on, ends_on, sessions,
                            place_kind, delivery, time_slot, capacity, status, created_by)
                        values (:code, :name, :p, (select id from org_unit where code = :o), :s, :s + 2, 4, 'CENTRAL', :d,
                            'OFFICE_HOURS', 50, :st, 'test')
                        returning id
                        """)
                .param("code", "RPT-" + System.nanoTime()).param("name", "Lớp kiểm thử báo cáo " + System.nanoTime())
                .param("p", program).param("o", organiser).param("s", starts).param("d", delivery).param("st", status)
                .query(Long.class).single();
    }

    /** An enrollment in a given status; COMPLETED ones carry a grade and (when {@code certified}) a certificate. */
    static void enroll(JdbcClient jdbc, long classId, long personId, String status, boolean certified) {
        jdbc.sql("""
                        insert into enrollment (class_id, person_id, status, proposed_by, grade, passed, certificate_no, completed_on)
                        values (:c, :p, :s, 'test', :g, :passed, :cert, :on)
                        """)
                .param("c", classId).param("p", personId).param("s", status)
                .param("g", status.equals("COMPLETED") ? new java.math.BigDecimal("8.50") : null)
                .param("passed", status.equals("COMPLETED") ? Boolean.TRUE : null)
                .param("cert", certified ? "RPT-" + System.nanoTime() : null)
                .param("on", status.equals("COMPLETED") ? LocalDate.of(2026, 1, 10) : null)
                .update();
    }
}
