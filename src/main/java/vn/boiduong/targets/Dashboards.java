package vn.boiduong.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.boiduong.shared.VietnameseText;

/**
 * Builds dashboards from the rollups with a fixed handful of indexed queries (no per-child query): the unit's own rows
 * for 13 months, its children's rows for two months (now and the pace's start), effect and training rollups; keeps
 * the assembled result in a small LRU cache keyed by the fact version.
 */
@Service
public class Dashboards implements TargetBoard {

    private final JdbcClient jdbc;
    private final TargetRepository targets;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final FactBuilder facts;
    private final List<LateItems> lateItems;
    private final FactVersion versions;
    private final DashboardCache cache = new DashboardCache(256);
    /**
     * Late columns per unit, recounted in the background once older than {@code lateSeconds} (readers get the previous
     * counts meanwhile): at the nation they count every province's reports and tasks, which takes seconds.
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, LateCounts> lateCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final long lateSeconds;
    private final java.util.concurrent.ConcurrentHashMap<Long, Object> lateLocks = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<Long> refreshing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.Executor lateRefresher = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "late-items");
        t.setDaemon(true);
        return t;
    });

    private record LateCounts(long at, LocalDate day, List<Map<Long, Integer>> counts) {
    }

    Dashboards(JdbcClient jdbc, TargetRepository targets, OrgUnits units, AccessPolicy access, FactBuilder facts, List<LateItems> lateItems,
               FactVersion versions, @org.springframework.beans.factory.annotation.Value("${boiduong.targets.late-cache-seconds:60}") long lateSeconds) {
        this.versions = versions;
        this.lateSeconds = lateSeconds;
        this.jdbc = jdbc;
        this.targets = targets;
        this.units = units;
        this.access = access;
        this.facts = facts;
        this.lateItems = lateItems;
    }

    /** The unit to show: the given one inside the reader's scope, or the reader's own unit. */
    OrgUnit unit(Long unitId) {
        access.require(Permission.TARGET_READ);
        long id = unitId == null ? access.currentUser().orgUnitId() : unitId;
        OrgUnit unit = units.lookup(id).orElseThrow(() -> new Problems.NotFound("orgunit", id));
        access.require(Permission.TARGET_READ, unit.path());
        return unit;
    }

    void requirePeopleRead(OrgUnit unit) {
        access.require(Permission.PEOPLE_READ, unit.path());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(long orgUnitId) {
        OrgUnit unit = units.lookup(orgUnitId).orElseThrow(() -> new Problems.NotFound("orgunit", orgUnitId));
        return cards(unit, applicable(unit, unit.level()), history(unit.id(), facts.today()));
    }

    /**
     * The dashboard of a unit in the reader's scope (checked on every call). The facts part is cached per unit, day
     * and fact version (bumped by every rebuild, refresh and target change); the late columns are read every time.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Long unitId) {
        OrgUnit unit = unit(unitId);
        LocalDate today = facts.today();
        Dashboard base = cache.get(new DashboardCache.Key(unit.id(), today, versions.current()), () -> facts(unit, today));
        return lateItems.isEmpty() ? base : withLate(base, today);
    }

    private Dashboard withLate(Dashboard base, LocalDate today) {
        long unitId = base.unit().id();
        List<Map<Long, Integer>> late = late(unitId, today);
        List<Dashboard.ChildRow> rows = new ArrayList<>(base.rows().size());
        for (Dashboard.ChildRow r : base.rows()) {
            List<Dashboard.Late> lates = new ArrayList<>(late.size());
            for (int i = 0; i < late.size(); i++) {
                lates.add(new Dashboard.Late(late.get(i).getOrDefault(r.unitId(), 0), lateItems.get(i).link(r.unitId())));
            }
            rows.add(new Dashboard.ChildRow(r.unitId(), r.code(), r.name(), r.cells(), lates, r.effect()));
        }
        List<Dashboard.LateColumn> lateColumns = new ArrayList<>();
        for (int i = 0; i < lateItems.size(); i++) {
            lateColumns.add(new Dashboard.LateColumn(lateItems.get(i).labelKey(), i));
        }
        return new Dashboard(base.unit(), base.breadcrumbs(), base.asOf(), base.year(), base.cards(), base.columns(), rows,
                lateColumns, base.history(), base.programs(), base.effectTotal());
    }

    /** The late counts of the units below, recomputed when older than {@code lateSeconds} (0: every time). */
    private List<Map<Long, Integer>> late(long unitId, LocalDate today) {
        if (lateSeconds <= 0) {
            return countLate(unitId, today);
        }
        LateCounts cached = lateCache.get(unitId);
        if (cached != null && cached.day().equals(today)) {
            if (fresh(unitId, today) == null && refreshing.add(unitId)) {
                // stale: one background count replaces it; readers keep the previous counts meanwhile
                lateRefresher.execute(() -> {
                    try {
                        store(unitId, today, countLate(unitId, today));
                    } finally {
                        refreshing.remove(unitId);
                    }
                });
            }
            return cached.counts();
        }
        // never counted today: one reader counts, the others wait for its result
        synchronized (lateLocks.computeIfAbsent(unitId, k -> new Object())) {
            cached = lateCache.get(unitId);
            if (cached != null && cached.day().equals(today)) {
                return cached.counts();
            }
            List<Map<Long, Integer>> counts = countLate(unitId, today);
            store(unitId, today, counts);
            return counts;
        }
    }

    private List<Map<Long, Integer>> countLate(long unitId, LocalDate today) {
        return lateItems.stream().map(l -> l.lateByChild(unitId, today)).toList();
    }

    private void store(long unitId, LocalDate today, List<Map<Long, Integer>> counts) {
        if (lateCache.size() > 1024) {
            lateCache.clear();
        }
        lateCache.put(unitId, new LateCounts(System.nanoTime(), today, counts));
    }

    private LateCounts fresh(long unitId, LocalDate today) {
        LateCounts cached = lateCache.get(unitId);
        return cached != null && cached.day().equals(today) && System.nanoTime() - cached.at() < lateSeconds * 1_000_000_000L
                ? cached : null;
    }

    /** Everything read from the rollups (a fixed handful of indexed queries), without the late columns. */
    private Dashboard facts(OrgUnit unit, LocalDate today) {
        LocalDate period = FactBuilder.period(today);
        Map<Long, Map<LocalDate, long[]>> own = history(unit.id(), today);
        List<Target> cardTargets = applicable(unit, unit.level());
        List<Target> columnTargets = applicable(unit, unit.level() + 1);
        List<OrgUnit> children = new ArrayList<>(units.lookupChildren(unit.id()));
        children.sort(VietnameseText.byText(OrgUnit::name));
        LocalDate start = own.values().stream().flatMap(m -> m.keySet().stream()).min(LocalDate::compareTo).orElse(period);
        Map<Long, Map<Long, long[][]>> cells = childCells(unit.id(), period, start);
        Map<Long, Dashboard.EffectCounts> effects = effectsByChild(unit.id());
        List<Dashboard.ChildRow> rows = new ArrayList<>();
        for (OrgUnit c : children) {
            Map<Long, Dashboard.Cell> row = new LinkedHashMap<>();
            Map<Long, long[][]> mine = cells.getOrDefault(c.id(), Map.of());
            for (Target t : columnTargets) {
                long[][] v = mine.get(t.id());
                if (v != null) {
                    row.put(t.id(), cell(t, v, start, today));
                }
            }
            rows.add(new Dashboard.ChildRow(c.id(), c.code(), c.name(), row, List.of(), effects.getOrDefault(c.id(), Dashboard.EffectCounts.NONE)));
        }
        List<Dashboard.Column> columns = columnTargets.stream()
                .map(t -> new Dashboard.Column(t.id(), t.code(), t.name(), t.label(), t.measure(), t.targetValue(), t.populationKind())).toList();
        return new Dashboard(unit, units.breadcrumbs(unit.id()), today, today.getYear(), cards(unit, cardTargets, own), columns,
                List.copyOf(rows), List.of(), histories(cardTargets, own, period), programs(unit.id(), today.getYear()),
                effectTotal(unit.id()));
    }

    /** Active targets owned by the ministry or by a unit above or at this one, shown at this tree level. */
    List<Target> applicable(OrgUnit unit, int level) {
        return targets.active().stream()
                .filter(t -> t.ownerPath() == null || unit.path().startsWith(t.ownerPath()))
                .filter(t -> t.appliesAt(level)).toList();
    }

    /** target → period → {numerator, denominator} of one unit over the last 12 months and this one. */
    private Map<Long, Map<LocalDate, long[]>> history(long unitId, LocalDate today) {
        Map<Long, Map<LocalDate, long[]>> m = new HashMap<>();
        jdbc.sql("""
                        select target_id, period, numerator, denominator from target_rollup
                        where org_unit_id = :u and period >= :from order by period
                        """).param("u", unitId).param("from", FactBuilder.period(today).minusMonths(FactBuilder.HISTORY_MONTHS))
                .query((java.sql.ResultSet rs) -> {
                    m.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), new long[] {rs.getLong(3), rs.getLong(4)});
                });
        return m;
    }

    private List<TargetProgress> cards(OrgUnit unit, List<Target> list, Map<Long, Map<LocalDate, long[]>> own) {
        LocalDate today = facts.today();
        LocalDate period = FactBuilder.period(today);
        List<TargetProgress> out = new ArrayList<>();
        for (Target t : list) {
            Map<LocalDate, long[]> series = own.getOrDefault(t.id(), Map.of());
            long[] now = series.getOrDefault(period, new long[2]);
            ProgressRules.Point start = series.entrySet().stream().filter(e -> e.getKey().isBefore(period)).findFirst()
                    .map(e -> new ProgressRules.Point(monthEnd(e.getKey()), ProgressRules.value(t.percent(), e.getValue()[0], e.getValue()[1])))
                    .filter(p -> p.value() != null).orElse(null);
            var o = ProgressRules.evaluate(t.percent(), t.perYear(), t.targetValue(), t.deadline(), t.baselineOn(), today,
                    ProgressRules.value(t.percent(), now[0], now[1]), start);
            out.add(new TargetProgress(t.id(), t.code(), t.name(), t.measure(), t.targetValue(), o.deadline(), now[0], now[1],
                    o.value(), o.gap(), o.projected(), o.status(), today, t.sourceRef()));
        }
        return out;
    }

    private static LocalDate monthEnd(LocalDate period) {
        return period.plusMonths(1).minusDays(1);
    }

    private Dashboard.Cell cell(Target t, long[][] v, LocalDate start, LocalDate today) {
        long[] now = v[0] == null ? new long[2] : v[0];
        ProgressRules.Point from = v[1] == null ? null
                : new ProgressRules.Point(monthEnd(start), ProgressRules.value(t.percent(), v[1][0], v[1][1]));
        if (from != null && from.value() == null) {
            from = null;
        }
        var o = ProgressRules.evaluate(t.percent(), t.perYear(), t.targetValue(), t.deadline(), t.baselineOn(), today,
                ProgressRules.value(t.percent(), now[0], now[1]), from);
        return new Dashboard.Cell(now[0], now[1], o.value(), o.projected(), o.status());
    }

    /** child → target → {now, start} (each {numerator, denominator} or null): one range scan of the children index. */
    private Map<Long, Map<Long, long[][]>> childCells(long unitId, LocalDate period, LocalDate start) {
        Map<Long, Map<Long, long[][]>> m = new HashMap<>();
        jdbc.sql("""
                        select org_unit_id, target_id, period, numerator, denominator from target_rollup
                        where parent_id = :u and period in (:p, :s)
                        """).param("u", unitId).param("p", period).param("s", start)
                .query((java.sql.ResultSet rs) -> {
                    long[][] v = m.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getLong(2), k -> new long[2][]);
                    v[rs.getObject(3, LocalDate.class).equals(period) ? 0 : 1] = new long[] {rs.getLong(4), rs.getLong(5)};
                });
        if (start.equals(period)) {
            m.values().forEach(x -> x.values().forEach(v -> v[1] = null));
        }
        return m;
    }

    private List<Dashboard.History> histories(List<Target> list, Map<Long, Map<LocalDate, long[]>> own, LocalDate period) {
        List<LocalDate> periods = new ArrayList<>();
        for (int i = FactBuilder.HISTORY_MONTHS; i >= 0; i--) {
            periods.add(period.minusMonths(i));
        }
        return list.stream().map(t -> {
            Map<LocalDate, long[]> s = own.getOrDefault(t.id(), Map.of());
            List<BigDecimal> values = periods.stream().map(p -> s.containsKey(p)
                    ? ProgressRules.value(t.percent(), s.get(p)[0], s.get(p)[1]) : null).toList();
            return new Dashboard.History(t.id(), t.code(), t.label(), periods, values);
        }).toList();
    }

    Map<Long, Dashboard.EffectCounts> effectsByChild(long unitId) {
        Map<Long, Dashboard.EffectCounts> m = new HashMap<>();
        jdbc.sql("""
                        select org_unit_id, sum(completed), sum(due), sum(signed), sum(overdue) from effect_rollup
                        where parent_id = :u group by org_unit_id
                        """).param("u", unitId)
                .query((java.sql.ResultSet rs) -> {
                    m.put(rs.getLong(1), new Dashboard.EffectCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return m;
    }

    private Dashboard.EffectCounts effectTotal(long unitId) {
        return jdbc.sql("""
                        select coalesce(sum(completed), 0), coalesce(sum(due), 0), coalesce(sum(signed), 0), coalesce(sum(overdue), 0)
                        from effect_rollup where org_unit_id = :u
                        """).param("u", unitId)
                .query((rs, n) -> new Dashboard.EffectCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    private List<Dashboard.ProgramRow> programs(long unitId, int year) {
        return jdbc.sql("""
                        select r.program_code, p.name, r.category, sum(r.sent), sum(r.completed), sum(r.passed), sum(r.reported)
                        from training_rollup r join program p on p.code = r.program_code
                        where r.org_unit_id = :u and r.year = :y group by r.program_code, p.name, r.category order by sum(r.sent) desc, r.program_code
                        """).param("u", unitId).param("y", year)
                .query((rs, n) -> new Dashboard.ProgramRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
    }
}
