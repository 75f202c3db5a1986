package vn.boiduong.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Disciplinary decisions (quyết định kỷ luật) as the yearly rating needs them: entered by the commune officer, audited. */
@Service
public class Disciplines {

    /** Forms of discipline for cán bộ, công chức, lightest first; every one is "khiển trách or above". */
    public static final List<String> LEVELS = List.of("KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC");

    /** As typed on the form or sent to the API. */
    public record DisciplineInput(String personId, String year, String level, String decidedOn, String note) {
    }

    /** A disciplinary decision (kỷ luật) counted in a year. */
    public record Discipline(long id, long personId, String fullName, String unitName, int year, String level,
                             LocalDate decidedOn, String note, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    Disciplines(JdbcClient jdbc, AccessPolicy access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Discipline> list(int year) {
        access.require(Permission.EVALUATION_READ);
        return jdbc.sql("""
                        select d.id, d.person_id, p.full_name, o.name, d.year, d.level, d.decided_on, d.note, d.created_by
                        from discipline_record d join person p on p.id = d.person_id join org_unit o on o.id = p.org_unit_id
                        where o.path like :s || '%' and d.year = :y order by d.decided_on desc, d.id desc
                        """).param("s", access.scopePath()).param("y", year)
                .query((rs, n) -> new Discipline(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9))).list();
    }

    @Transactional
    public long add(DisciplineInput in) {
        access.require(Permission.EVALUATION_APPROVE);
        var problems = Problems.collect();
        Long personId = in.personId() == null || !in.personId().strip().matches("\\d{1,18}") ? null : Long.valueOf(in.personId().strip());
        String path = personId == null ? null : jdbc.sql("select o.path from person p join org_unit o on o.id = p.org_unit_id where p.id = :p")
                .param("p", personId).query(String.class).optional().orElse(null);
        if (path == null) {
            problems.add("personId", "validation.required");
        } else {
            access.require(Permission.EVALUATION_APPROVE, path);
        }
        Integer year = RatingValues.parse(in.year());
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < 2000 || year > thisYear) {
            problems.add("year", "rating.discipline.year", String.valueOf(in.year()), thisYear);
        }
        if (in.level() == null || !LEVELS.contains(in.level())) { // List.of refuses contains(null)
            problems.add("level", "validation.unknownCode", String.valueOf(in.level()), String.join(", ", LEVELS));
        }
        LocalDate decidedOn = null;
        if (in.decidedOn() == null || in.decidedOn().isBlank()) {
            problems.add("decidedOn", "validation.required");
        } else {
            decidedOn = Dates.parse(in.decidedOn()).orElse(null);
            if (decidedOn == null) {
                problems.add("decidedOn", "validation.date", in.decidedOn());
            } else if (decidedOn.isAfter(LocalDate.now(clock))) {
                problems.add("decidedOn", "rating.discipline.future");
            }
        }
        String note = in.note() == null ? null : VietnameseText.clean(in.note());
        if (note != null && note.length() > 500) {
            problems.add("note", "validation.tooLong", 500);
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                        insert into discipline_record (person_id, year, level, decided_on, note, created_by)
                        values (:p, :y, :l, :d, :n, :by) returning id
                        """).param("p", personId).param("y", year).param("l", in.level()).param("d", decidedOn)
                .param("n", note == null || note.isEmpty() ? null : note).param("by", access.currentUser().username())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", personId);
        after.put("year", year);
        after.put("level", in.level());
        after.put("decidedOn", Dates.format(decidedOn));
        after.put("note", note);
        audit.record("CREATE", "discipline_record", id, path, null, after, null);
        return id;
    }
}
