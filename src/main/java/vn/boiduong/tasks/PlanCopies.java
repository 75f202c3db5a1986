package vn.boiduong.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/**
 * Copying a higher level's plan into a unit's own plan (cụ thể hóa kế hoạch của cấp trên; seed 001 V.4: the commune
 * turns the province's plan into its own), each task keeping the link to its source task, and the roll-up the higher
 * level reads per source task: the status in every unit that copied it.
 */
@Service
public class PlanCopies {

    /** What the copying unit chooses: its unit, the new plan's number and date, the lead for tasks no unit of it matches. */
    public record CopyInput(Long targetUnitId, String number, String issuedOn, String title, Long defaultLeadUnitId) {
    }

    /** One copy of a source task: the unit that copied it and where its task stands. */
    record CopyStatus(long sourceTaskId, long taskId, long planId, String unitName, String status, boolean overdue) {
    }

    private final ActionPlans plans;
    private final TaskStore store;
    private final UnitMatcher matcher;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    PlanCopies(ActionPlans plans, TaskStore store, UnitMatcher matcher, AccessPolicy access, AuditLog audit, JdbcClient jdbc) {
        this.plans = plans;
        this.store = store;
        this.matcher = matcher;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public long copy(long sourcePlanId, CopyInput in) {
        ActionPlan source = plans.get(sourcePlanId);
        if (in.targetUnitId() == null) {
            throw new Problems.InvalidInput("targetUnitId", "tasks.error.issuerRequired");
        }
        String targetPath = store.unitPath(in.targetUnitId());
        access.require(Permission.TASK_WRITE, targetPath);
        if (!targetPath.startsWith(source.issuerPath()) || targetPath.equals(source.issuerPath())) {
            throw new Problems.InvalidInput("targetUnitId", "tasks.error.copyNotBelow");
        }
        String title = in.title() == null || in.title().isBlank() ? source.title() : in.title();
        List<PlanInput.SourceRef> refs = new java.util.ArrayList<>();
        refs.add(new PlanInput.SourceRef(source.number(), Dates.format(source.issuedOn()), source.title()));
        long id = plans.create(new PlanInput(in.number(), in.issuedOn(), in.targetUnitId(), title, source.kind(), refs));
        jdbc.sql("update action_plan set parent_plan_id = :s where id = :id").param("s", sourcePlanId).param("id", id).update();
        ActionPlan copy = store.plan(id).orElseThrow();
        UnitMatcher.Candidates units = matcher.under(targetPath);
        UnitMatcher.Named fallback = null;
        if (in.defaultLeadUnitId() != null) {
            if (units.units().stream().noneMatch(u -> in.defaultLeadUnitId().equals(u[0]))) {
                throw new Problems.InvalidInput("defaultLeadUnitId", "tasks.error.leadOutside");
            }
            fallback = new UnitMatcher.Named(in.defaultLeadUnitId(), null);
        }
        int position = 1;
        for (PlanTask t : store.tasksOf(sourcePlanId, LocalDate.now())) {
            UnitMatcher.Named lead = null;
            if (!t.heading()) {
                lead = matcher.match(units, t.lead());
                if (lead.unitId() == null && fallback != null) {
                    lead = new UnitMatcher.Named(fallback.unitId(), lead.name());
                }
            }
            var d = new TaskChecks.Draft(t.number(), t.heading(), t.content(), lead,
                    t.heading() ? List.of() : matcher.matchAll(units, t.coordinators()), t.deadlineText(),
                    t.deadlineKind() == null ? null : store.deadlineOf(t.id()), t.product(), null);
            plans.insert(copy, position++, d, t.id());
        }
        audit.record("PLAN_COPY", "action_plan", id, targetPath, null, Map.of("source", sourcePlanId, "number", copy.number()), null);
        return id;
    }

    /** Copies of the plan's tasks inside the reader's scope, per source task (the higher level's roll-up). */
    List<CopyStatus> copiesOf(long sourcePlanId, LocalDate today) {
        plans.get(sourcePlanId);
        return jdbc.sql("""
                        select t.source_task_id, t.id, t.plan_id, iu.name, t.status, %s
                        from plan_task t join plan_task s on s.id = t.source_task_id join action_plan p on p.id = t.plan_id
                        join org_unit iu on iu.id = p.issuer_unit_id
                        where s.plan_id = :plan and iu.path like :scope || '%%' order by t.source_task_id, iu.name""".formatted(TaskStore.OVERDUE))
                .param("plan", sourcePlanId).param("scope", access.scopePath()).param("today", today)
                .query((rs, n) -> new CopyStatus(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getBoolean(6))).list();
    }
}
