package vn.boiduong.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.boiduong.tasks.TaskInput;

/** The tasks of the seeds' plans as written (seed 003 appendix, seed 000 IV and VI, seed 001 IV). */
final class TasksDemoData {

    private TasksDemoData() {
    }

    private static TaskInput t(String n, String content, String lead, String coord, String deadline, String product) {
        return new TaskInput(n, content, lead, null, coord, deadline, product, null, null);
    }

    private static TaskInput group(String n, String content) {
        return new TaskInput(n, content, null, null, null, null, null, null, null);
    }

    /** seed 003 PHỤ LỤC: every row, the rows split by page breaks joined back. */
    static List<TaskInput> seed003() {
        String bxd = "Ban Xây dựng Đảng Đảng ủy";
        String btv = "Ban Thường vụ Đảng ủy phường";
        return List.of(
                group("1", "Tiếp tục kiện toàn, bố trí, sắp xếp đội ngũ cán bộ gắn với thực hiện sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị ở cơ sở"),
                t("1.1", "Kiện toàn, bổ sung Ủy viên Ban Chấp hành Đảng bộ, Ủy viên Ban Thường vụ Đảng ủy, cán bộ lãnh đạo quản lý khi khuyết thiếu", bxd, null, "Thực hiện thường xuyên", "Quyết định"),
                t("1.2", "Rà soát, bố trí, sắp xếp, phân công cán bộ, công chức, viên chức theo nguyên tắc “đúng người - đúng việc - đúng địa bàn”", bxd, "Phòng Văn hóa - xã hội", "Hoàn thành trong tháng 6/2026", "Báo cáo"),
                t("1.3", "Triển khai Đề án đổi mới phương thức hoạt động của Ủy ban MTTQ Việt Nam, các tổ chức chính trị xã hội và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở phường.", "Ủy ban MTTQVN và các tổ chức chính trị - xã hội phường", null, "Theo chỉ đạo của Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch"),
                t("1.4", "Hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập (trường học, cơ sở giáo dục, cơ sở y tế...) theo chỉ đạo, định hướng của Trung ương, thành phố", "UBND phường", bxd, "Thực hiện trong năm 2026", "Quyết định"),
                t("1.5", "Xây dựng phương án bố trí, sắp xếp tổ chức bộ máy các phòng chuyên môn thuộc Ủy ban nhân dân cấp xã theo Nghị định số 370/2025/NĐ-CP, ngày 31/12/2025 của Chính phủ (trình Ban Thường vụ Đảng ủy thông qua)", "UBND phường", bxd, "Hoàn thành trong tháng 6/2026", "Phương án"),
                t("1.6", "Triển khai thực hiện việc bố trí thêm 01 Phó Chủ tịch Ủy ban nhân dân phường nhiệm kỳ 2026 - 2031 theo Nghị định số 300/2025/NĐ-CP", btv, "UBND phường", "Theo chỉ đạo của thành phố", "Quyết định"),
                t("1.7", "Ban hành Kế hoạch thực hiện kết luận của Ban Thường vụ Thành ủy về nâng cao chất lượng đội ngũ bí thư chi bộ, tổ trưởng tổ dân phố trên địa bàn phường", "Ban Xây dựng Đảng", "Phòng Văn hóa - xã hội", "Hoàn thành trong tháng 7/2026", "Kế hoạch"),
                group("2", "Đổi mới toàn diện, đồng bộ các khâu trong công tác cán bộ; nâng cao chất lượng, hiệu quả công tác cán bộ"),
                t("2.1", "Rà soát, điều chỉnh phân công nhiệm vụ đối với các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Ủy viên Ban Chấp hành Đảng bộ phụ trách theo dõi các chi đảng bộ trực thuộc", bxd, "Văn phòng Đảng ủy", "Thực hiện thường xuyên", "Quyết định"),
                t("2.2", "Rà soát, sửa đổi, bổ sung và ban hành bộ tiêu chí đánh giá cán bộ theo quý, năm", bxd, "Các cấp ủy, cơ quan, đơn vị liên quan", "Hoàn thành trong tháng 6/2026", "Quyết định"),
                t("2.3", "Triển khai đào tạo, bồi dưỡng đối với cán bộ, công chức, viên chức giai đoạn 2026 - 2031", "UBND phường", bxd, "Thực hiện thường xuyên", "Kế hoạch"),
                t("2.4", "Lựa chọn, cử cán bộ, công chức, viên chức tham gia đào tạo các lớp Đại học văn bằng 2 hệ vừa học vừa làm chuyên ngành về: khoa học công nghệ, luật, xây dựng, quản lý đất đai,...; các lớp đào tạo ngắn hạn về khoa học công nghệ (01 năm)", bxd, "Phòng Văn hóa - xã hội", "Thực hiện theo kế hoạch tuyển sinh của thành phố", "Quyết định cử đi học"),
                t("2.5", "Triển khai thực hiện Nghị quyết số 53/2025/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân thành phố quy định chính sách thu hút, trọng dụng người có tài năng, nguồn nhân lực chất lượng cao đến năm 2030, tầm nhìn đến năm 2050.", "UBND phường", null, "Thực hiện theo chỉ đạo của thành phố", "Kế hoạch"),
                t("2.6", "Thực hiện bố trí, sắp xếp Chủ nhiệm Ủy ban kiểm tra Đảng ủy phường không là người địa phương", btv, null, "Thực hiện theo chỉ đạo của thành phố", "Quyết định"),
                group("3", "Tăng cường công tác kiểm tra, giám sát; phát huy vai trò của Ủy ban MTTQ và các tổ chức chính trị tham gia xây dựng đội ngũ cán bộ cơ sở"),
                t("3.1", "Đề xuất, xây dựng kế hoạch kiểm tra về công tác cán bộ; chống chạy chức, chạy quyền, tham nhũng, tiêu cực trong công tác cán bộ. Đề xuất xử lý kịp thời những tổ chức, cá nhân có hành vi sai phạm trong công tác cán bộ hoặc tiếp tay cho chạy chức, chạy quyền", "Ủy ban Kiểm tra Đảng ủy", "Các cấp ủy, cơ quan, đơn vị", "Thực hiện thường xuyên", "Kế hoạch kiểm tra"),
                group("4", "Đổi mới lề lối làm việc; xây dựng môi trường văn hoá công sở tiên tiến, chuyên nghiệp phục vụ Nhân dân; đẩy mạnh chuyển đổi số trong quản lý cán bộ và thực thi công vụ; đầu tư cơ sở vật chất làm việc"),
                t("4.1", "Rà soát, bổ sung, điều chỉnh quy chế làm việc; phân công nhiệm vụ cụ thể cho Ủy viên Ban Chấp hành Đảng bộ, Ủy viên Ban Thường vụ Đảng ủy và lãnh đạo, quản lý trong hệ thống chính trị phường theo nguyên tắc rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền", btv, "Các cơ quan chuyên trách tham mưu, giúp việc của Đảng ủy", "Thực hiện thường xuyên", "Quy chế"),
                t("4.2", "Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý cán bộ. Số hoá quản lý cán bộ (hồ sơ điện tử, theo dõi quá trình công tác, đào tạo, đánh giá, cảnh báo thiếu chuẩn vị trí việc làm) và giải quyết công việc trên môi trường số", bxd, "Các cấp uỷ, cơ quan, đơn vị", "Thực hiện thường xuyên", "Cơ sở dữ liệu"),
                group("5", "Kiện toàn, sắp xếp tổ chức bộ máy; nâng cao chất lượng đội ngũ cán bộ làm công tác tham mưu về công tác tổ chức, cán bộ"),
                t("5.1", "Kiện toàn, sắp xếp tổ chức bộ máy, cán bộ của ban xây dựng đảng tinh gọn, hoạt động hiệu lực, hiệu quả.", btv, null, "Thực hiện thường xuyên", "Quyết định"),
                t("5.2", "Xem xét bố trí, chuyển đổi vị trí công tác đối với người đứng đầu Ban Xây dựng Đảng cấp phường đã giữ chức vụ từ 05 năm trở lên.", btv, null, "Thực hiện thường xuyên", "Quyết định"),
                group("6", "Báo cáo kết quả thực hiện Chương trình hành động (mục IV)"),
                t("6.1", "Báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng Đảng ủy phường)", "Ủy ban nhân dân phường", bxd, "Hằng năm, trước ngày 05/12", "Báo cáo"));
    }

    /** seed 000 IV and VI: the ward's training plan; 2.4 falls due this month. */
    static List<TaskInput> seed000(LocalDate today) {
        String vhxh = "Phòng Văn hóa - Xã hội";
        return List.of(
                group("1", "Tổ chức phổ biến, tuyên truyền, quán triệt Quyết định số 700/QĐ-TTg, Kế hoạch số 198/KH-UBND (mục IV.1)"),
                t("1.1", "Phổ biến, tuyên truyền, quán triệt đến toàn bộ đảng viên, cán bộ, công chức, viên chức, người lao động thuộc phạm vi quản lý", "UBND phường", "Ủy ban MTTQ Việt Nam phường", "Hoàn thành trong tháng 7/2026", "Báo cáo"),
                group("2", "Phòng Văn hóa - Xã hội phường (mục VI.1)"),
                t("2.1", "Phối hợp các cơ quan, đơn vị tổng hợp kết quả rà soát, bố trí, sắp xếp đội ngũ cán bộ, công chức để xác định nhu cầu bồi dưỡng", vhxh, "Văn phòng HĐND và UBND", "Quý III/2026", "Báo cáo"),
                t("2.2", "Tham mưu ban hành kế hoạch bồi dưỡng đội ngũ cán bộ, công chức phường hằng năm", vhxh, null, "30/09/2026", "Kế hoạch"),
                t("2.3", "Triển khai Phần mềm đánh giá và quản lý chất lượng bồi dưỡng đối với cán bộ, công chức phường", vhxh, "Trung tâm Phục vụ hành chính công", "Thực hiện thường xuyên, kiểm điểm hằng quý", "Báo cáo"),
                t("2.4", "Hướng dẫn, đôn đốc, kiểm tra, theo dõi việc triển khai thực hiện Kế hoạch", vhxh, null,
                        "Hoàn thành trong tháng " + today.getMonthValue() + "/" + today.getYear(), "Báo cáo"),
                group("3", "Các cơ quan, đơn vị thuộc phường (mục VI.2)"),
                t("3.1", "Rà soát, đề xuất nội dung, số lượng, đối tượng công chức cần cử đi bồi dưỡng giai đoạn 2026 - 2031 gửi phòng Văn hoá - Xã hội", "Văn phòng HĐND và UBND", vhxh, "Hoàn thành trong tháng 8/2026", "Danh sách đề xuất"),
                t("3.2", "Đánh giá hiệu quả sau bồi dưỡng đối với 100% cán bộ, công chức được cử đi bồi dưỡng (sau tối thiểu 03 tháng)", "Phòng Kinh tế, Hạ tầng và Đô thị", vhxh, "Thực hiện thường xuyên", "Phiếu đánh giá"),
                t("3.3", "Báo cáo định kỳ kết quả triển khai thực hiện Kế hoạch gửi phòng Văn hoá - Xã hội", "Trung tâm Phục vụ hành chính công", vhxh, "Hằng năm, trước ngày 10/12", "Báo cáo"));
    }

    /** seed 001 IV: the city's plan, a few of its tasks with the agency and completion time. */
    static List<TaskInput> seed001() {
        return List.of(
                t("1", "Tuyên truyền, nâng cao nhận thức của đội ngũ cán bộ, công chức cấp xã về quyền lợi và trách nhiệm trong việc học tập", "Đảng ủy, UBND xã, phường", null,
                        "Tuyên truyền lần đầu, hoàn thành trong tháng 5/2026 và tiếp tục tuyên truyền trong quá trình thực hiện đề án", "Báo cáo"),
                t("2", "Rà soát, đánh giá thực trạng trình độ, năng lực để bố trí, sắp xếp đội ngũ cán bộ, công chức cấp xã phù hợp với vị trí việc làm", "UBND xã, phường", null, "Trong tháng 5/2026", "Báo cáo"),
                t("3", "Lập danh sách cán bộ, công chức cấp xã cần bồi dưỡng ngay (ưu tiên bồi dưỡng chuyên môn chuyên ngành)", "UBND xã, phường", null, "Tháng 5 năm 2026", "Danh sách"),
                t("4", "Đánh giá kết quả, hiệu quả sau bồi dưỡng đối với 100% cán bộ, công chức cấp xã được cử đi bồi dưỡng", "Đảng ủy, HĐND, UBND xã, phường", null, "Thực hiện thường xuyên", "Phiếu đánh giá"),
                t("5", "Báo cáo định kỳ hằng năm kết quả triển khai thực hiện Đề án gửi UBND tỉnh (qua Sở Nội vụ)", "UBND xã, phường", null, "Hằng năm, trước ngày 10/12", "Báo cáo"));
    }

    /** A small but whole PDF (one empty page, cross-reference table, trailer): uploads check header and trailer. */
    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n% " + text + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n";
        int xref = body.getBytes(StandardCharsets.UTF_8).length;
        return (body + "xref\n0 4\n0000000000 65535 f \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
