package vn.boiduong.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * Read side of tasks inside the reader's scope: my unit's tasks (lead or coordinator), overdue, due this month, all;
 * a plan's progress; the roll-up over the units directly below (per commune: tasks, done, overdue).
 */
@Service
public class TaskQueries {

    /** MINE: led or coordinated inside my scope; OVERDUE; MONTH: due this month and not done; ALL: also issued inside it. */
    static final List<String> VIEWS = List.of("MINE", "OVERDUE", "MONTH", "ALL");

    record Filter(String view, String q, String status, Long planId) {
    }

    record Page(List<PlanTask> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A plan's progress (tiến độ): tasks by status, done share, overdue. */
    record Progress(long total, Map<String, Long> byStatus, long done, long overdue, int percentDone) {
    }

    /** One unit directly below in the roll-up (tổng hợp theo xã). */
    record UnitRow(long unitId, String name, long tasks, long done, long submitted, long overdue) {
        public boolean late() {
            return overdue > 0;
        }
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    TaskQueries(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    Page list(Filter f, int page, int size) {
        access.require(Permission.TASK_READ);
        String view = f.view() == null || !VIEWS.contains(f.view().toUpperCase(Locale.ROOT)) ? "MINE" : f.view().toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where not t.heading and (lu.path like :scope || '%' or exists (select 1 from task_coordinator c "
                + "join org_unit cu on cu.id = c.unit_id where c.task_id = t.id and cu.path like :scope || '%')");
        where.append("ALL".equals(view) ? " or iu.path like :scope || '%')" : ")");
        if ("OVERDUE".equals(view)) {
            where.append(" and ").append(TaskStore.OVERDUE);
        } else if ("MONTH".equals(view)) {
            where.append(" and t.status not in ('DONE','CANCELLED') and t.due_on between :from and :to");
        }
        // accent-free, word by word: "huong dan don doc" finds "Hướng dẫn, đôn đốc"
        List<String> words = f.q() == null ? List.of() : java.util.Arrays.stream(VietnameseText.searchKey(f.q()).split("[^\\p{L}\\p{N}/.-]+"))
                .filter(w -> !w.isBlank()).limit(8).toList();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and lower(unaccent(t.content || ' ' || coalesce(lu.name, t.lead_name, ''))) like '%' || :q").append(i).append(" || '%'");
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" and t.status = :status");
        }
        if (f.planId() != null) {
            where.append(" and t.plan_id = :plan");
        }
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", access.scopePath());
        params.put("today", today);
        params.put("from", today.withDayOfMonth(1));
        params.put("to", today.withDayOfMonth(today.lengthOfMonth()));
        for (int i = 0; i < words.size(); i++) {
            params.put("q" + i, words.get(i));
        }
        params.put("status", f.status());
        params.put("plan", f.planId());
        int s = Math.min(Math.max(size, 1), 5_000);
        long total = jdbc.sql("select count(*) from plan_task t join action_plan p on p.id = t.plan_id join org_unit iu on iu.id = p.issuer_unit_id "
                + "left join org_unit lu on lu.id = t.lead_unit_id" + where).params(params).query(Long.class).single();
        List<PlanTask> items = jdbc.sql(TaskStore.TASK_COLUMNS + where + " order by t.due_on nulls last, p.id, t.position limit :limit offset :offset")
                .params(params).param("limit", s).param("offset", (long) Math.max(page, 0) * s).query(TaskStore::task).list();
        return new Page(items, total, Math.max(page, 0), s);
    }

    Progress progress(long planId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> by = new java.util.LinkedHashMap<>();
        for (TaskRules.Status st : TaskRules.Status.values()) {
            by.put(st.name(), 0L);
        }
        long[] overdue = {0};
        jdbc.sql("select t.status, count(*), count(*) filter (where " + TaskStore.OVERDUE + ") from plan_task t where t.plan_id = :p and not t.heading group by t.status")
                .param("p", planId).param("today", today).query((rs, n) -> {
                    by.put(rs.getString(1), rs.getLong(2));
                    overdue[0] += rs.getLong(3);
                    return null;
                }).list();
        long total = by.values().stream().mapToLong(Long::longValue).sum();
        long counted = total - by.get("CANCELLED");
        long done = by.get("DONE");
        return new Progress(total, by, done, overdue[0], counted == 0 ? 0 : (int) Math.round(done * 100.0 / counted));
    }

    /** Per unit directly below {@code unitId} (default: the reader's unit): tasks of the plans issued inside it. */
    List<UnitRow> rollup(Long unitId) {
        long parent = unitId == null ? access.currentUser().orgUnitId() : unitId;
        String path = jdbc.sql("select path from org_unit where id = :id").param("id", parent).query(String.class).optional()
                .orElseThrow(() -> new Problems.NotFound("unit", parent));
        access.require(Permission.TASK_READ, path);
        List<UnitRow> rows = new ArrayList<>(jdbc.sql("""
                        select c.id, c.name, count(t.id), count(t.id) filter (where t.status = 'DONE'),
                               count(t.id) filter (where t.status = 'SUBMITTED'), count(t.id) filter (where %s)
                        from org_unit c join org_unit iu on iu.path like c.path || '%%' join action_plan p on p.issuer_unit_id = iu.id
                        join plan_task t on t.plan_id = p.id and not t.heading and t.status <> 'CANCELLED'
                        where c.parent_id = :parent group by c.id, c.name""".formatted(TaskStore.OVERDUE))
                .param("parent", parent).param("today", LocalDate.now(clock))
                .query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).list());
        rows.sort(Comparator.comparingLong(UnitRow::overdue).reversed().thenComparing(VietnameseText.byText(UnitRow::name)));
        return rows;
    }

    /** Overdue tasks per direct child unit, counted where the plan was issued (no authorisation check: the SPI's caller checks). */
    Map<Long, Integer> overdueByChild(long parentUnitId, LocalDate today) {
        return jdbc.sql("""
                        select c.id, count(t.id) from org_unit c join org_unit iu on iu.path like c.path || '%%'
                        join action_plan p on p.issuer_unit_id = iu.id join plan_task t on t.plan_id = p.id and not t.heading
                        where c.parent_id = :parent and %s group by c.id""".formatted(TaskStore.OVERDUE))
                .param("parent", parentUnitId).param("today", today)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
