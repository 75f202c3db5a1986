package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.RunAs;
import vn.boiduong.tasks.ActionPlans;
import vn.boiduong.tasks.PlanCopies;
import vn.boiduong.tasks.PlanInput;
import vn.boiduong.tasks.TaskInput;
import vn.boiduong.tasks.TaskWork;

/**
 * The demo's plans and tasks (issue 8), made through the real services as the demo officers: the ward party committee's
 * action programme 17-CTr/ĐU with its whole appendix (seed 003), the ward's training plan 219/KH-UBND (seed 000 IV, VI),
 * and the city's plan 198/KH-UBND (seed 001 IV) copied into Phù Liễn and Việt Hòa; some tasks reported, one accepted,
 * one returned with a reason, the June tasks overdue, one due this month.
 */
@Component
class TasksDemo implements DemoStep {

    private final ActionPlans plans;
    private final TaskWork work;
    private final PlanCopies copies;
    private final RunAs runAs;
    private final JdbcClient jdbc;
    private final Clock clock;

    TasksDemo(ActionPlans plans, TaskWork work, PlanCopies copies, RunAs runAs, JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.work = work;
        this.copies = copies;
        this.runAs = runAs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load() {
        runAs.run("vhxh.phulien", () -> {
            long ctr = plans.create(new PlanInput("17-CTr/ĐU", "18/06/2026", unit("11446-DU"),
                    "Chương trình hành động thực hiện Nghị quyết số 09-NQ/TU về giải pháp nâng cao chất lượng cán bộ cơ sở, đáp ứng yêu cầu của tình hình mới",
                    "CHUONG_TRINH_HANH_DONG", List.of(new PlanInput.SourceRef("09-NQ/TU", "26/05/2026",
                    "Nghị quyết của Ban Thường vụ Thành ủy về giải pháp nâng cao chất lượng cán bộ cơ sở"))));
            TasksDemoData.seed003().forEach(t -> plans.addTask(ctr, t));
            long kh = plans.create(new PlanInput("219/KH-UBND", "09/06/2026", unit("11446-UBND"),
                    "Kế hoạch tăng cường bồi dưỡng đội ngũ cán bộ, công chức phường Phù Liễn đáp ứng yêu cầu vận hành chính quyền địa phương 02 cấp giai đoạn 2026 - 2031",
                    "KE_HOACH", List.of(new PlanInput.SourceRef("700/QĐ-TTg", "20/04/2026", "Đề án tăng cường bồi dưỡng đội ngũ cán bộ, công chức ở xã, phường, đặc khu"),
                    new PlanInput.SourceRef("198/KH-UBND", "01/06/2026", "Kế hoạch của Ủy ban nhân dân thành phố"))));
            TasksDemoData.seed000(LocalDate.now(clock)).forEach(t -> plans.addTask(kh, t));
        });
        long city = runAs.as("sonoivu.haiphong", () -> {
            long id = plans.create(new PlanInput("198/KH-UBND", "01/06/2026", unit("31"),
                    "Kế hoạch triển khai Đề án tăng cường bồi dưỡng đội ngũ cán bộ, công chức ở xã, phường, đáp ứng yêu cầu vận hành chính quyền địa phương 2 cấp giai đoạn 2026 - 2031",
                    "KE_HOACH_TRIEN_KHAI", List.of(new PlanInput.SourceRef("700/QĐ-TTg", "20/04/2026", "Đề án tăng cường bồi dưỡng"),
                    new PlanInput.SourceRef("4143/BNV-CCVC", "30/04/2026", "Công văn của Bộ Nội vụ"))));
            TasksDemoData.seed001().forEach(t -> plans.addTask(id, t));
            return id;
        });
        copy(city, "vhxh.phulien", "11446", "225/KH-UBND");
        copy(city, "vhxh.viethoa", "10543", "118/KH-UBND");
        life();
    }

    private void copy(long city, String user, String commune, String number) {
        runAs.run(user, () -> copies.copy(city, new PlanCopies.CopyInput(unit(commune), number, "15/06/2026", null, unit(commune + "-VHXH"))));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** The ward plan's tasks of the Phòng VH-XH as its head and the officer follow them. */
    private void life() {
        long accepted = task("219/KH-UBND", "2.1");
        long returned = task("219/KH-UBND", "2.2");
        long progress = task("219/KH-UBND", "2.3");
        runAs.run("truongphong.phulien", () -> {
            work.report(accepted, new TaskWork.ReportInput(60, "Đã rà soát 9/12 cơ quan, đơn vị", false, null, null), null, null);
            work.report(accepted, new TaskWork.ReportInput(null, "Báo cáo kết quả rà soát, nhu cầu bồi dưỡng", true,
                    "Báo cáo số 41/BC-VHXH ngày 20/07/2026", null), "bao-cao-ra-soat.pdf", TasksDemoData.pdf("Bao cao 41/BC-VHXH"));
            work.report(returned, new TaskWork.ReportInput(null, "Dự thảo kế hoạch bồi dưỡng năm 2027", true, "Tờ trình số 52/TTr-VHXH", null), null, null);
            work.report(progress, new TaskWork.ReportInput(30, "Đã triển khai phần mềm cho 3 cơ quan", false, null, null), null, null);
        });
        runAs.run("vhxh.phulien", () -> {
            work.accept(accepted, work.get(accepted).version());
            work.returnTask(returned, work.get(returned).version(), "Dự thảo chưa có số lượng người cần bồi dưỡng ngay theo từng cơ quan; bổ sung và nộp lại.");
        });
    }

    private long task(String planNumber, String number) {
        return jdbc.sql("select t.id from plan_task t join action_plan p on p.id = t.plan_id join org_unit u on u.id = p.issuer_unit_id "
                + "where p.number = :p and t.number = :n and u.path like '/VN/31/11446/%'").param("p", planNumber).param("n", number)
                .query(Long.class).single();
    }
}
