/**
 * Targets (chỉ tiêu) as data, pre-aggregated fact tables per hierarchy level, dashboards and the province's
 * one-page overview (issue 7; seeds 000 II.2, 001 II, 003 II.2.2, 004 II).
 * Public API: {@link vn.boiduong.targets.TargetBoard}, {@link vn.boiduong.targets.TargetProgress},
 * and the SPI {@link vn.boiduong.targets.LateItems} that other modules implement to show what is late.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Targets and dashboards")
package vn.boiduong.targets;
