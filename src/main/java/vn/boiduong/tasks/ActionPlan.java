package vn.boiduong.tasks;

import java.time.LocalDate;
import java.util.List;

/** A plan as read (kế hoạch / chương trình hành động), with its issuing unit and the plan it was copied from. */
public record ActionPlan(long id, String number, LocalDate issuedOn, long issuerUnitId, String issuerName, String issuerPath,
                         String title, String kind, List<PlanInput.SourceRef> sources, Long parentPlanId, String parentNumber,
                         String parentIssuer, int version) {
}
