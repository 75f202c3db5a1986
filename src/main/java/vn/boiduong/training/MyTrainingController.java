package vn.boiduong.training;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trainee's own page (khóa học của tôi): classes, and reporting a result with the certificate scan; phone-sized. */
@Controller
class MyTrainingController {

    private final Enrollments enrollments;
    private final Results results;
    private final TrainingQueries queries;
    private final TrainingAccess access;
    private final ResultFollowUp followUp;

    MyTrainingController(Enrollments enrollments, Results results, TrainingQueries queries, TrainingAccess access,
                         ResultFollowUp followUp) {
        this.followUp = followUp;
        this.enrollments = enrollments;
        this.results = results;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/me/training")
    String mine(Model model) {
        Long personId = access.me().personId();
        access.require(personId != null);
        model.addAttribute("items", queries.history(personId));
        model.addAttribute("today", java.time.LocalDate.now(vn.boiduong.shared.ClockConfiguration.VIETNAM));
        return "training/mine";
    }

    @PostMapping("/me/training/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String certificateNo,
                  @RequestParam(required = false) String certificateDate, @RequestParam(required = false) String note,
                  @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return TrainingForms.run(redirect, "/me/training", () -> results.selfReport(id, certificateNo, certificateDate, note, name, content));
    }

    /** A person's training history on their file (a fragment of the person's page). */
    @GetMapping("/people/{id}/training")
    String history(@PathVariable long id, Model model) {
        enrollments.ofPerson(id);
        model.addAttribute("items", queries.history(id));
        return "training/history :: panel";
    }

    /** Trainees' reports waiting for the unit's check, and trainees who have not reported in time. */
    @GetMapping("/results/pending")
    String pending(Model model) {
        model.addAttribute("pending", queries.awaitingVerification());
        model.addAttribute("late", queries.lateReports());
        return "training/pending";
    }

    /** Both lists of the page as an Excel sheet. */
    @GetMapping("/results/pending.xlsx")
    void pendingSheet(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        followUp.requireAllowed();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"bao-cao-ket-qua.xlsx\"");
        followUp.export(response.getOutputStream());
    }

    /** Reminds every late trainee of the scope now (at most once a day each). */
    @PostMapping("/results/pending/remind")
    String remind(@RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        followUp.requireAllowed();
        if (!"true".equals(confirm)) {
            throw new vn.boiduong.shared.Problems.InvalidInput("confirm", "validation.required");
        }
        ResultFollowUp.Reminded done = followUp.remindLate();
        redirect.addFlashAttribute("reminded", done);
        return "redirect:/results/pending";
    }
}
