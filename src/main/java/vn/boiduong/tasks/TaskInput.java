package vn.boiduong.tasks;

/**
 * A task as typed or imported (nhiệm vụ): number in the plan (1, 1.1 …), content, lead (chủ trì) and coordinators (phối
 * hợp, one per line or ";"), completion time as written, product (sản phẩm), accepting authority (thẩm quyền nghiệm
 * thu); {@code leadUnitId} and {@code authorityUnitId} choose units directly. A row without lead nor time is a group heading.
 */
public record TaskInput(String number, String content, String lead, Long leadUnitId, String coordinators, String deadline,
                        String product, String authority, Long authorityUnitId) {

    boolean heading() {
        return (lead == null || lead.isBlank()) && leadUnitId == null && (deadline == null || deadline.isBlank());
    }
}
