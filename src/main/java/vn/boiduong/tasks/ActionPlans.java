package vn.boiduong.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * Plans and their tasks (kế hoạch, chương trình hành động): issued by hand, imported from the appendix table, or copied
 * from a higher level's plan keeping the link per task. Written by TASK_WRITE users over the issuing unit; read inside
 * the issuer's subtree and by the levels below it (a commune reads the province's plan to copy it).
 */
@Service
public class ActionPlans {

    static final Set<String> KINDS = Set.of("KE_HOACH", "CHUONG_TRINH_HANH_DONG", "KE_HOACH_TRIEN_KHAI", "KHAC");

    private final TaskStore store;
    private final UnitMatcher matcher;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlans(TaskStore store, UnitMatcher matcher, AccessPolicy access, AuditLog audit, Clock clock) {
        this.store = store;
        this.matcher = matcher;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(PlanInput in) {
        if (in.issuerUnitId() != null) {
            // an issuer outside the writer's scope is refused before the content is looked at (body ids pass the scope)
            String issuer = store.unitPathIfAny(in.issuerUnitId());
            if (issuer != null) {
                access.require(Permission.TASK_WRITE, issuer);
            }
        }
        var p = Problems.collect();
        String number = VietnameseText.clean(in.number() == null ? "" : in.number());
        String title = VietnameseText.clean(in.title() == null ? "" : in.title());
        LocalDate issued = date(in.issuedOn());
        if (number.isEmpty() || number.length() > 60) {
            p.add("number", number.isEmpty() ? "tasks.error.planNumberRequired" : "tasks.error.tooLong", 60);
        }
        if (issued == null) {
            p.add("issuedOn", "tasks.error.date", in.issuedOn() == null ? "" : in.issuedOn());
        }
        if (title.isEmpty() || title.length() > 500) {
            p.add("title", title.isEmpty() ? "tasks.error.titleRequired" : "tasks.error.tooLong", 500);
        }
        if (in.kind() == null || !KINDS.contains(in.kind())) {
            p.add("kind", "tasks.error.kind");
        }
        List<PlanInput.SourceRef> sources = new ArrayList<>();
        for (PlanInput.SourceRef s : in.sources() == null ? List.<PlanInput.SourceRef>of() : in.sources()) {
            if (s == null || s.number() == null || s.number().isBlank()) {
                continue;
            }
            if (s.date() != null && !s.date().isBlank() && date(s.date()) == null) {
                p.add("sources", "tasks.error.date", s.date());
            }
            sources.add(new PlanInput.SourceRef(VietnameseText.clean(s.number()), VietnameseText.clean(s.date()), VietnameseText.clean(s.title())));
        }
        if (in.issuerUnitId() == null) {
            p.add("issuerUnitId", "tasks.error.issuerRequired");
        }
        p.throwIfAny();
        String path = store.unitPath(in.issuerUnitId());
        access.require(Permission.TASK_WRITE, path);
        if (store.planNumberTaken(in.issuerUnitId(), number)) {
            throw new Problems.InvalidInput("number", "tasks.error.planNumberTaken", number);
        }
        long id = store.insertPlan(number, issued, in.issuerUnitId(), title, in.kind(), sources, null, access.currentUser().username());
        audit.record("PLAN_CREATE", "action_plan", id, path, null, Map.of("number", number, "title", title, "kind", in.kind()), null);
        return id;
    }

    /** A dd/MM/yyyy date that exists (the shared parser is strict: 31/02/2026 is refused), or null. */
    static LocalDate date(String text) {
        return Dates.parse(text).orElse(null);
    }

    /** A plan, for readers inside its issuer's subtree and below it. */
    public ActionPlan get(long id) {
        ActionPlan plan = store.plan(id).orElseThrow(() -> new Problems.NotFound("plan", id));
        // a unit reads the plan whose tasks it leads or coordinates (the plan number in its task list opens)
        if (!canRead(plan.issuerPath()) && !(access.can(Permission.TASK_READ) && store.involves(id, access.currentUser().scopePath()))) {
            throw new AccessDeniedException("error.forbidden");
        }
        return plan;
    }

    boolean canRead(String issuerPath) {
        CurrentUser user = access.currentUser();
        return user.role().has(Permission.TASK_READ) && (user.covers(issuerPath) || issuerPath.startsWith(user.scopePath())
                || user.scopePath().startsWith(issuerPath));
    }

    public boolean canWrite(ActionPlan plan) {
        return access.can(Permission.TASK_WRITE, plan.issuerPath());
    }

    public List<PlanTask> tasks(long planId) {
        get(planId);
        return store.tasksOf(planId, LocalDate.now(clock));
    }

    @Transactional
    public long addTask(long planId, TaskInput in) {
        ActionPlan plan = writable(planId);
        requireInScope(in.leadUnitId());
        requireInScope(in.authorityUnitId());
        var p = Problems.collect();
        TaskChecks.Draft d = TaskChecks.check(in, matcher, matcher.under(plan.issuerPath()), p, f -> f);
        p.throwIfAny();
        if (store.taskNumberTaken(planId, d.number())) {
            throw new Problems.InvalidInput("number", "tasks.error.numberTaken", d.number());
        }
        long id = insert(plan, store.nextPosition(planId), d, null);
        audit.record("TASK_CREATE", "plan_task", id, plan.issuerPath(), null, describe(d), null);
        return id;
    }

    /** Stores checked rows of an import in one transaction, all or nothing (the caller checked them all first). */
    @Transactional
    public int addAll(long planId, List<TaskChecks.Draft> drafts, String fileName) {
        ActionPlan plan = writable(planId);
        int position = store.nextPosition(planId);
        for (TaskChecks.Draft d : drafts) {
            if (store.taskNumberTaken(planId, d.number())) {
                throw new Problems.InvalidInput("number", "tasks.error.numberTaken", d.number());
            }
            insert(plan, position++, d, null);
        }
        audit.record("TASK_IMPORT", "action_plan", planId, plan.issuerPath(), null, Map.of("file", fileName == null ? "" : fileName, "tasks", drafts.size()), null);
        return drafts.size();
    }

    ActionPlan writable(long planId) {
        ActionPlan plan = store.plan(planId).orElseThrow(() -> new Problems.NotFound("plan", planId));
        access.require(Permission.TASK_WRITE, plan.issuerPath());
        return plan;
    }

    /** A unit chosen by id in a body passes the scope like a path id: one outside the writer's subtree is refused, nothing written. */
    private void requireInScope(Long unitId) {
        if (unitId != null) {
            String path = store.unitPathIfAny(unitId);
            if (path != null && !access.currentUser().covers(path)) {
                throw new AccessDeniedException("error.forbidden");
            }
        }
    }

    long insert(ActionPlan plan, int position, TaskChecks.Draft d, Long sourceTaskId) {
        LocalDate due = d.deadline() == null ? null : d.deadline().firstDue(plan.issuedOn());
        return store.insertTask(plan.id(), position, d.number(), d.heading(), d.content(), d.lead(), d.coordinators(), d.deadlineText(),
                d.deadline(), due, d.product(), d.authority(), sourceTaskId);
    }

    static Map<String, Object> describe(TaskChecks.Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", d.number());
        m.put("content", d.content());
        m.put("lead", d.lead() == null ? null : d.lead().name() == null ? String.valueOf(d.lead().unitId()) : d.lead().name());
        m.put("deadline", d.deadlineText());
        m.put("product", d.product());
        m.put("authority", d.authority() == null ? null : d.authority().name() == null ? String.valueOf(d.authority().unitId()) : d.authority().name());
        return m;
    }
}
