package vn.boiduong.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Kế hoạch và nhiệm vụ", description = "Rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền (Chương trình hành động 17-CTr/ĐU, phụ lục)")
class TasksApi {

    private final ActionPlans plans;
    private final PlanCopies copies;
    private final TaskImport imports;
    private final TaskWork work;
    private final TaskQueries queries;

    TasksApi(ActionPlans plans, PlanCopies copies, TaskImport imports, TaskWork work, TaskQueries queries) {
        this.plans = plans;
        this.copies = copies;
        this.imports = imports;
        this.work = work;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Nhiệm vụ trong phạm vi: MINE (đơn vị tôi chủ trì hoặc phối hợp), OVERDUE (quá hạn), MONTH (đến hạn trong tháng), ALL")
    TaskQueries.Page list(@RequestParam(defaultValue = "MINE") String view, @Parameter(description = "Nội dung, đơn vị chủ trì (không cần dấu)") @RequestParam(required = false) String q,
                          @RequestParam(required = false) String status, @RequestParam(required = false) Long planId,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.list(new TaskQueries.Filter(view, q, status, planId), page, size);
    }

    @PostMapping("/plans")
    @Operation(summary = "Ban hành kế hoạch / chương trình hành động (số, ngày dd/MM/yyyy, đơn vị ban hành, trích yếu, loại, văn bản căn cứ)")
    ActionPlan create(@RequestBody PlanInput input) {
        return plans.get(plans.create(input));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "Một kế hoạch với các nhiệm vụ, tiến độ và tình hình ở các đơn vị đã cụ thể hóa")
    Map<String, Object> plan(@PathVariable long id) {
        return Map.of("plan", plans.get(id), "tasks", plans.tasks(id), "progress", queries.progress(id),
                "copies", copies.copiesOf(id, work.today()));
    }

    @PostMapping("/plans/{id}/tasks")
    @Operation(summary = "Thêm một nhiệm vụ (số TT, nội dung, chủ trì, phối hợp, thời gian hoàn thành như văn bản viết, sản phẩm, thẩm quyền)")
    PlanTask addTask(@PathVariable long id, @RequestBody TaskInput input) {
        return work.get(plans.addTask(id, input));
    }

    @PostMapping(value = "/plans/{id}/import", consumes = "multipart/form-data")
    @Operation(summary = "Nhập phụ lục nhiệm vụ từ XLSX: commit=false chỉ kiểm tra; commit=true ghi tất cả hoặc không ghi gì (lỗi nêu dòng, cột)")
    TaskImport.Preview importTasks(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                   @RequestParam(defaultValue = "false") boolean commit) throws IOException {
        return imports.run(id, file.getOriginalFilename(), file.getBytes(), commit);
    }

    @PostMapping("/plans/{id}/copy")
    @Operation(summary = "Cụ thể hóa kế hoạch cấp trên thành kế hoạch của đơn vị (giữ liên kết từng nhiệm vụ với nhiệm vụ gốc)")
    ActionPlan copy(@PathVariable long id, @RequestBody PlanCopies.CopyInput input) {
        return plans.get(copies.copy(id, input));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một nhiệm vụ với các báo cáo tiến độ và sản phẩm")
    Map<String, Object> task(@PathVariable long id) {
        return Map.of("task", work.get(id), "reports", work.reports(id));
    }

    @PostMapping(value = "/{id}/reports", consumes = "multipart/form-data")
    @Operation(summary = "Báo cáo tiến độ (product=false) hoặc nộp sản phẩm (product=true: cần tệp hoặc số hiệu văn bản); tệp PDF/DOCX/XLSX/JPEG/PNG ≤ 10 MB")
    PlanTask report(@PathVariable long id, @RequestParam(required = false) Integer percent, @RequestParam(required = false) String text,
                    @RequestParam(defaultValue = "false") boolean product, @RequestParam(required = false) String documentRef,
                    @RequestParam(required = false) Integer version, @RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
        return work.report(id, new TaskWork.ReportInput(percent, text, product, documentRef, version),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Nghiệm thu sản phẩm (chỉ cấp có thẩm quyền; không nghiệm thu sản phẩm do chính mình nộp)")
    PlanTask accept(@PathVariable long id, @RequestBody Map<String, Integer> body) {
        return work.accept(id, body.getOrDefault("version", -1));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Trả lại sản phẩm, phải nêu lý do")
    PlanTask returnTask(@PathVariable long id, @RequestBody Map<String, Object> body) {
        return work.returnTask(id, ((Number) body.getOrDefault("version", -1)).intValue(), (String) body.get("reason"));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy nhiệm vụ (cơ quan ban hành), phải nêu lý do")
    PlanTask cancel(@PathVariable long id, @RequestBody Map<String, Object> body) {
        return work.cancel(id, ((Number) body.getOrDefault("version", -1)).intValue(), (String) body.get("reason"));
    }

    @GetMapping("/rollup")
    @Operation(summary = "Tổng hợp theo đơn vị trực thuộc (tỉnh → xã): số nhiệm vụ, đã hoàn thành, chờ nghiệm thu, quá hạn")
    List<TaskQueries.UnitRow> rollup(@RequestParam(required = false) Long unitId) {
        return queries.rollup(unitId);
    }
}
