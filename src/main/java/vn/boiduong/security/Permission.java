package vn.boiduong.security;

/** What a role may do; where it may do it is the user's scope (unit subtree). */
public enum Permission {
    ORG_READ,
    /** Create, rename, move agencies (cơ quan, đơn vị) inside the scope. */
    ORG_WRITE,
    /** Change provinces and communes themselves (official units): ministry only. */
    ORG_WRITE_OFFICIAL,
    PEOPLE_READ,
    /** A staff member reading their own file only. */
    PEOPLE_READ_SELF,
    PEOPLE_WRITE,
    /** Seeing the full citizen ID number (every view audited). */
    CITIZEN_ID_READ,
    USER_ADMIN,
    /** Change the catalog of job positions and their requirements (national catalog). */
    STANDARDS_WRITE,
    AUDIT_READ,
    /** A training provider managing its own classes (attendance, results). */
    CLASSES_OWN,
    /** Add and change programmes of the training catalog (danh mục chương trình bồi dưỡng). */
    CATALOG_WRITE,
    /** Draft and submit the training plan (kế hoạch bồi dưỡng) of one's own unit. */
    PLAN_WRITE,
    /** Approve or return the plans of the units below one's own. */
    PLAN_APPROVE,
    /** See classes, enrollments and results inside the scope. */
    TRAINING_READ,
    /** Open and change classes organised by a unit inside the scope. */
    CLASS_MANAGE,
    /** Propose staff of one's scope for a class (cử đi học: đề xuất). */
    ENROLL_PROPOSE,
    /** Approve proposals for classes organised in one's scope (cử đi học: phê duyệt). */
    ENROLL_APPROVE,
    /** Verify results reported by trainees of one's scope. */
    RESULT_VERIFY,
    /** State the office-continuity rules of a unit (tỷ lệ có mặt tối thiểu, vị trí chỉ một người). */
    CONTINUITY_WRITE,
    /** A trainee reporting their own results and seeing their own classes. */
    TRAINING_SELF,
    /** See evaluations (effect after training, class feedback, quarterly and yearly ratings) inside the scope. */
    EVALUATION_READ,
    /** Evaluate staff of one's unit: effect after training, quarterly review (thủ trưởng đơn vị). */
    EVALUATE,
    /** Approve quarterly and yearly ratings, reopen a signed-off one with a reason (for the commune leadership). */
    EVALUATION_APPROVE,
    /** Set the indicator sets and weights per title (bộ tiêu chí đánh giá theo chức danh). */
    EVALUATION_CONFIG,
    /** See targets and dashboards (chỉ tiêu, tiến độ) inside the scope. */
    TARGET_READ,
    /** Define targets (chỉ tiêu) for one's level and the levels below (ministry, province). */
    TARGET_WRITE,
    /** Prepare and submit the yearly training report (báo cáo năm) of one's own unit. */
    REPORT_WRITE,
    /** Accept or return the yearly reports of the units below one's own. */
    REPORT_REVIEW,
    /** See training budget estimates and spending (dự toán, quyết toán) inside the scope. */
    BUDGET_READ,
    /** See action plans and their tasks (kế hoạch, nhiệm vụ) inside the scope. */
    TASK_READ,
    /** Issue plans, assign tasks, import and copy plans, accept task products (cơ quan ban hành, thẩm quyền nghiệm thu). */
    TASK_WRITE,
    /** Report progress and products of the tasks one's unit leads or coordinates. */
    TASK_REPORT
}
