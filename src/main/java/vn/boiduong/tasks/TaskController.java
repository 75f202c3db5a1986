package vn.boiduong.tasks;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Pages of tasks: my unit's, overdue, due this month (with export); one task with its reports, product and acceptance. */
@Controller
class TaskController {

    private final TaskQueries queries;
    private final TaskWork work;
    private final ActionPlanController plans;
    private final MessageSource messages;

    TaskController(TaskQueries queries, TaskWork work, ActionPlanController plans, MessageSource messages) {
        this.queries = queries;
        this.work = work;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(defaultValue = "MINE") String view, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) Long planId,
                @RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        String v = view.toUpperCase(Locale.ROOT);
        model.addAttribute("list", queries.list(new TaskQueries.Filter(v, q, status, planId), page, 50));
        model.addAttribute("filter", new TaskQueries.Filter(v, q, status, planId));
        model.addAttribute("views", TaskQueries.VIEWS);
        model.addAttribute("statuses", TaskRules.Status.values());
        return "results".equals(target) ? "tasks/list :: results" : "tasks/list";
    }

    @GetMapping("/tasks/export.xlsx")
    void export(@RequestParam(defaultValue = "MINE") String view, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) Long planId, HttpServletResponse response) throws IOException {
        var list = queries.list(new TaskQueries.Filter(view, q, status, planId), 0, 5_000);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"nhiem-vu.xlsx\"");
        TaskSheets.export(response.getOutputStream(), text("tasks.xlsx.title"), list.items(),
                List.of(text("tasks.col.plan"), text("tasks.col.dueOn"), text("tasks.col.status"), text("tasks.col.progress")),
                t -> new String[] {t.planNumber(), Dates.format(t.dueOn()), text("tasks.status." + t.status()) + (t.overdue() ? " — " + text("tasks.overdue") : ""),
                        t.progress() + "%"});
    }

    @GetMapping("/tasks/{id}")
    String view(@PathVariable long id, Model model) {
        PlanTask t = work.get(id);
        model.addAttribute("t", t);
        model.addAttribute("reports", work.reports(id));
        model.addAttribute("canReport", work.canReport(t, false) && TaskRules.OPEN.contains(TaskRules.Status.valueOf(t.status())));
        model.addAttribute("canSubmit", work.canReport(t, true) && TaskRules.OPEN.contains(TaskRules.Status.valueOf(t.status())));
        model.addAttribute("isAuthority", work.isAuthority(t) && "SUBMITTED".equals(t.status()));
        model.addAttribute("canCancel", work.canCancel(t));
        return "tasks/task";
    }

    @PostMapping("/tasks/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) Integer percent, @RequestParam(required = false) String text,
                  @RequestParam(defaultValue = "false") boolean product, @RequestParam(required = false) String documentRef,
                  @RequestParam(required = false) Integer version, @RequestParam(value = "file", required = false) MultipartFile file,
                  Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            work.report(id, new TaskWork.ReportInput(percent, text, product, documentRef, version),
                    file == null || file.isEmpty() ? null : file.getOriginalFilename(), file == null || file.isEmpty() ? null : file.getBytes());
            redirect.addFlashAttribute("done", product ? "submitted" : "reported");
            return "redirect:/tasks/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute(ActionPlanController.PROBLEMS, plans.texts(e.problems(), locale));
            return view(id, model);
        }
    }

    @PostMapping("/tasks/{id}/decide")
    String decide(@PathVariable long id, @RequestParam String action, @RequestParam int version, @RequestParam(required = false) String reason,
                  Model model, Locale locale, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "accept" -> work.accept(id, version);
                case "return" -> work.returnTask(id, version, reason);
                case "cancel" -> work.cancel(id, version, reason);
                default -> throw new Problems.InvalidInput("action", "tasks.error.action");
            }
            redirect.addFlashAttribute("done", action);
            return "redirect:/tasks/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute(ActionPlanController.PROBLEMS, plans.texts(e.problems(), locale));
            return view(id, model);
        }
    }

    @GetMapping("/tasks/files/{id}")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        Object[] f = work.file(id);
        response.setContentType((String) f[1]);
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write((byte[]) f[2]);
    }

    private String text(String key) {
        return messages.getMessage(key, null, VietnameseText.VI);
    }
}
