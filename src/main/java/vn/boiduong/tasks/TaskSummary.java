package vn.boiduong.tasks;

/**
 * The home page's line on tasks (nhiệm vụ của đơn vị tôi): my unit's overdue tasks, those due this month, and the
 * products waiting for my acceptance (chờ nghiệm thu). Read with {@link TaskSummaries#forCurrentUser()}.
 */
public record TaskSummary(long overdue, long dueThisMonth, long waitingForMe) {
}
