package vn.boiduong.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Appendix tables as a person would type them: a title, the seed 003 header, then rows. */
final class TaskSheetsFixture {

    private TaskSheetsFixture() {
    }

    static byte[] appendix(List<String[]> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("Phụ lục");
            ws.value(0, 0, "PHỤ LỤC Nhiệm vụ trọng tâm và phân công triển khai thực hiện");
            String[] header = {"Số TT", "Nhiệm vụ", "Phân công chủ trì", "Phân công phối hợp", "Thời gian hoàn thành"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            int r = 3;
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] != null && !row[c].isEmpty()) {
                        ws.value(r, c, row[c]);
                    }
                }
                r++;
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first group of the seed 003 appendix, with row 1.7 split over a page break as in the seed. */
    static List<String[]> seed003() {
        return List.of(
                new String[] {"1", "Tiếp tục kiện toàn, bố trí, sắp xếp đội ngũ cán bộ gắn với thực hiện sắp xếp, tinh gọn tổ chức bộ máy", "", "", ""},
                new String[] {"1.1", "Kiện toàn, bổ sung Ủy viên Ban Chấp hành Đảng bộ, Ủy viên Ban Thường vụ Đảng ủy", "Ban Xây dựng Đảng Đảng ủy", "", "Thực hiện thường xuyên"},
                new String[] {"1.2", "Rà soát, bố trí, sắp xếp, phân công cán bộ, công chức, viên chức", "Phòng Văn hóa - xã hội", "Ban Xây dựng Đảng Đảng ủy", "Hoàn thành trong tháng 6/2026"},
                new String[] {"1.3", "Triển khai Đề án đổi mới phương thức hoạt động của Ủy ban MTTQ Việt Nam", "Ủy ban MTTQVN và các tổ chức chính trị - xã hội phường", "", "Theo chỉ đạo của Ủy ban MTTQ Việt Nam thành phố"},
                new String[] {"1.4", "Hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập", "UBND phường", "Ban Xây dựng Đảng Đảng ủy", "Thực hiện trong năm 2026"},
                new String[] {"1.6", "Triển khai thực hiện việc bố trí thêm 01 Phó Chủ tịch Ủy ban nhân dân phường", "Ban Thường vụ Đảng ủy phường", "UBND phường", "Theo chỉ đạo của thành phố"},
                new String[] {"1.7", "Ban hành Kế hoạch thực hiện kết luận của Ban Thường vụ Thành ủy về nâng", "Ban Xây dựng Đảng", "Phòng Văn hóa - xã hội", "Hoàn thành"},
                new String[] {"Số TT", "Nhiệm vụ", "Phân công chủ trì", "Phân công phối hợp", "Thời gian hoàn thành"},
                new String[] {"", "cao chất lượng đội ngũ bí thư chi bộ, tổ trưởng tổ dân phố trên địa bàn phường", "", "", "trong tháng 7/2026"},
                new String[] {"2.2", "Rà soát, sửa đổi, bổ sung và ban hành bộ tiêu chí đánh giá cán bộ theo quý, năm", "Ban Xây dựng Đảng Đảng ủy", "Các cấp ủy, cơ quan, đơn vị liên quan", "Quý III/2026"});
    }
}
