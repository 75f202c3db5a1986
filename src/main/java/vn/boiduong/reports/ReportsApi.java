package vn.boiduong.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.boiduong.shared.Problems;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo năm", description = "Báo cáo kết quả công tác bồi dưỡng năm (Biểu số 10-BTCTW), nộp, duyệt, trả lại, lịch báo cáo")
class ReportsApi {

    record YearBody(int year) {
    }

    record TextBody(int version, String difficulties, String proposals) {
    }

    record VersionBody(int version, String reason) {
    }

    record DeadlineBody(long unitId, String reporter, int month, int day, String sourceRef) {
    }

    private final Reports reports;
    private final ReportCalendar calendar;

    ReportsApi(Reports reports, ReportCalendar calendar) {
        this.reports = reports;
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "Báo cáo năm của đơn vị (mặc định: đơn vị của người xem); 404 khi chưa lập")
    YearlyReport find(@Parameter(description = "Đơn vị") @RequestParam(required = false) Long unitId, @RequestParam int year) {
        return reports.find(unitId, year).orElseThrow(() -> new Problems.NotFound("yearly_report", year));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập (hoặc mở) báo cáo năm của đơn vị mình: bản nháp, số liệu tính từ dữ liệu")
    YearlyReport open(@RequestBody YearBody body) {
        return reports.get(reports.open(body.year()));
    }

    @GetMapping("/{id}")
    YearlyReport get(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping("/{id}/figures")
    @Operation(summary = "Số liệu của báo cáo: tính lại khi còn nháp hoặc bị trả lại, cố định khi đã nộp")
    ReportFigures figures(@PathVariable long id) {
        return reports.figures(id);
    }

    @GetMapping("/figures")
    @Operation(summary = "Tính số liệu báo cáo năm của một đơn vị trong phạm vi (không lưu)")
    ReportFigures compute(@RequestParam long unitId, @RequestParam int year) {
        return reports.compute(unitId, year);
    }

    @PutMapping("/{id}/text")
    @Operation(summary = "Ghi khó khăn, vướng mắc và đề xuất, kiến nghị")
    YearlyReport text(@PathVariable long id, @RequestBody TextBody b) {
        reports.saveText(id, b.version(), b.difficulties(), b.proposals());
        return reports.get(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Nộp báo cáo lên cấp trên (số liệu và tệp được cố định)")
    YearlyReport submit(@PathVariable long id, @RequestBody VersionBody b) {
        reports.submit(id, b.version());
        return reports.get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Tiếp nhận báo cáo của đơn vị cấp dưới")
    YearlyReport accept(@PathVariable long id, @RequestBody VersionBody b) {
        reports.accept(id, b.version());
        return reports.get(id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Trả lại báo cáo, nêu lý do")
    YearlyReport returnReport(@PathVariable long id, @RequestBody VersionBody b) {
        reports.returnReport(id, b.version(), b.reason());
        return reports.get(id);
    }

    @GetMapping("/{id}/files/{kind}")
    @Operation(summary = "Tệp báo cáo: docx, pdf hoặc xlsx")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String kind) {
        byte[] content = reports.file(id, kind);
        MediaType type = switch (kind) {
            case "pdf" -> MediaType.APPLICATION_PDF;
            case "docx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            default -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-" + id + "." + kind + "\"").body(content);
    }

    @GetMapping("/below")
    @Operation(summary = "Các đơn vị báo cáo lên đơn vị (mặc định: của người xem) với tình trạng báo cáo năm, ai nộp muộn, quá hạn")
    List<YearlyReport.UnitStatus> below(@RequestParam(required = false) Long unitId, @RequestParam int year) {
        return reports.below(unitId, year);
    }

    @GetMapping("/calendar")
    @Operation(summary = "Lịch báo cáo áp dụng cho đơn vị (hạn \"trước ngày\" theo loại đơn vị báo cáo)")
    List<ReportCalendar.Deadline> calendar(@RequestParam(required = false) Long unitId) {
        return calendar.under(unitId);
    }

    @PutMapping("/calendar")
    @Operation(summary = "Đặt hạn báo cáo cho các đơn vị trong tỉnh (Sở Nội vụ) hoặc toàn quốc (Bộ Nội vụ)")
    List<ReportCalendar.Deadline> setDeadline(@RequestBody DeadlineBody b) {
        calendar.set(b.unitId(), b.reporter(), b.month(), b.day(), b.sourceRef());
        return calendar.under(b.unitId());
    }
}
