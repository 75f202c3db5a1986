/**
 * Users, roles, data scopes (a user sees and changes only the subtree of their unit) and the audit trail.
 * {@link vn.boiduong.security.AccessPolicy} is the one place where reads and writes are authorised.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package vn.boiduong.security;
