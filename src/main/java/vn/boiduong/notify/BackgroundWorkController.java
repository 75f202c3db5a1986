package vn.boiduong.notify;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The administrators' view of background work: page {@code /admin/jobs} and {@code GET /api/admin/jobs}. */
@Controller
class BackgroundWorkController {

    private final BackgroundWork work;

    BackgroundWorkController(BackgroundWork work) {
        this.work = work;
    }

    @GetMapping("/admin/jobs")
    String page(@RequestParam(defaultValue = "false") boolean problems, Model model) {
        model.addAttribute("summary", work.summary());
        model.addAttribute("jobs", work.jobs(problems));
        model.addAttribute("onlyProblems", problems);
        return "notify/jobs";
    }

    @GetMapping("/api/admin/jobs")
    @ResponseBody
    @Operation(summary = "Công việc nền của mọi nút (định kỳ, tính lại sau thay đổi): đang chờ, đang chạy, lỗi; quản trị cấp quốc gia")
    List<BackgroundWork.Job> api(@RequestParam(defaultValue = "false") boolean problems) {
        return work.jobs(problems);
    }
}
