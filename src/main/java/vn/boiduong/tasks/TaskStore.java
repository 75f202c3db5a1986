package vn.boiduong.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.shared.Problems;

/** SQL of plans, tasks, coordinators, reports and files (the write side and single-record reads). */
@Repository
class TaskStore {

    /** Open and past its due date (quá hạn); {@code t} is plan_task, {@code :today} bound. */
    static final String OVERDUE = "(t.status in ('NOT_STARTED','IN_PROGRESS','RETURNED') and t.due_on < :today)";

    static final String TASK_COLUMNS = """
            select t.id, t.plan_id, p.number, t.number, t.heading, t.content, t.lead_unit_id, coalesce(lu.name, t.lead_name),
                   (select string_agg(coalesce(cu.name, c.name), '; ' order by c.position) from task_coordinator c
                    left join org_unit cu on cu.id = c.unit_id where c.task_id = t.id),
                   t.deadline_text, t.deadline_kind, t.due_on, t.product, t.authority_unit_id, coalesce(au.name, t.authority_name, iu.name),
                   t.status, t.progress, t.source_task_id, t.return_reason, iu.path, lu.path, t.version, %s
            from plan_task t join action_plan p on p.id = t.plan_id join org_unit iu on iu.id = p.issuer_unit_id
            left join org_unit lu on lu.id = t.lead_unit_id left join org_unit au on au.id = t.authority_unit_id
            """.formatted(OVERDUE);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TaskStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insertPlan(String number, LocalDate issuedOn, long issuerId, String title, String kind, List<PlanInput.SourceRef> sources,
                    Long parentId, String by) {
        return jdbc.sql("""
                        insert into action_plan (number, issued_on, issuer_unit_id, title, kind, sources, parent_plan_id, created_by)
                        values (:n, :d, :u, :t, :k, cast(:s as jsonb), :parent, :by) returning id""")
                .param("n", number).param("d", issuedOn).param("u", issuerId).param("t", title).param("k", kind)
                .param("s", json.writeValueAsString(sources)).param("parent", parentId).param("by", by).query(Long.class).single();
    }

    boolean planNumberTaken(long issuerId, String number) {
        return jdbc.sql("select count(*) from action_plan where issuer_unit_id = :u and number = :n").param("u", issuerId)
                .param("n", number).query(Long.class).single() > 0;
    }

    /** One new task row; {@code due} is the first due date. */
    long insertTask(long planId, int position, String number, boolean heading, String content, UnitMatcher.Named lead,
                    List<UnitMatcher.Named> coordinators, String deadlineText, Deadline d, LocalDate due, String product,
                    UnitMatcher.Named authority, Long sourceTaskId) {
        long id = jdbc.sql("""
                        insert into plan_task (plan_id, position, number, heading, content, lead_unit_id, lead_name, deadline_text,
                               deadline_kind, deadline_anchor, deadline_yearly, review_period, due_on, product, authority_unit_id,
                               authority_name, source_task_id)
                        values (:plan, :pos, :num, :h, :c, :lu, :ln, :dt, :dk, :da, :dy, :rp, :due, :prod, :au, :an, :src) returning id""")
                .param("plan", planId).param("pos", position).param("num", number).param("h", heading).param("c", content)
                .param("lu", lead == null ? null : lead.unitId()).param("ln", lead == null ? null : lead.name())
                .param("dt", deadlineText).param("dk", d == null ? null : d.kind().name()).param("da", d == null ? null : d.anchor())
                .param("dy", d == null || d.yearly() == null ? null : d.yearly().toString().substring(2))
                .param("rp", d == null || d.review() == null ? null : d.review().name()).param("due", due)
                .param("prod", product).param("au", authority == null ? null : authority.unitId())
                .param("an", authority == null ? null : authority.name()).param("src", sourceTaskId).query(Long.class).single();
        int i = 0;
        for (UnitMatcher.Named c : coordinators) {
            jdbc.sql("insert into task_coordinator (task_id, position, unit_id, name) values (:t, :p, :u, :n)")
                    .param("t", id).param("p", i++).param("u", c.unitId()).param("n", c.name()).update();
        }
        return id;
    }

    int nextPosition(long planId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from plan_task where plan_id = :p").param("p", planId).query(Integer.class).single();
    }

    boolean taskNumberTaken(long planId, String number) {
        return jdbc.sql("select count(*) from plan_task where plan_id = :p and number = :n").param("p", planId).param("n", number)
                .query(Long.class).single() > 0;
    }

    /** Whether a unit under {@code path} leads or coordinates a task of the plan. */
    boolean involves(long planId, String path) {
        return jdbc.sql("""
                        select exists (select 1 from plan_task t left join task_coordinator c on c.task_id = t.id
                                       join org_unit o on o.id = t.lead_unit_id or o.id = c.unit_id
                                       where t.plan_id = :p and o.path like :s || '%')
                        """).param("p", planId).param("s", path).query(Boolean.class).single();
    }

    Optional<ActionPlan> plan(long id) {
        return jdbc.sql("""
                        select p.id, p.number, p.issued_on, p.issuer_unit_id, u.name, u.path, p.title, p.kind, p.sources::text,
                               p.parent_plan_id, pp.number, pu.name, p.version
                        from action_plan p join org_unit u on u.id = p.issuer_unit_id
                        left join action_plan pp on pp.id = p.parent_plan_id left join org_unit pu on pu.id = pp.issuer_unit_id
                        where p.id = :id""").param("id", id).query(this::mapPlan).optional();
    }

    ActionPlan mapPlan(ResultSet rs, int n) throws SQLException {
        List<PlanInput.SourceRef> sources = json.readValue(rs.getString(9), new TypeReference<List<PlanInput.SourceRef>>() { });
        return new ActionPlan(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), sources, (Long) rs.getObject(10), rs.getString(11),
                rs.getString(12), rs.getInt(13));
    }

    List<PlanTask> tasksOf(long planId, LocalDate today) {
        return jdbc.sql(TASK_COLUMNS + " where t.plan_id = :p order by t.position").param("p", planId).param("today", today)
                .query(TaskStore::task).list();
    }

    Optional<PlanTask> task(long id, LocalDate today) {
        return jdbc.sql(TASK_COLUMNS + " where t.id = :id").param("id", id).param("today", today).query(TaskStore::task).optional();
    }

    static PlanTask task(ResultSet rs, int n) throws SQLException {
        return new PlanTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                (Long) rs.getObject(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12, LocalDate.class), rs.getString(13), (Long) rs.getObject(14), rs.getString(15), rs.getString(16),
                rs.getInt(17), (Long) rs.getObject(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getInt(22), rs.getBoolean(23));
    }

    /** Paths of the coordinating units of a task (who may report besides the lead). */
    List<String> coordinatorPaths(long taskId) {
        return jdbc.sql("select u.path from task_coordinator c join org_unit u on u.id = c.unit_id where c.task_id = :t")
                .param("t", taskId).query(String.class).list();
    }

    Deadline deadlineOf(long taskId) {
        return jdbc.sql("select deadline_kind, deadline_anchor, deadline_yearly, review_period from plan_task where id = :t").param("t", taskId)
                .query((rs, n) -> rs.getString(1) == null ? null : new Deadline(Deadline.Kind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3) == null ? null : java.time.MonthDay.parse("--" + rs.getString(3)),
                        rs.getString(4) == null ? null : Deadline.Review.valueOf(rs.getString(4)))).single();
    }

    String submittedBy(long taskId) {
        return jdbc.sql("select submitted_by from plan_task where id = :t").param("t", taskId).query(String.class).optional().orElse(null);
    }

    /** Changes the state under optimistic locking on {@code version}; 409 when someone changed it meanwhile. */
    void updateState(long id, int version, String status, int progress, LocalDate due, String returnReason, String submittedBy, LocalDate doneOn) {
        int n = jdbc.sql("""
                        update plan_task set status = :s, progress = :pr, due_on = :due, return_reason = :rr, submitted_by = :sb,
                               done_on = :done, version = version + 1 where id = :id and version = :v""")
                .param("s", status).param("pr", progress).param("due", due).param("rr", returnReason).param("sb", submittedBy)
                .param("done", doneOn).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new Problems.ConcurrentChange("task", id);
        }
    }

    long insertReport(long taskId, LocalDate on, int percent, String text, boolean product, String documentRef, String by) {
        return jdbc.sql("""
                        insert into task_report (task_id, reported_on, percent, text, product, document_ref, reported_by)
                        values (:t, :d, :p, :x, :prod, :ref, :by) returning id""")
                .param("t", taskId).param("d", on).param("p", percent).param("x", text).param("prod", product).param("ref", documentRef)
                .param("by", by).query(Long.class).single();
    }

    void insertFile(long reportId, Attachments.Checked file, String by) {
        jdbc.sql("insert into task_file (report_id, filename, content_type, size_bytes, content, uploaded_by) values (:r, :f, :c, :s, :b, :by)")
                .param("r", reportId).param("f", file.filename()).param("c", file.contentType()).param("s", file.content().length)
                .param("b", file.content()).param("by", by).update();
    }

    /** A product stands: a product report with a document reference or a file. */
    boolean hasProduct(long taskId) {
        return jdbc.sql("""
                        select count(*) from task_report r where r.task_id = :t and r.product
                        and (r.document_ref is not null or exists (select 1 from task_file f where f.report_id = r.id))""")
                .param("t", taskId).query(Long.class).single() > 0;
    }

    /** A progress report as shown (báo cáo tiến độ), with its files. */
    record Report(long id, LocalDate reportedOn, int percent, String text, boolean product, String documentRef, String reportedBy,
                  List<FileRef> files) {
    }

    record FileRef(long id, String filename, int size) {
    }

    List<Report> reports(long taskId) {
        return jdbc.sql("select id, reported_on, percent, text, product, document_ref, reported_by from task_report where task_id = :t order by id desc")
                .param("t", taskId).query((rs, n) -> new Report(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), files(rs.getLong(1)))).list();
    }

    private List<FileRef> files(long reportId) {
        return jdbc.sql("select id, filename, size_bytes from task_file where report_id = :r order by id").param("r", reportId)
                .query((rs, n) -> new FileRef(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** A file with the task it belongs to: {taskId, filename, contentType, content}. */
    Optional<Object[]> file(long fileId) {
        return jdbc.sql("select r.task_id, f.filename, f.content_type, f.content from task_file f join task_report r on r.id = f.report_id where f.id = :id")
                .param("id", fileId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)}).optional();
    }

    /** The path of a unit, or null when there is no such unit. */
    String unitPathIfAny(long unitId) {
        return jdbc.sql("select path from org_unit where id = :id").param("id", unitId).query(String.class).optional().orElse(null);
    }

    String unitPath(long unitId) {
        return jdbc.sql("select path from org_unit where id = :id").param("id", unitId).query(String.class).optional()
                .orElseThrow(() -> new Problems.NotFound("unit", unitId));
    }

    /** Plans issued inside the scope or above it (a commune sees the province's plans to copy them), newest first. */
    List<ActionPlan> visiblePlans(String scope) {
        return jdbc.sql("""
                        select p.id, p.number, p.issued_on, p.issuer_unit_id, u.name, u.path, p.title, p.kind, p.sources::text,
                               p.parent_plan_id, pp.number, pu.name, p.version
                        from action_plan p join org_unit u on u.id = p.issuer_unit_id
                        left join action_plan pp on pp.id = p.parent_plan_id left join org_unit pu on pu.id = pp.issuer_unit_id
                        where u.path like :scope || '%' or :scope like u.path || '%' order by p.issued_on desc, p.id desc limit 500""")
                .param("scope", scope).query(this::mapPlan).list();
    }

    /** Units of a subtree (id, name) for choosing a lead, in tree order. */
    List<java.util.Map.Entry<Long, String>> unitsUnder(String scope) {
        return jdbc.sql("select id, name from org_unit where path like :p || '%' and active order by level, path limit 300")
                .param("p", scope).query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().sorted(vn.boiduong.shared.VietnameseText.byText(java.util.Map.Entry::getValue)).toList();
    }
}
