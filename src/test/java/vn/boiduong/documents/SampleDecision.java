package vn.boiduong.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A decision sending staff to training (quyết định cử cán bộ, công chức đi bồi dưỡng) as the tests use it. */
final class SampleDecision {

    static final List<String> HEADERS = List.of("STT", "Họ và tên", "Ngày sinh", "Chức vụ, chức danh", "Đơn vị");

    private SampleDecision() {
    }

    static OfficialDocument withRows(int rows) {
        return withAnnex(new OfficialDocument.Table("DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐƯỢC CỬ ĐI BỒI DƯỠNG", null,
                HEADERS, rows(rows), List.of(7, 27, 15, 28, 23)));
    }

    static OfficialDocument withAnnex(OfficialDocument.Table annex) {
        return new OfficialDocument("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÙ LIỄN", "5/QĐ-UBND",
                "Phù Liễn", LocalDate.of(2026, 1, 5), "QUYẾT ĐỊNH",
                "Về việc cử cán bộ, công chức đi bồi dưỡng",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                        "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
                        "Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ về đào tạo, bồi "
                                + "dưỡng cán bộ, công chức, viên chức",
                        "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."),
                List.of(new OfficialDocument.Article("Điều 1.", List.of(
                                "Cử các ông (bà) có tên trong danh sách kèm theo Quyết định này đi bồi dưỡng kiến thức "
                                        + "quản lý nhà nước theo chương trình chuyên viên tại Trường Chính trị thành phố "
                                        + "Hải Phòng, từ ngày 12 tháng 01 năm 2026 đến ngày 23 tháng 01 năm 2026.")),
                        new OfficialDocument.Article("Điều 2.", List.of(
                                "Kinh phí bồi dưỡng thực hiện theo quy định hiện hành.",
                                "Các ông (bà) có tên tại Điều 1 có trách nhiệm tham gia đầy đủ chương trình và báo cáo "
                                        + "kết quả sau khi hoàn thành khóa học.")),
                        new OfficialDocument.Article("Điều 3.", List.of(
                                "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng phòng Văn hóa - Xã "
                                        + "hội, Thủ trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên tại "
                                        + "Điều 1 chịu trách nhiệm thi hành Quyết định này."))),
                annex,
                new OfficialDocument.Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hằng"),
                List.of("- Như Điều 3;", "- Sở Nội vụ thành phố (để b/c);", "- Chủ tịch, các PCT UBND phường;",
                        "- Trường Chính trị thành phố;", "- Lưu: VT, VHXH."));
    }

    static List<List<String>> rows(int n) {
        String[] names = {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Đức", "Phạm Thị Hằng", "Vũ Quốc Việt",
            "Đỗ Thị Ánh Tuyết", "Hoàng Minh Khải", "Bùi Thị Ngữ", "Đặng Văn Lợi", "Ngô Thị Thu Hường"};
        String[] titles = {"Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch", "Phó Trưởng phòng Kinh tế",
            "Công chức Địa chính - Xây dựng", "Chuyên viên Văn phòng HĐND và UBND"};
        String[] units = {"Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị"};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(Integer.toString(i + 1), names[i % names.length],
                    String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1975 + i % 25), titles[i % titles.length],
                    units[i % units.length]));
        }
        return rows;
    }
}
