package vn.boiduong.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

@RestController
@RequestMapping("/api")
@Tag(name = "Bồi dưỡng", description = "Kế hoạch, lớp, cử đi học, quyết định, kết quả học tập")
class TrainingApi {

    record Created(long id) {
    }

    record YearBody(int year) {
    }

    record VersionBody(int version, String reason) {
    }

    record LineBody(String programCode, Integer people, Integer classes, Integer quarter, Long estimatedCost, String note) {
    }

    record ProposalBody(List<Long> personIds, String note) {
    }

    record ApprovalBody(Boolean override, String overrideReason) {
    }

    record ReasonBody(String reason) {
    }

    record ResultBody(String sessionsAttended, String grade, String certificateNo, String certificateDate) {
    }

    record VerifyBody(Boolean accept, String reason) {
    }

    record ContinuityBody(int minPresentPercent, List<String> singleHolderPositions, int version) {
    }

    record PlanView(TrainingPlan plan, List<TrainingPlan.Line> lines, List<Plans.ChildStatus> children) {
    }

    private final Plans plans;
    private final Classes classes;
    private final Enrollments enrollments;
    private final Results results;
    private final Decisions decisions;
    private final TrainingQueries queries;
    private final Continuity continuity;
    private final TrainingAccess access;
    private final MessageSource messages;

    TrainingApi(Plans plans, Classes classes, Enrollments enrollments, Results results, Decisions decisions,
                TrainingQueries queries, Continuity continuity, TrainingAccess access, MessageSource messages) {
        this.plans = plans;
        this.classes = classes;
        this.enrollments = enrollments;
        this.results = results;
        this.decisions = decisions;
        this.queries = queries;
        this.continuity = continuity;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/plans")
    @Operation(summary = "Kế hoạch bồi dưỡng trong phạm vi (lọc theo năm, trạng thái, cấp)")
    List<TrainingPlan> plans(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                             @RequestParam(required = false) String level) {
        return plans.list(year, status, level);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập kế hoạch năm của đơn vị mình (hạn nộp theo cấp)")
    Created createPlan(@RequestBody YearBody body) {
        return new Created(plans.create(body.year()));
    }

    @GetMapping("/plans/{id}")
    PlanView plan(@PathVariable long id) {
        return new PlanView(plans.get(id), plans.lines(id), plans.childStatus(id));
    }

    @PostMapping("/plans/{id}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    Created addLine(@PathVariable long id, @RequestBody LineBody b) {
        return new Created(plans.addLine(id, b.programCode(), b.people() == null ? 0 : b.people(), b.classes() == null ? 0 : b.classes(),
                b.quarter(), b.estimatedCost() == null ? 0 : b.estimatedCost(), b.note()));
    }

    @DeleteMapping("/plans/{id}/lines/{lineId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeLine(@PathVariable long id, @PathVariable long lineId) {
        plans.removeLine(id, lineId);
    }

    @PostMapping("/plans/{id}/fill-gaps")
    @Operation(summary = "Lấy nhu cầu từ danh sách cần bồi dưỡng (thiếu gì bồi dưỡng nấy)")
    Map<String, Integer> fill(@PathVariable long id) {
        return Map.of("people", plans.fillFromGaps(id));
    }

    @PostMapping("/plans/{id}/consolidate")
    @Operation(summary = "Tổng hợp kế hoạch đã duyệt của các đơn vị trực thuộc")
    Map<String, Integer> consolidate(@PathVariable long id) {
        return Map.of("approvedPlans", plans.consolidate(id));
    }

    @PostMapping("/plans/{id}/submit")
    void submit(@PathVariable long id, @RequestBody VersionBody b) {
        plans.submit(id, b.version());
    }

    @PostMapping("/plans/{id}/approve")
    void approvePlan(@PathVariable long id, @RequestBody VersionBody b) {
        plans.approve(id, b.version());
    }

    @PostMapping("/plans/{id}/return")
    @Operation(summary = "Trả lại kế hoạch, nêu lý do")
    void returnPlan(@PathVariable long id, @RequestBody VersionBody b) {
        plans.returnPlan(id, b.version(), b.reason());
    }

    @GetMapping("/classes")
    Classes.Page classes(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
                         @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return classes.list(year, program, status, q, page, size);
    }

    @PostMapping("/classes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở lớp do đơn vị mình tổ chức")
    Created createClass(@RequestBody ClassInput input) {
        return new Created(classes.create(input));
    }

    @GetMapping("/classes/{id}")
    TrainingClass getClass(@PathVariable long id) {
        return classes.get(id);
    }

    @PutMapping("/classes/{id}")
    void updateClass(@PathVariable long id, @RequestParam int version, @RequestBody ClassInput input) {
        classes.update(id, input, version);
    }

    @PostMapping("/classes/{id}/cancel")
    void cancelClass(@PathVariable long id, @RequestBody ReasonBody b) {
        classes.cancel(id, b.reason());
    }

    @GetMapping("/classes/{id}/enrollments")
    List<Enrollment> enrollments(@PathVariable long id) {
        return enrollments.ofClass(id);
    }

    @PostMapping("/classes/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đề xuất cử người đi học (thủ trưởng đơn vị, cán bộ xã)")
    List<Long> propose(@PathVariable long id, @RequestBody ProposalBody b) {
        return enrollments.propose(id, b.personIds(), b.note());
    }

    @PostMapping("/enrollments/{id}/approve")
    @Operation(summary = "Phê duyệt; 409 nếu ảnh hưởng hoạt động cơ quan (gửi override=true kèm lý do để vẫn duyệt)")
    Enrollment approve(@PathVariable long id, @RequestBody ApprovalBody b) {
        return enrollments.approve(id, Boolean.TRUE.equals(b.override()), b.overrideReason());
    }

    @PostMapping("/enrollments/{id}/reject")
    void reject(@PathVariable long id, @RequestBody ReasonBody b) {
        enrollments.reject(id, b.reason());
    }

    @PostMapping("/enrollments/{id}/withdraw")
    void withdraw(@PathVariable long id, @RequestBody ReasonBody b) {
        enrollments.withdraw(id, b.reason());
    }

    @PostMapping("/classes/{id}/start")
    Map<String, Integer> start(@PathVariable long id) {
        return Map.of("attending", results.start(id));
    }

    @PostMapping("/classes/{id}/finish")
    void finish(@PathVariable long id) {
        results.finish(id);
    }

    @PostMapping("/enrollments/{id}/result")
    @Operation(summary = "Ghi kết quả (cơ sở đào tạo, đơn vị tổ chức): đạt khi dự đủ buổi và điểm ≥ 5")
    Enrollment result(@PathVariable long id, @RequestBody ResultBody b) {
        return results.record(id, b.sessionsAttended(), b.grade(), b.certificateNo(), b.certificateDate());
    }

    @PostMapping(value = "/classes/{id}/results", consumes = "multipart/form-data")
    @Operation(summary = "Nhập kết quả cả lớp từ tệp XLSX (tất cả hoặc không)")
    Map<String, Integer> importResults(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("recorded", results.importResults(id, file.getBytes()));
    }

    @PostMapping("/enrollments/{id}/verify")
    void verify(@PathVariable long id, @RequestBody VerifyBody b) {
        results.verify(id, Boolean.TRUE.equals(b.accept()), b.reason());
    }

    @PostMapping("/classes/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập quyết định cử đi bồi dưỡng (DOCX, PDF) cho người đã duyệt; tải tại /decisions/{id}.docx|.pdf")
    Created issue(@PathVariable long id, @RequestBody Decisions.DecisionInput input) {
        return new Created(decisions.issue(id, input));
    }

    @GetMapping("/classes/{id}/decisions")
    List<Decisions.Issued> decisionsOf(@PathVariable long id) {
        return decisions.ofClass(id);
    }

    @GetMapping("/me/training")
    @Operation(summary = "Khóa học của tôi")
    List<TrainingQueries.HistoryItem> mine() {
        Long personId = access.me().personId();
        access.require(personId != null);
        return queries.history(personId);
    }

    @PostMapping(value = "/me/training/{id}/report", consumes = "multipart/form-data")
    @Operation(summary = "Học viên tự báo cáo kết quả, kèm bản chụp chứng chỉ (PDF/JPEG/PNG ≤ 5 MB)")
    void report(@PathVariable long id, @RequestParam(required = false) String certificateNo,
                @RequestParam(required = false) String certificateDate, @RequestParam(required = false) String note,
                @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        results.selfReport(id, certificateNo, certificateDate, note, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
    }

    @GetMapping("/people/{id}/training")
    List<TrainingQueries.HistoryItem> history(@PathVariable long id) {
        return queries.history(id);
    }

    @GetMapping("/results/pending")
    List<TrainingQueries.HistoryItem> pending() {
        return queries.awaitingVerification();
    }

    @GetMapping("/results/late")
    @Operation(summary = "Học viên chưa báo cáo kết quả quá hạn")
    List<TrainingQueries.HistoryItem> late() {
        return queries.lateReports();
    }

    @GetMapping("/units/{id}/continuity")
    Continuity.Settings continuity(@PathVariable long id) {
        return continuity.settings(id);
    }

    @PutMapping("/units/{id}/continuity")
    void changeContinuity(@PathVariable long id, @RequestBody ContinuityBody b) {
        continuity.change(id, b.minPresentPercent(), b.singleHolderPositions(), b.version());
    }

    @ExceptionHandler(Enrollments.ContinuityBlocked.class)
    ResponseEntity<ProblemDetail> blocked(Enrollments.ContinuityBlocked e, HttpServletRequest request) {
        var locale = RequestContextUtils.getLocale(request);
        String title = messages.getMessage("training.continuity.blocked", null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, title);
        problem.setTitle(title);
        problem.setType(URI.create("urn:boiduong:training.continuity.blocked"));
        List<String> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < e.messageKeys().size(); i++) {
            reasons.add(messages.getMessage(e.messageKeys().get(i), e.arguments().get(i), locale));
        }
        problem.setProperty("violations", reasons);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
