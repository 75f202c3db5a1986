package vn.boiduong.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;
import vn.boiduong.tasks.TaskRules.Status;

/**
 * Following a task (theo dõi nhiệm vụ): the lead or a coordinating unit reports progress; the lead submits the product;
 * the accepting authority (thẩm quyền: the named unit, else the issuer, or a level above) accepts or returns it with a
 * reason; the issuer cancels with a reason. Optimistic locking on the task's version; every change audited.
 */
@Service
public class TaskWork {

    /** A report as typed: percent done, text, the product's document reference (số, ngày văn bản) when it is the product. */
    public record ReportInput(Integer percent, String text, boolean product, String documentRef, Integer version) {
    }

    private final TaskStore store;
    private final ActionPlans plans;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    TaskWork(TaskStore store, ActionPlans plans, AccessPolicy access, AuditLog audit, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public PlanTask get(long id) {
        PlanTask t = store.task(id, today()).orElseThrow(() -> new Problems.NotFound("task", id));
        if (!plans.canRead(t.issuerPath()) && !(t.leadPath() != null && access.can(Permission.TASK_READ, t.leadPath()))) {
            throw new AccessDeniedException("error.forbidden");
        }
        return t;
    }

    List<TaskStore.Report> reports(long id) {
        get(id);
        return store.reports(id);
    }

    /** The lead (or, without a matched lead, the issuer) and the coordinators report; only the lead submits the product. */
    public boolean canReport(PlanTask t, boolean product) {
        CurrentUser u = access.currentUser();
        if (!u.role().has(Permission.TASK_REPORT) || t.heading()) {
            return false;
        }
        String leadPath = t.leadPath() != null ? t.leadPath() : t.issuerPath();
        return u.covers(leadPath) || (!product && store.coordinatorPaths(t.id()).stream().anyMatch(u::covers));
    }

    /** The issuer cancels a task that is neither done nor cancelled (a heading is no task). */
    public boolean canCancel(PlanTask t) {
        return !t.heading() && !Status.DONE.name().equals(t.status()) && !Status.CANCELLED.name().equals(t.status())
                && access.can(Permission.TASK_WRITE, t.issuerPath());
    }

    public boolean isAuthority(PlanTask t) {
        String path = t.authorityUnitId() != null ? store.unitPath(t.authorityUnitId()) : t.issuerPath();
        return access.can(Permission.TASK_WRITE, path);
    }

    @Transactional
    public PlanTask report(long id, ReportInput in, String fileName, byte[] file) {
        PlanTask t = get(id);
        if (!canReport(t, in.product())) {
            throw new AccessDeniedException("error.forbidden");
        }
        Status status = Status.valueOf(t.status());
        String ref = VietnameseText.clean(in.documentRef());
        ref = ref == null || ref.isEmpty() ? null : ref;
        if (ref != null && ref.length() > 300) {
            throw new Problems.InvalidInput("documentRef", "tasks.error.tooLong", 300);
        }
        Attachments.Checked checked = file == null || file.length == 0 ? null : Attachments.check(fileName, file);
        int percent = in.product() ? 100 : in.percent() == null ? -1 : in.percent();
        if (in.product()) {
            TaskRules.checkSubmit(status, ref != null || checked != null);
        } else {
            TaskRules.checkReport(status, percent);
        }
        String text = in.text() == null || in.text().isBlank() ? null : VietnameseText.clean(in.text());
        long reportId = store.insertReport(id, today(), percent, text, in.product(), in.product() ? ref : null, user());
        if (checked != null) {
            store.insertFile(reportId, checked, user());
        }
        int version = in.version() == null ? t.version() : in.version();
        LocalDate due = t.dueOn();
        Deadline d = store.deadlineOf(id);
        if (!in.product() && d != null && d.kind() == Deadline.Kind.ONGOING && due != null) {
            due = d.nextDue(due, today()); // an ongoing task's review for this period is in: due at the end of the next one
        }
        String next = in.product() ? Status.SUBMITTED.name() : Status.IN_PROGRESS.name();
        store.updateState(id, version, next, percent, due, t.returnReason(), in.product() ? user() : store.submittedBy(id), null);
        audit.record(in.product() ? "TASK_SUBMIT" : "TASK_REPORT", "plan_task", id, t.issuerPath(), Map.of("status", t.status(), "progress", t.progress()),
                Map.of("status", next, "progress", percent, "file", checked == null ? "" : checked.filename(), "documentRef", ref == null ? "" : ref), text);
        return get(id);
    }

    @Transactional
    public PlanTask accept(long id, int version) {
        PlanTask t = get(id);
        boolean authority = isAuthority(t);
        if (!authority) {
            throw new AccessDeniedException("error.forbidden");
        }
        TaskRules.checkAccept(Status.valueOf(t.status()), store.hasProduct(id), true, user().equals(store.submittedBy(id)));
        Deadline d = store.deadlineOf(id);
        if (d != null && d.kind() == Deadline.Kind.YEARLY_BEFORE && t.dueOn() != null) {
            // seed 003 IV / 000 VI.2: a yearly task ("hằng năm, trước ngày 05/12"): this year's product accepted, next year's occurrence opens
            store.updateState(id, version, Status.NOT_STARTED.name(), 0, d.nextDue(t.dueOn(), today()), null, null, today());
        } else {
            store.updateState(id, version, Status.DONE.name(), 100, t.dueOn(), null, store.submittedBy(id), today());
        }
        PlanTask after = get(id);
        audit.record("TASK_ACCEPT", "plan_task", id, t.issuerPath(),
                AuditSnapshot.of(t, "overdue"), AuditSnapshot.of(after, "overdue"), null);
        return after;
    }

    @Transactional
    public PlanTask returnTask(long id, int version, String reason) {
        PlanTask t = get(id);
        boolean authority = isAuthority(t);
        if (!authority) {
            throw new AccessDeniedException("error.forbidden");
        }
        String why = reason == null ? null : VietnameseText.clean(reason);
        TaskRules.checkReturn(Status.valueOf(t.status()), true, why);
        store.updateState(id, version, Status.RETURNED.name(), t.progress(), t.dueOn(), why, null, null);
        PlanTask after = get(id);
        audit.record("TASK_RETURN", "plan_task", id, t.issuerPath(),
                AuditSnapshot.of(t, "overdue"), AuditSnapshot.of(after, "overdue"), why);
        return after;
    }

    @Transactional
    public PlanTask cancel(long id, int version, String reason) {
        PlanTask t = get(id);
        access.require(Permission.TASK_WRITE, t.issuerPath());
        String why = reason == null ? null : VietnameseText.clean(reason);
        TaskRules.checkCancel(Status.valueOf(t.status()), why);
        store.updateState(id, version, Status.CANCELLED.name(), t.progress(), t.dueOn(), t.returnReason(), null, null);
        PlanTask after = get(id);
        audit.record("TASK_CANCEL", "plan_task", id, t.issuerPath(),
                AuditSnapshot.of(t, "overdue"), AuditSnapshot.of(after, "overdue"), why);
        return after;
    }

    /** A stored attachment: {filename, contentType, content}, for readers of its task. */
    Object[] file(long fileId) {
        Object[] f = store.file(fileId).orElseThrow(() -> new Problems.NotFound("file", fileId));
        get((Long) f[0]);
        return new Object[] {f[1], f[2], f[3]};
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private String user() {
        return access.currentUser().username();
    }
}
