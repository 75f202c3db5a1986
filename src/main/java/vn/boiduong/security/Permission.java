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
    /** A training provider managing its own classes. */
    CLASSES_OWN
}
