package vn.boiduong.standards;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Reading the gaps: the prioritised needs list and the per-unit alert counts, always inside the reader's scope. */
@Service
public class GapQueries {

    /** A person who must be trained now, with what they lack (categories) and the courses that close it. */
    public record Need(long personId, String fullName, java.time.LocalDate birthDate, String title, String unitName,
                       boolean leader, boolean affectedByReorg, int priority, int gaps, String categories, String programs) {
    }

    public record NeedsPage(List<Need> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Alert counts of one unit below the one being looked at. */
    public record UnitRow(long unitId, String code, String name, long people, long withGaps, long specialised,
                          long titleStandard) {
    }

    private static final String FROM = "from person_gap g join person p on p.id = g.person_id join org_unit o on o.id = p.org_unit_id "
            + "where o.path like :path || '%' and p.status = 'ACTIVE' and (cast(:cat as text) is null or g.category = :cat) ";

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final AccessPolicy access;

    GapQueries(JdbcClient jdbc, OrgUnits units, AccessPolicy access) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
    }

    /**
     * "Cần bồi dưỡng ngay" (001 IV.2): missing specialised knowledge first, those affected by the 2025
     * reorganisation first among them; then leaders missing their title's standard; then the rest.
     */
    @Transactional(readOnly = true)
    public NeedsPage needs(Long unitId, String category, int page, int size) {
        String path = pathFor(unitId);
        int limit = Math.min(Math.max(size, 1), 5_000);
        List<Need> items = jdbc.sql("select p.id, p.full_name, p.birth_date, p.title, o.name, p.is_leader, p.affected_by_reorg, "
                        + "min(g.priority) as prio, count(*) as n, string_agg(distinct g.category, ',') as cats, "
                        + "string_agg(distinct g.closing_program, ',') as programs " + FROM
                        + "group by p.id, o.name order by prio, case when min(g.priority) = 1 and p.affected_by_reorg then 0 else 1 end, "
                        + "p.sort_key, p.id limit :limit offset :offset")
                .param("path", path).param("cat", category).param("limit", limit).param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> new Need(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
                        rs.getString(11)))
                .list();
        return new NeedsPage(items, countUnder(path, category), Math.max(page, 0), limit);
    }

    /** The signed-in person's own open gaps against their position's standard (0 without a file). */
    @Transactional(readOnly = true)
    public long mine() {
        Long person = access.currentUser().personId();
        return person == null ? 0 : jdbc.sql("select count(*) from person_gap where person_id = :p").param("p", person)
                .query(Long.class).single();
    }

    /** How many people must be trained now (optionally in one category), without building the list. */
    @Transactional(readOnly = true)
    public long count(Long unitId, String category) {
        return countUnder(pathFor(unitId), category);
    }

    private long countUnder(String path, String category) {
        return jdbc.sql("select count(distinct g.person_id) " + FROM).param("path", path).param("cat", category)
                .query(Long.class).single();
    }

    /** Per unit directly below {@code unitId}: people, people with a gap, and those missing the two key standards. */
    @Transactional(readOnly = true)
    public List<UnitRow> byUnit(Long unitId) {
        String path = pathFor(unitId);
        OrgUnit unit = unitId == null ? units.lookup(access.currentUser().orgUnitId()).orElseThrow() : units.lookup(unitId).orElseThrow();
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select split_part(substr(o.path, length(:path) + 1), '/', 1) as child,
                               count(distinct p.id), count(distinct g.person_id),
                               count(distinct g.person_id) filter (where g.category = 'SPECIALISED'),
                               count(distinct g.person_id) filter (where g.category = 'TITLE_STANDARD')
                        from person p join org_unit o on o.id = p.org_unit_id
                        left join person_gap g on g.person_id = p.id
                        where o.path like :path || '%' and o.path <> :path and p.status = 'ACTIVE'
                        group by child
                        """)
                .param("path", path)
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return units.lookupChildren(unit.id()).stream()
                .map(c -> {
                    long[] n = counts.getOrDefault(c.code(), new long[4]);
                    return new UnitRow(c.id(), c.code(), c.name(), n[0], n[1], n[2], n[3]);
                })
                .sorted(java.util.Comparator.comparingLong(UnitRow::withGaps).reversed().thenComparing(UnitRow::code))
                .toList();
    }

    /** Who needs which course under a unit (a plan's "needs from the gap analysis"): course code → people. */
    public record ProgramNeed(String programCode, List<Long> personIds) {
    }

    @Transactional(readOnly = true)
    public List<ProgramNeed> byProgram(Long unitId) {
        return jdbc.sql("select g.closing_program, array_agg(distinct g.person_id order by g.person_id) " + FROM
                        + "and g.closing_program is not null group by g.closing_program order by g.closing_program")
                .param("path", pathFor(unitId)).param("cat", null)
                .query((rs, n) -> new ProgramNeed(rs.getString(1), java.util.Arrays.asList((Long[]) rs.getArray(2).getArray())))
                .list();
    }

    /** The people under a unit (null: the caller's scope) whose gaps this course closes. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> peopleNeeding(Long unitId, String programCode) {
        return new java.util.HashSet<>(jdbc.sql("select distinct g.person_id " + FROM + "and g.closing_program = :program")
                .param("path", pathFor(unitId)).param("cat", null).param("program", programCode).query(Long.class).list());
    }

    private String pathFor(Long unitId) {
        access.require(Permission.PEOPLE_READ);
        if (unitId == null) {
            return access.scopePath();
        }
        OrgUnit unit = units.lookup(unitId).orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        access.require(Permission.PEOPLE_READ, unit.path());
        return unit.path();
    }
}
