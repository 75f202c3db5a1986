/**
 * Yearly reports on training (báo cáo kết quả công tác bồi dưỡng năm; seeds 000 IV.3, VI.2; 001 V; 003 IV): the
 * figures of a unit's subtree laid out like the party statistics form "Biểu số 10-BTCTW", the follow-up items, effect
 * coverage, targets and budget; DOCX, PDF and XLSX; submission upward with review, the reporting calendar and
 * reminders. Public API: {@link vn.boiduong.reports.Reports}, {@link vn.boiduong.reports.ReportCalendar},
 * {@link vn.boiduong.reports.ReportFigures}, {@link vn.boiduong.reports.YearlyReport}; implements
 * {@link vn.boiduong.targets.LateItems}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.boiduong.reports;
