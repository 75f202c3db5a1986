package vn.boiduong.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link Budget}: classes organised and approved plan lines under a path, for one year. */
@Component
public class BudgetQueries {

    /** One class with its estimate and actual spending (chi phí lớp). */
    public record ClassCost(long id, String code, String name, String organiser, String programCode, LocalDate startsOn,
                            String status, String fundingSource, int seated, int attended, long estimate, long actual) {
    }

    /** Per class: seats taken and trainees who attended, with women and ethnic minorities (ethnicity 01 = Kinh). */
    private static final String CLASSES = """
            select c.id, c.code, c.name, o.name as organiser, c.program_code, c.starts_on, c.status, c.funding_source,
                   split_part(substr(o.path, length(:path) + 1), '/', 1) as child,
                   s.seated, s.attended,
                   c.cost_per_class + c.cost_per_trainee * (case when s.seated > 0 then s.seated else c.capacity end)
                       + c.support_women * s.seated_women + c.support_ethnic * s.seated_minority as estimate,
                   case when c.status in ('RUNNING', 'FINISHED')
                        then c.cost_per_class + c.cost_per_trainee * s.attended + c.support_women * s.attended_women
                             + c.support_ethnic * s.attended_minority
                        else 0 end as actual
            from training_class c
            join org_unit o on o.id = c.organiser_unit_id
            cross join lateral (
                select count(*) filter (where e.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')) as seated,
                       count(*) filter (where e.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and p.gender = 'F') as seated_women,
                       count(*) filter (where e.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and p.ethnicity_code <> '01') as seated_minority,
                       count(*) filter (where e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED')) as attended,
                       count(*) filter (where e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and p.gender = 'F') as attended_women,
                       count(*) filter (where e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and p.ethnicity_code <> '01') as attended_minority
                from enrollment e join person p on p.id = e.person_id
                where e.class_id = c.id) s
            where o.path like :path || '%' and c.status <> 'CANCELLED'
              and c.starts_on >= make_date(:year, 1, 1) and c.starts_on < make_date(:year + 1, 1, 1)
            """;

    private final JdbcClient jdbc;

    BudgetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures per unit directly below the path (key: its code; "" for what the unit itself organises or planned). */
    Map<String, Budget.Summary> byChild(String path, int year, String name, long unitId) {
        Map<String, long[]> plan = new HashMap<>();
        jdbc.sql("""
                        select split_part(substr(o.path, length(:path) + 1), '/', 1) as child, sum(l.estimated_cost)
                        from plan_line l join training_plan t on t.id = l.plan_id join org_unit o on o.id = t.org_unit_id
                        where o.path like :path || '%' and t.year = :year and t.status = 'APPROVED' and l.source <> 'CONSOLIDATED'
                        group by child
                        """).param("path", path).param("year", year)
                .query((java.sql.ResultSet rs) -> {
                    plan.put(rs.getString(1), new long[] {rs.getLong(2)});
                });
        Map<String, List<ClassCost>> classes = new HashMap<>();
        jdbc.sql(CLASSES).param("path", path).param("year", year)
                .query((java.sql.ResultSet rs) -> {
                    classes.computeIfAbsent(rs.getString("child"), k -> new ArrayList<>()).add(cost(rs));
                });
        Map<String, Budget.Summary> result = new HashMap<>();
        java.util.Set<String> children = new java.util.HashSet<>(plan.keySet());
        children.addAll(classes.keySet());
        for (String child : children) {
            result.put(child, summary(unitId, name, year, plan.getOrDefault(child, new long[1])[0],
                    classes.getOrDefault(child, List.of())));
        }
        return result;
    }

    /** Every class behind the figures, the latest first. */
    List<ClassCost> classes(String path, int year) {
        return jdbc.sql(CLASSES + " order by c.starts_on desc, c.code").param("path", path).param("year", year)
                .query((rs, n) -> cost(rs)).list();
    }

    static Budget.Summary summary(long unitId, String name, int year, long planEstimate, List<ClassCost> classes) {
        Map<String, long[]> sources = new HashMap<>();
        long estimate = 0;
        long actual = 0;
        int trainees = 0;
        for (ClassCost c : classes) {
            long[] n = sources.computeIfAbsent(c.fundingSource(), k -> new long[3]);
            n[0]++;
            n[1] += c.estimate();
            n[2] += c.actual();
            estimate += c.estimate();
            actual += c.actual();
            trainees += "RUNNING".equals(c.status()) || "FINISHED".equals(c.status()) ? c.attended() : 0;
        }
        List<Budget.Line> lines = Budget.SOURCES.stream().map(s -> {
            long[] n = sources.getOrDefault(s, new long[3]);
            return new Budget.Line(s, (int) n[0], n[1], n[2]);
        }).toList();
        return new Budget.Summary(unitId, name, year, planEstimate, classes.size(), estimate, actual, trainees, lines);
    }

    private static ClassCost cost(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ClassCost(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("organiser"),
                rs.getString("program_code"), rs.getObject("starts_on", LocalDate.class), rs.getString("status"),
                rs.getString("funding_source"), rs.getInt("seated"), rs.getInt("attended"), rs.getLong("estimate"),
                rs.getLong("actual"));
    }
}
