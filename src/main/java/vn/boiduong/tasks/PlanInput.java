package vn.boiduong.tasks;

import java.util.List;

/**
 * A plan as typed (kế hoạch, chương trình hành động): number ("17-CTr/ĐU"), date dd/MM/yyyy, issuing unit, title,
 * kind, and the documents it implements (căn cứ: number, date, title).
 */
public record PlanInput(String number, String issuedOn, Long issuerUnitId, String title, String kind, List<SourceRef> sources) {

    /** A source document (văn bản căn cứ). */
    public record SourceRef(String number, String date, String title) {
    }
}
