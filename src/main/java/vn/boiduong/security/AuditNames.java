package vn.boiduong.security;

import java.util.Map;
import java.util.Set;

/**
 * Names the objects of one module for the audit log ("lớp Bồi dưỡng QLNN 2026 — đợt 1" instead of
 * "training_class 12"): each module implements it over its own data, the audit page asks once per page and type.
 */
public interface AuditNames {

    /** The audit entity types (audit_event.entity) this module names. */
    Set<String> entities();

    /** A readable name per id (as stored in audit_event.entity_id); ids it cannot name are left out. */
    Map<String, String> names(String entity, Set<String> ids);
}
