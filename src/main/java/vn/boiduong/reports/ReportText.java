package vn.boiduong.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseNumbers;

/**
 * The wording of the yearly report (báo cáo kết quả công tác bồi dưỡng năm), always in Vietnamese, in the ND 30/2020
 * layout of the documents module; the Biểu số 10-BTCTW table is the annex.
 */
final class ReportText {

    static final Map<String, String> CATEGORY = Map.of("LLCT", "Lý luận chính trị", "QLNN", "Quản lý nhà nước",
            "CHUYEN_MON", "Chuyên môn, nghiệp vụ", "KY_NANG_NGANH", "Kỹ năng theo ngành, lĩnh vực", "KY_NANG_BO_TRO",
            "Kỹ năng bổ trợ", "CAP_NHAT", "Cập nhật kiến thức", "CNTT", "Công nghệ thông tin, chuyển đổi số", "DAO_TAO",
            "Đào tạo (văn bằng)", "KHAC", "Khác");
    static final Map<String, String> DELIVERY = Map.of("IN_PERSON", "Trực tiếp", "ONLINE", "Trực tuyến", "BLENDED",
            "Kết hợp");
    /** A target's progress status in words (the same words as the targets dashboard's). */
    static final Map<String, String> TARGET_STATUS = Map.of("MET", "Đạt", "ON_TRACK", "Đúng tiến độ", "AT_RISK", "Có nguy cơ",
            "OFF_TRACK", "Chậm tiến độ", "NO_DATA", "Chưa có đối tượng");
    static final List<String> COLUMNS = List.of("Cử đi", "Hoàn thành", "Được cấp chứng chỉ", "Lãnh đạo, quản lý", "Nữ",
            "Dân tộc thiểu số");
    static final String SENT_RULE = "Số cử đi trong năm: người được duyệt cử đi học (đã duyệt, đang học, hoàn thành, không "
            + "hoàn thành) ở các lớp không bị hủy khai giảng trong năm; hoàn thành: học đủ và đạt; tính theo đơn vị hiện tại của "
            + "người học.";

    private ReportText() {
    }

    /** "Biểu số 10-BTCTW" rows: STT, content, the six counts; category headers, programme rows, by form, total. */
    static List<List<String>> form10Rows(ReportFigures f) {
        List<List<String>> rows = new ArrayList<>();
        String category = null;
        int n = 0;
        for (ReportFigures.Line l : f.byProgram()) {
            if (!l.category().equals(category)) {
                category = l.category();
                String c = category;
                ReportFigures.Counts sum = f.byProgram().stream().filter(x -> x.category().equals(c))
                        .map(ReportFigures.Line::counts).reduce(ReportFigures.Counts.ZERO, ReportFigures.Counts::plus);
                rows.add(row(roman(++n), CATEGORY.getOrDefault(c, c), sum));
            }
            rows.add(row("", "- " + l.name(), l.counts()));
        }
        rows.add(row(roman(++n), "Theo hình thức bồi dưỡng", null));
        for (ReportFigures.Line l : f.byDelivery()) {
            rows.add(row("", "- " + DELIVERY.get(l.code()), l.counts()));
        }
        rows.add(row("", "TỔNG CỘNG", f.total()));
        return rows;
    }

    static OfficialDocument build(YearlyReport r, ReportFigures f, String kind, String headName, java.time.LocalDate date) {
        String upper = r.unitName().toUpperCase(Locale.forLanguageTag("vi"));
        boolean commune = kind.equals("COMMUNE");
        boolean province = kind.equals("PROVINCE");
        String issuing = commune ? "ỦY BAN NHÂN DÂN " + upper : province ? "SỞ NỘI VỤ" : upper;
        String parent = province ? "UBND " + upper : null;
        String sign = commune ? "BC-UBND" : province ? "BC-SNV" : kind.equals("PARTY") ? "BC-ĐU" : "BC";
        ReportFigures.FollowUp u = f.followUp();
        List<OfficialDocument.Article> parts = new ArrayList<>();
        parts.add(new OfficialDocument.Article("I. KẾT QUẢ CÔNG TÁC BỒI DƯỠNG NĂM " + r.year(), List.of(
                "1. Số lượt cán bộ, công chức được cử đi bồi dưỡng: " + count(u.sent()) + " lượt (lãnh đạo, quản lý "
                        + count(f.total().leaders()) + "; nữ " + count(f.total().women()) + "; người dân tộc thiểu số "
                        + count(f.total().minorities())
                        + "); chi tiết tại Biểu số 10-BTCTW kèm theo.",
                "2. Nội dung: " + count(u.programs()) + " chương trình, " + count(u.classes()) + " lớp"
                        + (u.firstStart() == null ? "." : ", thời gian từ ngày " + Dates.format(u.firstStart()) + " đến ngày "
                        + Dates.format(u.lastEnd()) + "."),
                "3. Kết quả: hoàn thành " + count(u.completed()) + " lượt, được cấp chứng chỉ " + count(f.total().certified())
                        + ", không hoàn thành " + count(u.notCompleted()) + (u.meanGrade() == null ? "." : "; điểm trung bình "
                        + num(u.meanGrade()) + "."),
                "4. Hiệu quả sau bồi dưỡng: " + count(u.effectTotal()) + " lượt phải đánh giá, " + count(u.effectDue()) + " đến hạn, "
                        + count(u.effectSigned()) + " đã đánh giá" + (u.effectCoverage() == null ? "" : " (đạt "
                        + VietnameseNumbers.percent(u.effectCoverage()) + ")") + (u.effectMeanScore() == null ? "." : "; điểm hiệu quả bình quân " + num(u.effectMeanScore()) + "/100."),
                "5. Kinh phí: dự toán theo kế hoạch " + money(f.budget().planEstimate()) + " đồng; dự toán các lớp "
                        + money(f.budget().classEstimate()) + " đồng; thực chi " + money(f.budget().actual()) + " đồng.")));
        if (f.targets() != null && !f.targets().isEmpty()) {
            List<String> lines = new ArrayList<>();
            f.targets().forEach(t -> lines.add("- " + t.name() + ": đạt " + measured(t, t.value()) + " / chỉ tiêu "
                    + measured(t, t.target()) + (t.status() == null ? "" : " (" + status(t.status()).toLowerCase(Locale.forLanguageTag("vi")) + ")") + "."));
            parts.add(new OfficialDocument.Article("II. THỰC HIỆN CHỈ TIÊU", lines));
        }
        String n = f.targets() != null && !f.targets().isEmpty() ? "III" : "II";
        parts.add(new OfficialDocument.Article(n + ". KHÓ KHĂN, VƯỚNG MẮC", List.of(orNone(r.difficulties()))));
        parts.add(new OfficialDocument.Article((n.equals("II") ? "III" : "IV") + ". ĐỀ XUẤT, KIẾN NGHỊ",
                List.of(orNone(r.proposals()), "Ghi chú: " + SENT_RULE)));
        OfficialDocument.Table annex = new OfficialDocument.Table("BIỂU SỐ 10-BTCTW: KẾT QUẢ BỒI DƯỠNG NĂM " + r.year(),
                "(Kèm theo Báo cáo của " + r.unitName() + ")", header(), form10Rows(f), List.of(6, 34, 10, 10, 10, 10, 10, 10));
        String recipient = commune ? "- Sở Nội vụ;" : province ? "- Bộ Nội vụ;" : kind.equals("PARTY")
                ? "- Ban Thường vụ Đảng ủy;" : "- Ủy ban nhân dân (qua phòng Văn hóa - Xã hội);";
        return new OfficialDocument(parent, issuing, "     /" + sign, place(r.unitName()), date, "BÁO CÁO",
                "Kết quả công tác bồi dưỡng cán bộ, công chức năm " + r.year(), null, List.of(), parts, annex,
                signature(kind, r.unitName(), headName),
                List.of(recipient, "- Lưu: VT."));
    }

    /** What the name line shows when the head's name is not known: the head signs and writes it by hand. */
    static final String NAME_PLACEHOLDER = "(Ký, ghi rõ họ tên, đóng dấu)";

    /**
     * The signature block (ND 30/2020, appendix I, mục II.8): the report is signed by the head of the reporting unit,
     * never by the officer who prepared it. A commune's report is the People's Committee's, signed "TM. ỦY BAN NHÂN
     * DÂN / CHỦ TỊCH"; the party committee's "T/M ĐẢNG ỦY / BÍ THƯ" (party documents, HD 36-HD/VPTW); a provincial
     * department's and an agency's by its head's title (GIÁM ĐỐC, TRƯỞNG PHÒNG, CHÁNH VĂN PHÒNG …).
     *
     * @param headName the head's name when the head prepares it themselves; null otherwise (a placeholder line)
     */
    static OfficialDocument.Signature signature(String kind, String unitName, String headName) {
        String name = headName == null || headName.isBlank() ? NAME_PLACEHOLDER : headName;
        return switch (kind) {
            case "COMMUNE" -> new OfficialDocument.Signature("TM. ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", name);
            case "PARTY" -> new OfficialDocument.Signature("T/M ĐẢNG ỦY", null, "BÍ THƯ", name);
            case "PROVINCE" -> new OfficialDocument.Signature(null, null, "GIÁM ĐỐC", name);
            default -> new OfficialDocument.Signature(null, null, headTitle(unitName), name);
        };
    }

    /** The title of an agency's head from the agency's name ("Phòng Kinh tế" → "TRƯỞNG PHÒNG"). */
    static String headTitle(String unitName) {
        String n = unitName == null ? "" : unitName.strip().toLowerCase(Locale.forLanguageTag("vi"));
        if (n.startsWith("phòng")) {
            return "TRƯỞNG PHÒNG";
        }
        if (n.startsWith("văn phòng")) {
            return "CHÁNH VĂN PHÒNG";
        }
        if (n.startsWith("trung tâm") || n.startsWith("sở") || n.startsWith("ban quản lý")) {
            return "GIÁM ĐỐC";
        }
        if (n.startsWith("ban")) {
            return "TRƯỞNG BAN";
        }
        if (n.startsWith("bộ")) {
            return "BỘ TRƯỞNG";
        }
        return "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ";
    }

    static String status(String code) {
        return code == null ? "" : TARGET_STATUS.getOrDefault(code, code);
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("STT", "Nội dung"));
        h.addAll(COLUMNS);
        return h;
    }

    private static List<String> row(String no, String text, ReportFigures.Counts c) {
        if (c == null) {
            return List.of(no, text, "", "", "", "", "", "");
        }
        return List.of(no, text, count(c.sent()), count(c.completed()), count(c.certified()),
                count(c.leaders()), count(c.women()), count(c.minorities()));
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"};
        return n <= r.length ? r[n - 1] : String.valueOf(n);
    }

    /** A score or mean: "78,33", "7,5" (at most two decimals). */
    static String num(BigDecimal d) {
        return d == null ? "" : VietnameseNumbers.number(d, 2);
    }

    static String money(long v) {
        return VietnameseNumbers.integer(v);
    }

    static String count(long v) {
        return VietnameseNumbers.integer(v);
    }

    /** A target's value as its measure reads: "23,7%" for a percentage, "12" for a count. */
    static String measured(vn.boiduong.targets.TargetProgress t, BigDecimal v) {
        if (v == null) {
            return VietnameseNumbers.NONE;
        }
        return "PERCENT".equals(t.measure()) ? VietnameseNumbers.percent(v) : VietnameseNumbers.number(v, 1);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "Không có." : s;
    }

    /** "Phường Phù Liễn" → "Phù Liễn". */
    static String place(String name) {
        return name.replaceFirst("^(Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn)\\s+", "");
    }
}
