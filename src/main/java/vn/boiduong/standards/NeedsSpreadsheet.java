package vn.boiduong.standards;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;

/** The needs list as the commune's proposal (danh sách đề xuất cử đi bồi dưỡng), in priority order. */
@Component
class NeedsSpreadsheet {

    private final MessageSource messages;

    NeedsSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(OutputStream out, List<GapQueries.Need> needs) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Cần bồi dưỡng ngay");
        ws.value(0, 0, "DANH SÁCH CÁN BỘ, CÔNG CHỨC CẦN BỒI DƯỠNG NGAY (thiếu gì bồi dưỡng nấy)");
        ws.style(0, 0).bold().set();
        String[] headers = {"STT", "Họ và tên", "Ngày sinh", "Chức vụ, chức danh", "Đơn vị", "Ưu tiên", "Thiếu chuẩn",
                "Chịu tác động sắp xếp 2025", "Khóa bồi dưỡng cần cử đi"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(2, c, headers[c]);
            ws.width(c, c == 1 || c == 3 || c == 4 || c == 8 ? 32 : 14);
        }
        ws.range(2, 0, 2, headers.length - 1).style().bold().wrapText(true).fillColor("F2DCDB").set();
        int row = 3;
        for (GapQueries.Need n : needs) {
            ws.value(row, 0, row - 2);
            ws.value(row, 1, n.fullName());
            ws.value(row, 2, Dates.format(n.birthDate()));
            ws.value(row, 3, n.title());
            ws.value(row, 4, n.unitName());
            ws.value(row, 5, n.priority());
            ws.value(row, 6, labels(n.categories(), "gap.category."));
            ws.value(row, 7, n.affectedByReorg() ? "Có" : "Không");
            ws.value(row, 8, labels(n.programs(), "program."));
            row++;
        }
        wb.finish();
    }

    private String labels(String codes, String prefix) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return String.join("; ", java.util.Arrays.stream(codes.split(","))
                .map(c -> messages.getMessage(prefix + c, null, c, VietnameseText.VI)).toList());
    }
}
