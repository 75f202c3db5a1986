/**
 * The unit tree (đơn vị hành chính, cơ quan): nation → 34 provinces → 3,321 communes/wards/special zones →
 * agencies. Stored as a materialised path of codes plus level; renames and moves keep history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Org units")
package vn.boiduong.orgunit;
