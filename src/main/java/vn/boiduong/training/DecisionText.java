package vn.boiduong.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.shared.Dates;

/**
 * The wording of a sending decision. Legal documents are always in Vietnamese, whatever the UI language; the layout
 * is the documents module's (ND 30/2020). The issuer is the UBND of a commune (signed by its chairman) or the
 * provincial Department of Home Affairs (signed by its director), by the unit of the officer who issues it.
 */
final class DecisionText {

    private static final Map<String, String> DELIVERY = Map.of("IN_PERSON", "trực tiếp", "ONLINE", "trực tuyến", "BLENDED",
            "kết hợp trực tiếp và trực tuyến");
    private static final Map<String, String> SLOT = Map.of("OFFICE_HOURS", "trong giờ hành chính", "AFTER_HOURS",
            "ngoài giờ hành chính", "EVENING", "buổi tối");
    private static final Map<String, String> FUNDING = Map.of("NSNN_TW", "ngân sách trung ương", "NSNN_TINH",
            "ngân sách cấp tỉnh", "NSNN_XA", "ngân sách cấp xã", "CO_QUAN", "kinh phí của cơ quan, đơn vị", "KHAC",
            "nguồn kinh phí hợp pháp khác");

    private DecisionText() {
    }

    static List<String> defaultBases(OrgUnit issuer, TrainingClass c) {
        List<String> bases = new ArrayList<>();
        bases.add("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;");
        bases.add("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;");
        bases.add("Căn cứ Nghị định số 171/2025/NĐ-CP của Chính phủ quy định về đào tạo, bồi dưỡng công chức;");
        bases.add("Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm " + c.startsOn().getYear() + ";");
        bases.add(issuer.kind() == OrgUnit.Kind.COMMUNE
                ? "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."
                : "Theo đề nghị của Trưởng phòng Công chức, viên chức.");
        return bases;
    }

    static OfficialDocument build(OrgUnit issuer, TrainingClass c, String number, LocalDate signedOn,
                                  String signerName, String signerTitle, List<String> bases, List<Enrollment> people) {
        boolean commune = issuer.kind() == OrgUnit.Kind.COMMUNE;
        boolean nation = issuer.kind() == OrgUnit.Kind.NATION;
        String parentBody = commune || nation ? null : "UBND " + Decisions.upper(issuer.name());
        String issuingBody = commune ? "ỦY BAN NHÂN DÂN " + Decisions.upper(issuer.name()) : nation ? "BỘ NỘI VỤ" : "SỞ NỘI VỤ";
        String chief = commune ? "CHỦ TỊCH" : nation ? "BỘ TRƯỞNG" : "GIÁM ĐỐC";
        String authority = commune ? "CHỦ TỊCH ỦY BAN NHÂN DÂN " + Decisions.upper(issuer.name())
                : nation ? "BỘ TRƯỞNG BỘ NỘI VỤ" : "GIÁM ĐỐC SỞ NỘI VỤ";
        String title = Decisions.upper(signerTitle);
        String deputy = title.equals(chief) ? null : "KT. " + chief;
        String where = c.place() != null ? c.place() : switch (c.placeKind()) {
            case "CLUSTER" -> "cụm " + (c.cluster() == null ? "xã" : c.cluster());
            case "CENTRAL" -> "cơ sở đào tạo tập trung";
            default -> "trụ sở cơ quan";
        };
        List<OfficialDocument.Article> articles = List.of(
                new OfficialDocument.Article("Điều 1.", List.of("Cử " + people.size()
                        + " cán bộ, công chức có tên trong danh sách kèm theo tham gia lớp " + c.name() + " (chương trình "
                        + c.programName() + "), thời gian từ ngày " + Dates.format(c.startsOn()) + " đến ngày "
                        + Dates.format(c.endsOn()) + ", tại " + where + "; hình thức " + DELIVERY.get(c.delivery())
                        + ", học " + SLOT.get(c.timeSlot()) + ".")),
                new OfficialDocument.Article("Điều 2.", List.of(
                        "Người được cử đi bồi dưỡng có trách nhiệm tham gia đầy đủ chương trình, chấp hành nội quy lớp học và báo cáo "
                                + "kết quả học tập trên phần mềm quản lý bồi dưỡng sau khi kết thúc khóa học.",
                        "Kinh phí tổ chức lớp học từ " + FUNDING.get(c.fundingSource()) + " theo quy định hiện hành. Thủ trưởng cơ quan, "
                                + "đơn vị có người được cử đi học bố trí công việc, bảo đảm hoạt động thường xuyên của cơ quan, đơn vị.")),
                new OfficialDocument.Article("Điều 3.", List.of("Quyết định này có hiệu lực kể từ ngày ký. "
                        + (commune ? "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Trưởng phòng Văn hóa - Xã hội"
                        : "Chánh Văn phòng Sở, Trưởng phòng Công chức, viên chức")
                        + ", Thủ trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
                        + "Quyết định này./.")));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Enrollment e : people) {
            rows.add(List.of(String.valueOf(i++), e.fullName(), Dates.format(e.birthDate()), e.title() == null ? "" : e.title(),
                    e.unitName()));
        }
        String issuerShort = commune ? "Chủ tịch Ủy ban nhân dân " + lowerFirst(issuer.name()) : nation ? "Bộ trưởng Bộ Nội vụ"
                : "Giám đốc Sở Nội vụ";
        OfficialDocument.Table annex = new OfficialDocument.Table("DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐƯỢC CỬ ĐI BỒI DƯỠNG",
                "(Kèm theo Quyết định số " + number + " ngày " + Dates.format(signedOn) + " của " + issuerShort + ")",
                List.of("STT", "Họ và tên", "Ngày sinh", "Chức vụ, chức danh", "Cơ quan, đơn vị"), rows, List.of(6, 26, 14, 27, 27));
        List<String> recipients = new ArrayList<>(List.of("- Như Điều 3;"));
        recipients.add(commune ? "- Sở Nội vụ (để báo cáo);" : nation ? "- Lãnh đạo Bộ;" : "- UBND " + issuer.name() + " (để báo cáo);");
        recipients.add(commune ? "- Lưu: VT, VHXH." : "- Lưu: VT, CCVC.");
        return new OfficialDocument(parentBody, issuingBody, number, placeName(issuer), signedOn,
                "QUYẾT ĐỊNH", "Về việc cử cán bộ, công chức đi bồi dưỡng", authority,
                bases.isEmpty() ? defaultBases(issuer, c) : bases, articles, annex,
                new OfficialDocument.Signature(null, deputy, title, signerName), recipients);
    }

    /** "Phường Phù Liễn" → "Phù Liễn"; "Thành phố Hải Phòng" → "Hải Phòng"; the nation → "Hà Nội". */
    static String placeName(OrgUnit unit) {
        if (unit.kind() == OrgUnit.Kind.NATION) {
            return "Hà Nội";
        }
        return unit.name().replaceFirst("^(Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn)\\s+", "");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
