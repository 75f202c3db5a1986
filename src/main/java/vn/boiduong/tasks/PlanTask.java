package vn.boiduong.tasks;

import java.time.LocalDate;

/**
 * A task as read (nhiệm vụ): who leads (unit or name as written), who coordinates, when (as written, its kind and
 * current due date), what product, who accepts, where it stands; {@code overdue} when open past its due date.
 */
public record PlanTask(long id, long planId, String planNumber, String number, boolean heading, String content,
                       Long leadUnitId, String lead, String coordinators, String deadlineText, String deadlineKind,
                       LocalDate dueOn, String product, Long authorityUnitId, String authority, String status, int progress,
                       Long sourceTaskId, String returnReason, String issuerPath, String leadPath, int version, boolean overdue) {
}
