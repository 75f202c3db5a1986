package vn.boiduong.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ý kiến học viên", description = "Học viên góp ý về lớp (cấp độ 1) và kết quả học tập (cấp độ 2), theo lớp và cơ sở đào tạo")
class FeedbackApi {

    record Created(long id) {
    }

    private final FeedbackSubmission submission;
    private final FeedbackQueries queries;

    FeedbackApi(FeedbackSubmission submission, FeedbackQueries queries) {
        this.submission = submission;
        this.queries = queries;
    }

    @GetMapping("/api/me/feedback")
    @Operation(summary = "Các lớp của tôi: chờ góp ý, đã góp ý, hết hạn")
    List<MyFeedbackItem> mine() {
        return submission.mine();
    }

    @PostMapping("/api/me/feedback/{enrollmentId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gửi ý kiến về một lớp (chỉ học viên của lượt ghi danh đó, một lần, trong thời hạn góp ý)")
    Created submit(@PathVariable long enrollmentId, @RequestBody(required = false) FeedbackInput input) {
        return new Created(submission.submit(enrollmentId, input));
    }

    @GetMapping("/api/evaluations/feedback/classes")
    @Operation(summary = "Kết quả góp ý theo lớp trong phạm vi (lớp tổ chức trong hoặc trên đơn vị; cơ sở đào tạo: lớp của mình)")
    List<ClassFeedbackSummary> classes(@RequestParam(required = false) Integer year) {
        return queries.classes(year);
    }

    @GetMapping("/api/evaluations/feedback/classes/{classId}")
    @Operation(summary = "Kết quả góp ý của một lớp, kèm nhận xét không ghi tên")
    ClassFeedbackDetail ofClass(@PathVariable long classId) {
        return queries.ofClass(classId);
    }

    @GetMapping("/api/evaluations/feedback/providers")
    @Operation(summary = "Kết quả góp ý theo cơ sở đào tạo, bồi dưỡng (mọi lớp của cơ sở trong phạm vi)")
    List<ProviderFeedbackSummary> providers(@RequestParam(required = false) Integer year) {
        return queries.providers(year);
    }
}
