package vn.boiduong.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * The reporting calendar (lịch báo cáo): for each kind of reporting unit, "before dd/MM" of the report year. Stored as
 * data: the nation's rows are the defaults (V15: seed 000 VI.2, 003 IV, 001 V), a province may set its own for its
 * subtree; the row at the nearest unit above a reporter wins.
 */
@Service
public class ReportCalendar {

    /** Kinds of reporting unit (đơn vị báo cáo); PARTY is the commune's party agency (code suffix -DU). */
    public static final List<String> REPORTERS = List.of("AGENCY", "PARTY", "COMMUNE", "PROVINCE");

    /** A deadline as it applies under a unit: where it is set ({@code setAt}) and whether that is the unit itself. */
    public record Deadline(String reporter, int month, int day, String sourceRef, long setAtUnitId, String setAtName,
                           boolean own, int version) {
    }

    private record Row(String path, String reporter, int month, int day, String sourceRef, long unitId, String unitName,
                       int version) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final AuditLog audit;

    ReportCalendar(JdbcClient jdbc, OrgUnits units, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** The kind of reporting unit, or empty for the nation (it reports to no one). */
    public static Optional<String> reporterOf(OrgUnit unit) {
        return switch (unit.kind()) {
            // 003 IV: the commune's party committee reports to its standing committee, before 05/12
            case AGENCY -> Optional.of(unit.code().endsWith("-DU") ? "PARTY" : "AGENCY");
            case COMMUNE -> Optional.of("COMMUNE");
            case PROVINCE -> Optional.of("PROVINCE");
            case NATION -> Optional.empty();
        };
    }

    /** The date the report of the unit for the year must be in before (unchecked); empty for the nation. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> dueBefore(OrgUnit unit, int year) {
        return reporterOf(unit).flatMap(kind -> effective(unit.path(), kind)).map(r -> date(year, r.month(), r.day()));
    }

    /** The deadlines that apply under a unit (the reader's own when null). */
    @Transactional(readOnly = true)
    public List<Deadline> under(Long unitId) {
        OrgUnit unit = readable(unitId);
        List<Deadline> result = new ArrayList<>();
        for (String kind : REPORTERS) {
            effective(unit.path(), kind).ifPresent(r -> result.add(new Deadline(kind, r.month(), r.day(), r.sourceRef(),
                    r.unitId(), r.unitName(), r.unitId() == unit.id(), r.version())));
        }
        return result;
    }

    /** Sets a deadline for reporters under a province or the nation (province and ministry officers; audited). */
    @Transactional
    public void set(long unitId, String reporter, int month, int day, String sourceRef) {
        OrgUnit unit = units.lookup(unitId).orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        access.require(Permission.REPORT_REVIEW, unit.path());
        if (unit.level() > 1 || access.currentUser().orgUnitId() != unit.id()) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        var problems = Problems.collect();
        if (reporter == null || !REPORTERS.contains(reporter)) {
            problems.add("reporter", "reports.calendar.reporter.invalid");
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            problems.add("day", "reports.calendar.date.invalid");
        } else {
            try {
                LocalDate.of(2025, month, day); // a non-leap year: 29/02 would not exist every year
            } catch (DateTimeException e) {
                problems.add("day", "reports.calendar.date.invalid");
            }
        }
        String ref = sourceRef == null || sourceRef.isBlank() ? null : sourceRef.strip();
        if (ref != null && ref.length() > 400) {
            problems.add("sourceRef", "validation.tooLong", 400);
        }
        problems.throwIfAny();
        Map<String, Object> before = effective(unit.path(), reporter).map(r -> Map.<String, Object>of("month", r.month(),
                "day", r.day(), "setAt", r.unitId())).orElse(null);
        jdbc.sql("""
                        insert into report_deadline (org_unit_id, reporter, due_month, due_day, source_ref, updated_by)
                        values (:u, :r, :m, :d, :s, :by)
                        on conflict (org_unit_id, reporter) do update set due_month = :m, due_day = :d, source_ref = :s,
                            updated_by = :by, updated_at = now(), version = report_deadline.version + 1
                        """)
                .param("u", unitId).param("r", reporter).param("m", month).param("d", day).param("s", ref)
                .param("by", access.currentUser().username()).update();
        Map<String, Object> after = new LinkedHashMap<>(Map.of("reporter", reporter, "month", month, "day", day));
        audit.record("SET_DEADLINE", "report_deadline", unitId + ":" + reporter, unit.path(), before, after, ref);
    }

    private OrgUnit readable(Long unitId) {
        long id = unitId == null ? access.currentUser().orgUnitId() : unitId;
        OrgUnit unit = units.lookup(id).orElseThrow(() -> new Problems.NotFound("orgunit", id));
        if (!access.can(Permission.REPORT_WRITE, unit.path())) {
            access.require(Permission.REPORT_REVIEW, unit.path());
        }
        return unit;
    }

    private Optional<Row> effective(String path, String kind) {
        return jdbc.sql("""
                        select o.path, d.reporter, d.due_month, d.due_day, d.source_ref, o.id, o.name, d.version
                        from report_deadline d join org_unit o on o.id = d.org_unit_id
                        where d.reporter = :k and starts_with(:path, o.path)
                        """)
                .param("k", kind).param("path", path)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getInt(8)))
                .list().stream().max(Comparator.comparingInt(r -> r.path().length()));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    }
}
