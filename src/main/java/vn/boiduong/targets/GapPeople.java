package vn.boiduong.targets;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.NameSearch;

/**
 * The people who make a target's gap (những người chưa đạt) in one commune or agency: in the population, not meeting the
 * condition today. A live query (one commune at most), in the official name order, accent-free search, paged.
 */
@Service
public class GapPeople {

    public record Person(long id, String personnelCode, String fullName, String title, String unitName) {
    }

    public record Page(long targetId, String targetName, long unitId, String unitName, String q, int page, int size, long total,
                       List<Person> items) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;
    private final TargetRepository targets;
    private final Dashboards dashboards;
    private final FactBuilder facts;

    GapPeople(JdbcClient jdbc, TargetRepository targets, Dashboards dashboards, FactBuilder facts) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.dashboards = dashboards;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    public Page list(long targetId, Long unitId, String q, int page, int size) {
        OrgUnit unit = dashboards.unit(unitId);
        // names and titles: only for readers of personnel files (the finance department sees the numbers only)
        dashboards.requirePeopleRead(unit);
        Target t = targets.find(targetId).orElseThrow(() -> new Problems.NotFound("target", targetId));
        if (!"PEOPLE".equals(t.populationKind())) {
            throw new Problems.InvalidInput("target", "targets.error.notPeople");
        }
        if (unit.level() < 2) {
            throw new Problems.InvalidInput("unit", "targets.error.peopleUnit");
        }
        TargetSql.Compiled c = TargetSql.compile(t, unit.path());
        NameSearch search = NameSearch.of(q);
        String from = "with x as materialized (" + c.inner() + ")\n"
                + "select §COLS§ from x join person p on p.id = x.row_id join org_unit o on o.id = p.org_unit_id\n"
                + "cross join (select cast(:today as date) as as_of) per\n"
                + "where " + c.population() + " and not coalesce(" + c.condition() + ", false)"
                + (search.isEmpty() ? "" : " and " + NameSearch.condition("p.search_name", "p.personnel_code"));
        LocalDate today = facts.today();
        long total = jdbc.sql(from.replace("§COLS§", "count(*)")).params(c.params()).params(search.params()).param("today", today)
                .query(Long.class).single();
        int n = Math.max(1, Math.min(size, 5_000));
        int p = Math.max(0, page);
        List<Person> items = jdbc.sql(from.replace("§COLS§", "p.id, p.personnel_code, p.full_name, p.title, o.name")
                        + " order by " + (search.isEmpty() ? "" : NameSearch.rank("p.search_name", "p.full_name", "p.personnel_code") + ", ")
                        + "p.sort_key, p.id limit :n offset :o")
                .params(c.params()).params(search.params()).param("today", today).param("n", n).param("o", (long) p * n)
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
        return new Page(t.id(), t.name(), unit.id(), unit.name(), q, p, n, total, items);
    }
}
