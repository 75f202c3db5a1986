package vn.boiduong.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * Kinh phí bồi dưỡng of a unit and the units below it for one year. Classes count for the unit that organises them
 * (who pays): a class's estimate (dự toán) is its cost, the per-trainee cost for each seat taken (or the capacity
 * before anyone is approved) and the support for women and ethnic-minority trainees (001 IV.6, 004 IV: the same formula
 * as the class page); its actual spending (thực chi) counts only classes started or finished, per trainee who attended.
 * The plan estimate is the sum of the lines of approved plans where the need arose (consolidated lines are left out, so
 * nothing is counted twice).
 */
@Service
public class Budget {

    /** Funding sources of a class (nguồn kinh phí), in the order of the forms. */
    public static final List<String> SOURCES = List.of("NSNN_TW", "NSNN_TINH", "NSNN_XA", "CO_QUAN", "KHAC");

    /** One funding source's share. */
    public record Line(String fundingSource, int classes, long estimate, long actual) {
    }

    /** The figures of one unit (its whole subtree) for a year. */
    public record Summary(long unitId, String unitName, int year, long planEstimate, int classes, long classEstimate,
                          long actual, int trainees, List<Line> bySource) {
    }

    /** A unit directly below (or the unit itself for the classes it organises), with its figures. */
    public record Row(long unitId, String code, String name, boolean itself, Summary figures) {
    }

    /** The page: the unit looked at, its total, one row per unit below it. */
    public record Report(long unitId, String unitName, String unitPath, int year, Summary total, List<Row> rows) {
    }

    private final BudgetQueries queries;
    private final OrgUnits units;
    private final AccessPolicy access;

    Budget(BudgetQueries queries, OrgUnits units, AccessPolicy access) {
        this.queries = queries;
        this.units = units;
        this.access = access;
    }

    /** The figures of a unit's subtree for a year, without an authorisation check (for the yearly report). */
    @Transactional(readOnly = true)
    public Summary summary(long unitId, int year) {
        OrgUnit unit = units.lookup(unitId).orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        Map<String, Summary> byChild = queries.byChild(unit.path(), year, unit.name(), unit.id());
        return total(unit, year, byChild.values());
    }

    /** The report under a unit of the reader's scope (their own unit when null). */
    @Transactional(readOnly = true)
    public Report under(Long unitId, int year) {
        access.require(Permission.BUDGET_READ);
        checkYear(year);
        OrgUnit unit = units.lookup(unitId == null ? access.currentUser().orgUnitId() : unitId)
                .orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        access.require(Permission.BUDGET_READ, unit.path());
        Map<String, Summary> byChild = queries.byChild(unit.path(), year, unit.name(), unit.id());
        List<Row> rows = new ArrayList<>();
        for (OrgUnit child : units.lookupChildren(unit.id())) {
            Summary s = byChild.get(child.code());
            if (s != null) {
                rows.add(new Row(child.id(), child.code(), child.name(), false, rename(s, child)));
            }
        }
        rows.sort(Comparator.comparingLong((Row r) -> r.figures().classEstimate() + r.figures().planEstimate()).reversed()
                .thenComparing(Row::code));
        Summary own = byChild.get("");
        if (own != null) {
            rows.add(0, new Row(unit.id(), unit.code(), unit.name(), true, own));
        }
        return new Report(unit.id(), unit.name(), unit.path(), year, total(unit, year, byChild.values()), rows);
    }

    /** The classes behind the figures, for the detail table and the spreadsheet. */
    @Transactional(readOnly = true)
    public List<BudgetQueries.ClassCost> classes(Long unitId, int year) {
        Report report = under(unitId, year);
        return queries.classes(report.unitPath(), year);
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new Problems.InvalidInput("year", "budget.error.year");
        }
    }

    private static Summary rename(Summary s, OrgUnit unit) {
        return new Summary(unit.id(), unit.name(), s.year(), s.planEstimate(), s.classes(), s.classEstimate(), s.actual(),
                s.trainees(), s.bySource());
    }

    static Summary total(OrgUnit unit, int year, java.util.Collection<Summary> parts) {
        long plan = 0;
        int classes = 0;
        long estimate = 0;
        long actual = 0;
        int trainees = 0;
        Map<String, long[]> sources = new LinkedHashMap<>();
        SOURCES.forEach(s -> sources.put(s, new long[3]));
        for (Summary p : parts) {
            plan += p.planEstimate();
            classes += p.classes();
            estimate += p.classEstimate();
            actual += p.actual();
            trainees += p.trainees();
            for (Line l : p.bySource()) {
                long[] n = sources.computeIfAbsent(l.fundingSource(), k -> new long[3]);
                n[0] += l.classes();
                n[1] += l.estimate();
                n[2] += l.actual();
            }
        }
        List<Line> lines = sources.entrySet().stream()
                .map(e -> new Line(e.getKey(), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Summary(unit.id(), unit.name(), year, plan, classes, estimate, actual, trainees, lines);
    }
}
