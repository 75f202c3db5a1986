/**
 * Plans and task follow-up (kế hoạch, chương trình hành động và theo dõi nhiệm vụ; issue 8; seeds 002 I.2, 003
 * appendix, 001 IV, 000 IV–VI): plans with their tasks, "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm,
 * rõ thẩm quyền"; the appendix import, copying a higher level's plan, progress reports, acceptance of products,
 * reminders, the province's roll-up over communes.
 * Public API: {@link vn.boiduong.tasks.ActionPlans}, {@link vn.boiduong.tasks.TaskWork}, {@link vn.boiduong.tasks.TaskQueries},
 * {@link vn.boiduong.tasks.TaskSummary}, {@link vn.boiduong.tasks.Deadline}; implements {@link vn.boiduong.targets.LateItems}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and tasks")
package vn.boiduong.tasks;
