package vn.boiduong.security;

import static vn.boiduong.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the system; {@link #rank} orders who may create whom (a lower rank only). */
public enum Role {
    /** Bộ Nội vụ. */
    MINISTRY_ADMIN(60, EnumSet.of(ORG_READ, ORG_WRITE, ORG_WRITE_OFFICIAL, PEOPLE_READ, PEOPLE_WRITE, CITIZEN_ID_READ, USER_ADMIN, AUDIT_READ, STANDARDS_WRITE,
            CATALOG_WRITE, PLAN_APPROVE, TRAINING_READ, CLASS_MANAGE, ENROLL_APPROVE, RESULT_VERIFY,
            EVALUATION_READ, EVALUATION_CONFIG, TARGET_READ, TARGET_WRITE, REPORT_REVIEW, BUDGET_READ, TASK_READ, TASK_WRITE)),
    /** Sở Nội vụ. */
    PROVINCE_OFFICER(50, EnumSet.of(ORG_READ, ORG_WRITE, PEOPLE_READ, PEOPLE_WRITE, CITIZEN_ID_READ, USER_ADMIN, AUDIT_READ, STANDARDS_WRITE,
            CATALOG_WRITE, PLAN_WRITE, PLAN_APPROVE, TRAINING_READ, CLASS_MANAGE, ENROLL_PROPOSE, ENROLL_APPROVE, RESULT_VERIFY,
            CONTINUITY_WRITE, EVALUATION_READ, EVALUATION_CONFIG, TARGET_READ, TARGET_WRITE, REPORT_WRITE, REPORT_REVIEW, BUDGET_READ,
            TASK_READ, TASK_WRITE, TASK_REPORT)),
    /** Phòng Văn hóa - Xã hội, commune training officer. */
    COMMUNE_OFFICER(40, EnumSet.of(ORG_READ, ORG_WRITE, PEOPLE_READ, PEOPLE_WRITE, CITIZEN_ID_READ, USER_ADMIN, AUDIT_READ,
            PLAN_WRITE, PLAN_APPROVE, TRAINING_READ, CLASS_MANAGE, ENROLL_PROPOSE, ENROLL_APPROVE, RESULT_VERIFY, CONTINUITY_WRITE,
            EVALUATION_READ, EVALUATION_APPROVE, TARGET_READ, REPORT_WRITE, REPORT_REVIEW, BUDGET_READ, TASK_READ, TASK_WRITE, TASK_REPORT)),
    /** Thủ trưởng cơ quan, đơn vị. */
    UNIT_HEAD(30, EnumSet.of(ORG_READ, PEOPLE_READ, PLAN_WRITE, TRAINING_READ, ENROLL_PROPOSE, RESULT_VERIFY, CONTINUITY_WRITE,
            EVALUATION_READ, EVALUATE, TARGET_READ, REPORT_WRITE, TASK_READ, TASK_REPORT)),
    /** Sở Tài chính: reads training budget and targets of the province (dự toán, kinh phí bồi dưỡng). */
    FINANCE_OFFICER(20, EnumSet.of(ORG_READ, TARGET_READ, BUDGET_READ)),
    /** Cán bộ, công chức: self-service. */
    STAFF(10, EnumSet.of(PEOPLE_READ_SELF, TRAINING_SELF)),
    /** Cơ sở đào tạo, bồi dưỡng. */
    PROVIDER(10, EnumSet.of(CLASSES_OWN));

    private final int rank;
    private final Set<Permission> permissions;

    Role(int rank, Set<Permission> permissions) {
        this.rank = rank;
        this.permissions = permissions;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean outranks(Role other) {
        return rank > other.rank;
    }

    public String messageKey() {
        return "role." + name();
    }
}
