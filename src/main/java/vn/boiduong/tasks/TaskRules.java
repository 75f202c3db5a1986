package vn.boiduong.tasks;

import java.util.Set;
import vn.boiduong.shared.Problems;

/**
 * The life of a task (nhiệm vụ): NOT_STARTED → IN_PROGRESS (a progress report) → SUBMITTED (the lead unit submits the
 * product) → DONE (the accepting authority accepts it) or RETURNED (with a reason) → IN_PROGRESS / SUBMITTED again;
 * CANCELLED by the issuer. Pure: the service supplies who acts and what the task holds.
 */
final class TaskRules {

    enum Status { NOT_STARTED, IN_PROGRESS, SUBMITTED, DONE, RETURNED, CANCELLED }

    static final Set<Status> OPEN = Set.of(Status.NOT_STARTED, Status.IN_PROGRESS, Status.RETURNED);

    private TaskRules() {
    }

    /** A progress report (báo cáo tiến độ) while the task is open. */
    static void checkReport(Status status, Integer percent) {
        var p = Problems.collect();
        if (!OPEN.contains(status)) {
            p.add("status", "tasks.error.notOpen");
        }
        if (percent == null || percent < 0 || percent > 100) {
            p.add("percent", "tasks.error.percent");
        }
        p.throwIfAny();
    }

    /** seed 002 I.2 "rõ sản phẩm": a product is submitted only with the product itself (a file or a document reference). */
    static void checkSubmit(Status status, boolean hasProduct) {
        var p = Problems.collect();
        if (!OPEN.contains(status)) {
            p.add("status", "tasks.error.notOpen");
        }
        if (!hasProduct) {
            p.add("product", "tasks.error.noProduct");
        }
        p.throwIfAny();
    }

    /**
     * seed 002 I.2 "rõ thẩm quyền": only the accepting authority accepts, only a submitted product, never one's own
     * submission; a task is never done without its product.
     */
    static void checkAccept(Status status, boolean hasProduct, boolean isAuthority, boolean ownSubmission) {
        var p = Problems.collect();
        if (!isAuthority) {
            p.add("authority", "tasks.error.notAuthority");
        }
        if (status != Status.SUBMITTED) {
            p.add("status", "tasks.error.notSubmitted");
        }
        if (!hasProduct) {
            p.add("product", "tasks.error.noProduct");
        }
        if (ownSubmission) {
            p.add("authority", "tasks.error.ownSubmission");
        }
        p.throwIfAny();
    }

    /** Returning a product needs a reason (lý do trả lại). */
    static void checkReturn(Status status, boolean isAuthority, String reason) {
        var p = Problems.collect();
        if (!isAuthority) {
            p.add("authority", "tasks.error.notAuthority");
        }
        if (status != Status.SUBMITTED) {
            p.add("status", "tasks.error.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            p.add("reason", "tasks.error.reasonRequired");
        }
        p.throwIfAny();
    }

    static void checkCancel(Status status, String reason) {
        var p = Problems.collect();
        if (status == Status.DONE || status == Status.CANCELLED) {
            p.add("status", "tasks.error.closed");
        }
        if (reason == null || reason.isBlank()) {
            p.add("reason", "tasks.error.reasonRequired");
        }
        p.throwIfAny();
    }
}
