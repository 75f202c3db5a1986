package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * Coverage of the effect evaluation (seed 000 IV.3: the unit evaluates 100% of those trained): per unit directly below
 * the one looked at (province → communes, commune → agencies), completed trainings, signed, due now, overdue.
 */
@Service
public class EffectCoverage {

    /**
     * @param completed completed trainings (one evaluation each)
     * @param dueNow    whose due date has come (signed or not): what can be evaluated today
     * @param open      due now and not signed (overdue included)
     * @param overdue   past the due date and not signed
     * @param percent   signed ÷ completed, in percent (one decimal); null when nothing was completed
     * @param percentOfDue signed ÷ due now: how far the unit is with what it could already evaluate; null when none is due
     */
    public record Row(Long unitId, String code, String name, long completed, long signed, long dueNow, long open, long overdue,
                      BigDecimal percent, BigDecimal percentOfDue) {
    }

    /** The unit looked at, its total and one row per unit below it. */
    public record Report(long unitId, String unitName, Integer year, Row total, List<Row> rows) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final Clock clock;

    EffectCoverage(JdbcClient jdbc, OrgUnits units, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    /** Coverage under a unit of the reader's scope (their own unit when null), optionally for the year of the due date. */
    @Transactional(readOnly = true)
    public Report under(Long unitId, Integer year) {
        access.require(Permission.EVALUATION_READ);
        OrgUnit unit = units.lookup(unitId == null ? access.currentUser().orgUnitId() : unitId)
                .orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        access.require(Permission.EVALUATION_READ, unit.path());
        Map<String, long[]> counts = new HashMap<>();
        long[] total = new long[5];
        jdbc.sql("""
                        select split_part(substr(o.path, length(:path) + 1), '/', 1) as child, count(*),
                               count(*) filter (where ee.status = 'SIGNED'),
                               count(*) filter (where ee.due_on <= :today),
                               count(*) filter (where ee.status = 'DUE' and ee.due_on <= :today),
                               count(*) filter (where ee.status = 'DUE' and ee.due_on < :today)
                        from effect_evaluation ee join org_unit o on o.id = ee.org_unit_id
                        where o.path like :path || '%' and (cast(:year as integer) is null or extract(year from ee.due_on) = :year)
                        group by child
                        """)
                .param("path", unit.path()).param("today", LocalDate.now(clock)).param("year", year)
                .query((java.sql.ResultSet rs) -> {
                    long[] n = {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
                    counts.put(rs.getString(1), n);
                    for (int i = 0; i < n.length; i++) {
                        total[i] += n[i];
                    }
                });
        List<Row> rows = new java.util.ArrayList<>(units.lookupChildren(unit.id()).stream()
                .map(c -> row(c.id(), c.code(), c.name(), counts.getOrDefault(c.code(), new long[5])))
                .sorted(java.util.Comparator.comparingLong(Row::completed).reversed().thenComparing(Row::code))
                .toList());
        if (counts.containsKey("")) {
            // people attached to the unit itself (not to a unit below it)
            rows.add(row(unit.id(), unit.code(), unit.name(), counts.get("")));
        }
        return new Report(unit.id(), unit.name(), year, row(unit.id(), unit.code(), unit.name(), total), rows);
    }

    private static Row row(Long id, String code, String name, long[] n) {
        return new Row(id, code, name, n[0], n[1], n[2], n[3], n[4], percent(n[1], n[0]), percent(n[1], n[2]));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
