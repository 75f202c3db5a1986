package vn.boiduong.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.shared.Problems;

/** Pages of class feedback: the trainee's form (phone-sized), results per class and provider, the class's spreadsheet. */
@Controller
class FeedbackController {

    private final FeedbackSubmission submission;
    private final FeedbackQueries queries;
    private final MessageSource messages;
    private final ExportAudit exports;

    FeedbackController(FeedbackSubmission submission, FeedbackQueries queries, MessageSource messages, ExportAudit exports) {
        this.exports = exports;
        this.submission = submission;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/me/feedback")
    String mine(Model model) {
        model.addAttribute("items", submission.mine());
        model.addAttribute("scores", java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList());
        model.addAttribute("criteria", FeedbackRules.CRITERIA);
        return "evaluation/feedback-mine";
    }

    @PostMapping("/me/feedback/{enrollmentId}")
    String submit(@PathVariable long enrollmentId, @RequestParam(required = false) String content,
                  @RequestParam(required = false) String lecturers, @RequestParam(required = false) String organisation,
                  @RequestParam(required = false) String usefulness, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        FeedbackInput input = new FeedbackInput(content, lecturers, organisation, usefulness, comment);
        try {
            submission.submit(enrollmentId, input);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("failed", enrollmentId);
            var values = new java.util.HashMap<String, String>();
            values.put("content", content);
            values.put("lecturers", lecturers);
            values.put("organisation", organisation);
            values.put("usefulness", usefulness);
            values.put("comment", comment);
            redirect.addFlashAttribute("input", values);
        }
        return "redirect:/me/feedback";
    }

    @GetMapping("/evaluations/feedback")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("classes", queries.classes(year));
        model.addAttribute("providers", queries.providers(year));
        model.addAttribute("year", year);
        model.addAttribute("criteria", FeedbackRules.CRITERIA);
        return "evaluation/feedback-list";
    }

    @GetMapping("/evaluations/feedback/classes/{classId}")
    String ofClass(@PathVariable long classId, Model model) {
        model.addAttribute("detail", queries.ofClass(classId));
        return "evaluation/feedback-class";
    }

    @GetMapping("/evaluations/feedback/classes/{classId}/feedback.xlsx")
    void sheet(@PathVariable long classId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ClassFeedbackDetail detail = queries.ofClass(classId);
        var answers = queries.answers(classId);
        Locale locale = RequestContextUtils.getLocale(request);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"y-kien-hoc-vien-"
                + detail.summary().classCode().replaceAll("[^A-Za-z0-9_-]", "-") + ".xlsx\"");
        exports.exported("class_feedback", null, answers.size(), "classId", classId);
        FeedbackSheet.write(response.getOutputStream(), detail, answers, key -> messages.getMessage(key, null, key, locale));
    }
}
