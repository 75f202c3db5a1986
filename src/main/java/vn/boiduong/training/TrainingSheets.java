package vn.boiduong.training;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;
import vn.boiduong.shared.VietnameseNumbers;
import vn.boiduong.shared.Xlsx;

/** Excel copies of what the pages show: a plan with its lines, the class list (cells neutralised against formulas). */
@Component
class TrainingSheets {

    private final MessageSource messages;

    TrainingSheets(MessageSource messages) {
        this.messages = messages;
    }

    void plan(OutputStream out, TrainingPlan p, List<TrainingPlan.Line> lines) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Kế hoạch " + p.year());
        ws.value(0, 0, Xlsx.safeText("KẾ HOẠCH BỒI DƯỠNG NĂM " + p.year() + " — " + p.unitName()));
        ws.style(0, 0).bold().set();
        ws.value(1, 0, text("training.planStatus." + p.status()) + "; " + text("training.dueText", Dates.format(p.dueOn())));
        String[] headers = {"STT", "Chương trình", "Mã", "Nguồn", "Số người", "Số lớp", "Quý", "Dự toán (đồng)", "Ghi chú"};
        header(ws, 3, headers);
        int r = 4;
        for (TrainingPlan.Line l : lines) {
            ws.value(r, 0, r - 3);
            ws.value(r, 1, Xlsx.safeText(l.programName()));
            ws.value(r, 2, l.programCode());
            ws.value(r, 3, text("training.lineSource." + l.source()));
            ws.value(r, 4, l.people());
            ws.value(r, 5, l.classes());
            if (l.quarter() != null) {
                ws.value(r, 6, VietnameseNumbers.quarter(p.year(), l.quarter()));
            }
            ws.value(r, 7, l.estimatedCost());
            ws.style(r, 7).format(VietnameseNumbers.XLSX_INTEGER).set();
            ws.value(r, 8, Xlsx.safeText(l.note()));
            r++;
        }
        ws.value(r, 1, "Tổng");
        ws.value(r, 4, p.people());
        ws.value(r, 7, p.estimatedCost());
        ws.style(r, 7).format(VietnameseNumbers.XLSX_INTEGER).set();
        ws.range(r, 0, r, headers.length - 1).style().bold().set();
        wb.finish();
    }

    void classes(OutputStream out, List<TrainingClass> list) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Lớp bồi dưỡng");
        String[] headers = {"Mã lớp", "Tên lớp", "Chương trình", "Đơn vị tổ chức", "Cơ sở đào tạo", "Từ ngày", "Đến ngày",
                "Số buổi", "Địa điểm", "Hình thức", "Thời gian học", "Sĩ số", "Đã duyệt", "Chờ chỗ", "Chờ duyệt", "Trạng thái"};
        header(ws, 0, headers);
        int r = 1;
        for (TrainingClass c : list) {
            ws.value(r, 0, c.code());
            ws.value(r, 1, Xlsx.safeText(c.name()));
            ws.value(r, 2, Xlsx.safeText(c.programName()));
            ws.value(r, 3, Xlsx.safeText(c.organiserName()));
            ws.value(r, 4, Xlsx.safeText(c.providerName()));
            ws.value(r, 5, Dates.format(c.startsOn()));
            ws.value(r, 6, Dates.format(c.endsOn()));
            ws.value(r, 7, c.sessions());
            ws.value(r, 8, text("training.place." + c.placeKind()) + (c.cluster() == null ? "" : " — " + Xlsx.safeText(c.cluster())));
            ws.value(r, 9, text("training.delivery." + c.delivery()));
            ws.value(r, 10, text("training.slot." + c.timeSlot()));
            ws.value(r, 11, c.capacity());
            ws.value(r, 12, c.seatsTaken());
            ws.value(r, 13, c.waitlisted());
            ws.value(r, 14, c.proposed());
            ws.value(r, 15, text("training.classStatus." + c.status()));
            r++;
        }
        wb.finish();
    }

    static void header(Worksheet ws, int row, String[] headers) {
        for (int i = 0; i < headers.length; i++) {
            ws.value(row, i, headers[i]);
            ws.width(i, i == 1 || i == 2 || i == 3 ? 34 : 14);
        }
        ws.range(row, 0, row, headers.length - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VietnameseText.VI);
    }
}
