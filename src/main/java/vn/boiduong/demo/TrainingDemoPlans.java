package vn.boiduong.demo;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.training.Plans;
import vn.boiduong.training.TrainingPlan;

/** The demo's plans: this year's approved, next year's at every step of agency → commune → province (001 IV.2). */
final class TrainingDemoPlans {

    private TrainingDemoPlans() {
    }

    static void load(TrainingDemo demo, LocalDate today, long phuLien, long vietHoa) {
        Plans plans = demo.plans();
        int year = today.getYear();
        int next = year + 1;
        // This year: the commune's plan, submitted on time last year and approved by the province.
        long current = demo.runAs().as(TrainingDemo.COMMUNE, () -> {
            long id = plans.create(year);
            plans.addLine(id, "QLNN_CHUNG_2CAP", 40, 1, 3, 60_000_000, "Công chức chuyên môn chưa qua QLNN chung");
            plans.addLine(id, "CMCN", 12, 0, 4, 36_000_000, "Bố trí trái ngành sau sắp xếp");
            plans.addLine(id, "KN_DU_LIEU_CONG_CU_SO", 20, 1, 4, 5_000_000, null);
            plans.submit(id, plans.get(id).version());
            return id;
        });
        demo.runAs().run(TrainingDemo.PROVINCE, () -> plans.approve(current, plans.get(current).version()));
        demo.jdbc().sql("update training_plan set submitted_at = due_on - 6, decided_at = due_on + 10 where id = :id")
                .param("id", current).update();

        // Next year: the unit head's agency has drafted its needs from the gap analysis (and is late).
        demo.runAs().run(TrainingDemo.HEAD, () -> {
            long id = plans.create(next);
            plans.fillFromGaps(id);
            plans.addLine(id, "KN_GIAO_TIEP_HANH_CHINH", 3, 0, 2, 0, "Bộ phận tiếp công dân");
        });
        // Other agencies of the commune: one submitted on time, one returned, one approved, the rest not started.
        List<OrgUnit> agencies = TrainingDemo.agencies(demo.units(), phuLien).stream()
                .filter(a -> !a.code().endsWith("-VHXH")).toList();
        String[] outcomes = {"SUBMITTED", "RETURNED", "APPROVED"};
        for (int i = 0; i < Math.min(outcomes.length, agencies.size()); i++) {
            OrgUnit a = agencies.get(i);
            LocalDate due = plans.dueOn("AGENCY", next);
            long id = demo.jdbc().sql("""
                            insert into training_plan (org_unit_id, level, year, status, due_on, submitted_at, submitted_by, decided_at,
                                decided_by, return_reason, created_by)
                            values (:u, 'AGENCY', :y, :s, :due, cast(:due as date) - 3, 'demo', case when :s = 'SUBMITTED' then null else cast(:due as date) + 5 end,
                                case when :s = 'SUBMITTED' then null else 'vhxh.phulien' end,
                                case when :s = 'RETURNED' then 'Chưa tách nhu cầu theo quý; bổ sung số lớp dự kiến.' end, 'demo')
                            returning id
                            """)
                    .param("u", a.id()).param("y", next).param("s", outcomes[i]).param("due", due).query(Long.class).single();
            demo.jdbc().sql("insert into plan_line (plan_id, program_code, source, people, classes, quarter, estimated_cost, note) "
                            + "values (:p, 'QLNN_CHUNG_2CAP', 'PROPOSAL', :n, 0, 2, 0, null), (:p, 'NGANH_CONG_TAC_DANG', 'PROPOSAL', 2, 0, 3, 0, null)")
                    .param("p", id).param("n", 3 + i).update();
        }
        // The commune's plan for next year is a draft past its deadline; Việt Hòa submitted late; the province's is a draft.
        demo.runAs().run(TrainingDemo.COMMUNE, () -> {
            long id = plans.create(next);
            plans.fillFromGaps(id);
        });
        demo.runAs().run("vhxh.viethoa", () -> {
            long id = plans.create(next);
            plans.fillFromGaps(id);
            TrainingPlan p = plans.get(id);
            plans.submit(id, p.version());
        });
        demo.runAs().run(TrainingDemo.PROVINCE, () -> plans.create(next));
    }
}
