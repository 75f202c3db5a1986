package vn.boiduong.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.boiduong.orgunit.OrgUnit;

/**
 * Read side of the yearly report: SQL over the training records (training_class, enrollment, person, program,
 * effect_evaluation) inside a unit's subtree. "Sent in year Y" (cử đi trong năm) = an enrollment approved or further
 * (APPROVED, ATTENDING, COMPLETED, NOT_COMPLETED) in a class not cancelled that starts in Y; "completed" = COMPLETED
 * (attended and passed); "certified" = completed with a certificate number; people count for their current unit.
 */
@Repository
class FigureQueries {

    /** Categories of the catalog in the order of the form (V7). */
    static final List<String> CATEGORIES = List.of("LLCT", "QLNN", "CHUYEN_MON", "KY_NANG_NGANH", "KY_NANG_BO_TRO",
            "CAP_NHAT", "CNTT", "DAO_TAO", "KHAC");
    static final List<String> DELIVERIES = List.of("IN_PERSON", "ONLINE", "BLENDED");

    private static final String SENT = """
            from enrollment e join training_class c on c.id = e.class_id join program g on g.code = c.program_code
            join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id
            where starts_with(o.path, :path) and c.status <> 'CANCELLED'
              and e.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')
              and c.starts_on >= make_date(:y, 1, 1) and c.starts_on < make_date(:y + 1, 1, 1)
            """;
    private static final String COUNTS = """
            count(*), count(*) filter (where e.status = 'COMPLETED'),
            count(*) filter (where e.status = 'COMPLETED' and e.certificate_no is not null),
            count(*) filter (where p.is_leader), count(*) filter (where p.gender = 'F'),
            count(*) filter (where p.ethnicity_code <> '01')
            """;

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportFigures.Line> byProgram(String path, int year) {
        List<ReportFigures.Line> lines = new ArrayList<>(jdbc.sql("select g.category, g.code, g.name, " + COUNTS + SENT
                        + " group by g.category, g.code, g.name order by g.name, g.code")
                .param("path", path).param("y", year)
                .query((rs, n) -> new ReportFigures.Line(rs.getString(1), rs.getString(2), rs.getString(3), counts(rs, 4)))
                .list());
        lines.sort(java.util.Comparator.comparingInt((ReportFigures.Line l) -> CATEGORIES.indexOf(l.category()))
                .thenComparing(vn.boiduong.shared.VietnameseText.byText(ReportFigures.Line::name)));
        return lines;
    }

    List<ReportFigures.Line> byDelivery(String path, int year) {
        var found = jdbc.sql("select c.delivery, " + COUNTS + SENT + " group by c.delivery")
                .param("path", path).param("y", year)
                .query((rs, n) -> new ReportFigures.Line(null, rs.getString(1), null, counts(rs, 2))).list();
        return DELIVERIES.stream().map(d -> found.stream().filter(l -> l.code().equals(d)).findFirst()
                .orElse(new ReportFigures.Line(null, d, null, ReportFigures.Counts.ZERO))).toList();
    }

    List<ReportFigures.ClassItem> classes(String path, int year) {
        return jdbc.sql("select c.code, c.name, g.name, c.starts_on, c.ends_on, c.delivery, count(*), "
                        + "count(*) filter (where e.status = 'COMPLETED') " + SENT
                        + " group by c.id, c.code, c.name, g.name, c.starts_on, c.ends_on, c.delivery order by c.starts_on, c.code")
                .param("path", path).param("y", year)
                .query((rs, n) -> new ReportFigures.ClassItem(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7),
                        rs.getLong(8)))
                .list();
    }

    /** Follow-up items (seed 000 IV.3); effect after training of those who completed in Y, due by {@code asOf}. */
    ReportFigures.FollowUp followUp(String path, int year, LocalDate asOf, ReportFigures.Counts total) {
        var r = jdbc.sql("select count(distinct g.code), count(distinct c.id), min(c.starts_on), max(c.ends_on), "
                        + "count(*) filter (where e.status = 'NOT_COMPLETED'), round(avg(e.grade), 2) " + SENT)
                .param("path", path).param("y", year)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getBigDecimal(6)}).single();
        UnitEffectRow effect = effect(path, year, asOf);
        return new ReportFigures.FollowUp(total.sent(), (int) r[0], (int) r[1], (LocalDate) r[2], (LocalDate) r[3],
                total.completed(), (long) r[4], (BigDecimal) r[5], effect.total, effect.due, effect.signed,
                percent(effect.signed, effect.due), effect.mean);
    }

    List<ReportFigures.UnitEffect> effectBelow(List<OrgUnit> children, int year, LocalDate asOf) {
        List<ReportFigures.UnitEffect> rows = new ArrayList<>();
        for (OrgUnit child : children) {
            UnitEffectRow e = effect(child.path(), year, asOf);
            rows.add(new ReportFigures.UnitEffect(child.id(), child.code(), child.name(), e.total, e.due, e.signed,
                    percent(e.signed, e.due), e.mean));
        }
        return rows;
    }

    private record UnitEffectRow(long total, long due, long signed, BigDecimal mean) {
    }

    /** Due = came due by the report date or already signed (seed 000 IV.3: 100% of those trained are evaluated). */
    private UnitEffectRow effect(String path, int year, LocalDate asOf) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where ee.due_on <= :asOf or ee.status = 'SIGNED'),
                               count(*) filter (where ee.status = 'SIGNED'), round(avg(ee.total) filter (where ee.status = 'SIGNED'), 2)
                        from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id
                        where starts_with(o.path, :path) and ee.completed_on >= make_date(:y, 1, 1)
                          and ee.completed_on < make_date(:y + 1, 1, 1)
                        """)
                .param("path", path).param("y", year).param("asOf", asOf)
                .query((rs, n) -> new UnitEffectRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)))
                .single();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static ReportFigures.Counts counts(ResultSet rs, int from) throws SQLException {
        return new ReportFigures.Counts(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
                rs.getLong(from + 4), rs.getLong(from + 5));
    }
}
