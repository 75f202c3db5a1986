package vn.boiduong.training;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.shared.Problems;

/** Actions on one trainee of a class (approve with the continuity check, reject, withdraw, result, verify) and the results sheet. */
@Controller
class EnrollmentController {

    private final Enrollments enrollments;
    private final Results results;
    private final Classes classes;
    private final ExportAudit exports;

    EnrollmentController(Enrollments enrollments, Results results, Classes classes, ExportAudit exports) {
        this.exports = exports;
        this.enrollments = enrollments;
        this.results = results;
        this.classes = classes;
    }

    @PostMapping("/enrollments/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "false") boolean override,
                   @RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
        long classId = enrollments.get(id).classId();
        try {
            return TrainingForms.run(redirect, "/classes/" + classId + "#enrollment-" + id,
                    () -> enrollments.approve(id, override, overrideReason));
        } catch (Enrollments.ContinuityBlocked blocked) {
            redirect.addFlashAttribute("blockedId", id);
            redirect.addFlashAttribute("blockedKeys", blocked.messageKeys());
            redirect.addFlashAttribute("blockedArgs", blocked.arguments());
            return "redirect:/classes/" + classId + "#enrollment-" + id;
        }
    }

    @PostMapping("/enrollments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        long classId = enrollments.get(id).classId();
        return TrainingForms.run(redirect, "/classes/" + classId, () -> enrollments.reject(id, reason));
    }

    @PostMapping("/enrollments/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String back, RedirectAttributes redirect) {
        long classId = enrollments.get(id).classId();
        return TrainingForms.run(redirect, "me".equals(back) ? "/me/training" : "/classes/" + classId,
                () -> enrollments.withdraw(id, reason));
    }

    @PostMapping("/enrollments/{id}/result")
    String result(@PathVariable long id, @RequestParam(required = false) String sessionsAttended,
                  @RequestParam(required = false) String grade, @RequestParam(required = false) String certificateNo,
                  @RequestParam(required = false) String certificateDate, RedirectAttributes redirect) {
        long classId = enrollments.get(id).classId();
        return TrainingForms.run(redirect, "/classes/" + classId + "#results",
                () -> results.record(id, sessionsAttended, grade, certificateNo, certificateDate));
    }

    @PostMapping("/enrollments/{id}/verify")
    String verify(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        long classId = enrollments.get(id).classId();
        return TrainingForms.run(redirect, "pending".equals(back) ? "/results/pending" : "/classes/" + classId,
                () -> results.verify(id, accept, reason));
    }

    @GetMapping("/enrollments/{id}/evidence")
    void evidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        Evidence.Checked file = results.evidence(id);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "inline; filename=\"chung-chi-" + id + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }

    @PostMapping("/classes/{id}/start")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/classes/" + id, () -> results.start(id));
    }

    @PostMapping("/classes/{id}/finish")
    String finish(@PathVariable long id, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/classes/" + id, () -> results.finish(id));
    }

    @GetMapping("/classes/{id}/results.xlsx")
    void sheet(@PathVariable long id, HttpServletResponse response) throws IOException {
        TrainingClass c = classes.get(id);
        List<Enrollment> trainees = enrollments.ofClass(id).stream().filter(Enrollment::holdsSeat).toList();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"ket-qua-" + c.code() + ".xlsx\"");
        exports.exported("enrollment", c.organiserPath(), trainees.size(), "classId", id);
        ResultSheet.write(response.getOutputStream(), c, trainees);
    }

    @PostMapping("/classes/{id}/results")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        try {
            int n = results.importResults(id, content);
            redirect.addFlashAttribute("imported", n);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/classes/" + id + "#results";
    }
}
