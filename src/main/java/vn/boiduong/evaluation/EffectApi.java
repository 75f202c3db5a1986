package vn.boiduong.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluations/effect")
@Tag(name = "Đánh giá hiệu quả sau bồi dưỡng",
        description = "Thủ trưởng đơn vị đánh giá 100% người được cử đi bồi dưỡng, sau tối thiểu 03 tháng vận dụng vào thực tiễn công tác")
class EffectApi {

    private final EffectEvaluations evaluations;
    private final EffectCoverage coverage;

    EffectApi(EffectEvaluations evaluations, EffectCoverage coverage) {
        this.evaluations = evaluations;
        this.coverage = coverage;
    }

    @GetMapping
    @Operation(summary = "Danh sách phiếu đánh giá trong phạm vi (lọc theo trạng thái, đơn vị, chương trình, họ tên, năm đến hạn)")
    EffectEvaluations.Page list(
            @Parameter(description = "Đơn vị (mặc định: đơn vị của người xem)") @RequestParam(required = false) Long unitId,
            @Parameter(description = "OPEN (chưa ký), DUE (đã đến hạn), OVERDUE (quá hạn), WAITING (chưa đến hạn), SIGNED (đã ký), ALL")
            @RequestParam(required = false) String state,
            @Parameter(description = "Mã chương trình bồi dưỡng") @RequestParam(required = false) String program,
            @Parameter(description = "Họ tên (không cần dấu)") @RequestParam(required = false) String q,
            @Parameter(description = "Năm đến hạn đánh giá") @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return evaluations.list(unitId, state, program, q, year, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một phiếu đánh giá hiệu quả sau bồi dưỡng (sáu tiêu chí, điểm 1–10, nhận xét)")
    EffectEvaluation get(@PathVariable long id) {
        return evaluations.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Lưu phiếu (chưa ký); chỉ thủ trưởng đơn vị của người được đánh giá; gửi kèm version đã đọc")
    EffectEvaluation save(@PathVariable long id, @RequestBody EffectInput input) {
        return evaluations.save(id, input);
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Ký phiếu: đủ sáu tiêu chí, không trước ngày đến hạn (hoàn thành + tối thiểu 03 tháng); sau khi ký chỉ còn xem")
    EffectEvaluation sign(@PathVariable long id, @RequestBody EffectInput input) {
        return evaluations.sign(id, input);
    }

    @GetMapping("/coverage")
    @Operation(summary = "Tỷ lệ đã đánh giá theo đơn vị trực thuộc (tỉnh → xã, xã → cơ quan): đã hoàn thành, đã ký, đến hạn, quá hạn")
    EffectCoverage.Report coverage(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year) {
        return coverage.under(unitId, year);
    }

    @PostMapping("/backfill")
    @Operation(summary = "Tạo phiếu cho các khóa đã hoàn thành trong phạm vi mà chưa có phiếu (không tạo trùng)")
    Map<String, Integer> backfill() {
        return Map.of("created", evaluations.backfill());
    }
}
