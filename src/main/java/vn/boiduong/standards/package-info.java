/**
 * Job-position standards and gap analysis (chuẩn vị trí việc làm, "thiếu gì bồi dưỡng nấy"): the catalog of
 * positions and titles with their requirements as data, the rule engine, the derived gaps, the alerts and the
 * prioritised list of who must be trained now.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards")
package vn.boiduong.standards;
