package vn.boiduong.tasks;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/** Pages of plans: the list, a new plan, a plan with its tasks and progress, adding a task, import, copy, roll-up. */
@Controller
class ActionPlanController {

    private static final String IMPORT_KEY = "tasks.import.";
    /** Problems as shown texts; not "problems", which the layout reads as field problems. */
    static final String PROBLEMS = "taskProblems";

    private final ActionPlans plans;
    private final PlanCopies copies;
    private final TaskImport imports;
    private final TaskQueries queries;
    private final TaskStore store;
    private final AccessPolicy access;
    private final MessageSource messages;

    ActionPlanController(ActionPlans plans, PlanCopies copies, TaskImport imports, TaskQueries queries, TaskStore store, AccessPolicy access,
                   MessageSource messages) {
        this.plans = plans;
        this.copies = copies;
        this.imports = imports;
        this.queries = queries;
        this.store = store;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/tasks/plans")
    String list(Model model) {
        access.require(Permission.TASK_READ);
        model.addAttribute("plans", store.visiblePlans(access.scopePath()));
        model.addAttribute("canWrite", access.can(Permission.TASK_WRITE));
        model.addAttribute("kinds", ActionPlans.KINDS.stream().sorted().toList());
        model.addAttribute("unitId", access.currentUser().orgUnitId());
        return "tasks/plans";
    }

    @PostMapping("/tasks/plans")
    String create(PlanForm form, Model model, Locale locale) {
        try {
            return "redirect:/tasks/plans/" + plans.create(form.input(access.currentUser().orgUnitId()));
        } catch (Problems.InvalidInput e) {
            model.addAttribute(PROBLEMS, texts(e.problems(), locale));
            model.addAttribute("form", form);
            return list(model);
        }
    }

    /** The new-plan form as typed (one source document). */
    record PlanForm(String number, String issuedOn, String title, String kind, String sourceNumber, String sourceDate, String sourceTitle) {
        PlanInput input(long unitId) {
            return new PlanInput(number, issuedOn, unitId, title, kind, List.of(new PlanInput.SourceRef(sourceNumber, sourceDate, sourceTitle)));
        }
    }

    @GetMapping("/tasks/plans/{id}")
    String view(@PathVariable long id, Model model) {
        ActionPlan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", plans.tasks(id));
        model.addAttribute("progress", queries.progress(id));
        var copiesList = copies.copiesOf(id, java.time.LocalDate.now());
        model.addAttribute("copies", copiesList.stream().collect(java.util.stream.Collectors.groupingBy(PlanCopies.CopyStatus::sourceTaskId)));
        model.addAttribute("canWrite", plans.canWrite(plan));
        boolean below = !access.currentUser().scopePath().equals(plan.issuerPath()) && access.currentUser().scopePath().startsWith(plan.issuerPath());
        model.addAttribute("canCopy", below && access.can(Permission.TASK_WRITE));
        model.addAttribute("units", access.can(Permission.TASK_WRITE) ? store.unitsUnder(access.scopePath()) : List.of());
        return "tasks/plan";
    }

    @PostMapping("/tasks/plans/{id}/tasks")
    String addTask(@PathVariable long id, TaskInput input, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            plans.addTask(id, input);
            redirect.addFlashAttribute("done", "taskAdded");
            return "redirect:/tasks/plans/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute(PROBLEMS, texts(e.problems(), locale));
            model.addAttribute("taskForm", input);
            return view(id, model);
        }
    }

    @PostMapping("/tasks/plans/{id}/copy")
    String copy(@PathVariable long id, PlanCopies.CopyInput input, Model model, Locale locale) {
        try {
            PlanCopies.CopyInput in = new PlanCopies.CopyInput(access.currentUser().orgUnitId(), input.number(), input.issuedOn(), input.title(),
                    input.defaultLeadUnitId());
            return "redirect:/tasks/plans/" + copies.copy(id, in);
        } catch (Problems.InvalidInput e) {
            model.addAttribute(PROBLEMS, texts(e.problems(), locale));
            return view(id, model);
        }
    }

    @GetMapping("/tasks/plans/{id}/import")
    String importForm(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.writable(id));
        return "tasks/import";
    }

    @PostMapping("/tasks/plans/{id}/import")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, HttpSession session, Model model, Locale locale) throws IOException {
        model.addAttribute("plan", plans.writable(id));
        try {
            TaskImport.Preview preview = imports.run(id, file.getOriginalFilename(), file.getBytes(), false);
            model.addAttribute("preview", preview);
            model.addAttribute(PROBLEMS, texts(preview.problems(), locale));
            if (preview.problems().isEmpty()) {
                session.setAttribute(IMPORT_KEY + id, new Object[] {file.getOriginalFilename(), file.getBytes()});
            } else {
                session.removeAttribute(IMPORT_KEY + id); // a file checked earlier is not the one the officer now sees
            }
        } catch (Problems.InvalidInput e) {
            session.removeAttribute(IMPORT_KEY + id);
            model.addAttribute(PROBLEMS, texts(e.problems(), locale));
        }
        return "tasks/import";
    }

    @PostMapping("/tasks/plans/{id}/import/commit")
    String commit(@PathVariable long id, HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        plans.writable(id);
        Object[] kept = (Object[]) session.getAttribute(IMPORT_KEY + id);
        if (kept == null) {
            return "redirect:/tasks/plans/" + id + "/import";
        }
        try {
            TaskImport.Preview done = imports.run(id, (String) kept[0], (byte[]) kept[1], true);
            session.removeAttribute(IMPORT_KEY + id);
            redirect.addFlashAttribute("imported", done.stored());
            return "redirect:/tasks/plans/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute("plan", plans.writable(id));
            model.addAttribute(PROBLEMS, texts(e.problems(), locale));
            return "tasks/import";
        }
    }

    @GetMapping("/tasks/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"mau-phu-luc-nhiem-vu.xlsx\"");
        TaskSheets.template(response.getOutputStream());
    }

    @GetMapping("/tasks/rollup")
    String rollup(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("rows", queries.rollup(unitId));
        model.addAttribute("unitId", unitId);
        return "tasks/rollup";
    }

    /** The plan's whole table as its readers see it (headings included), in the appendix's columns so it can be imported again. */
    @GetMapping("/tasks/plans/{id}/export.xlsx")
    void planExport(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        ActionPlan plan = plans.get(id);
        List<PlanTask> tasks = plans.tasks(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"ke-hoach-" + plan.id() + ".xlsx\"");
        String overdue = messages.getMessage("tasks.overdue", null, locale);
        TaskSheets.export(response.getOutputStream(), plan.number() + " — " + plan.title(), tasks,
                List.of("tasks.col.dueOn", "tasks.col.status", "tasks.col.progress").stream().map(k -> messages.getMessage(k, null, locale)).toList(),
                t -> t.heading() ? new String[] {"", "", ""} : new String[] {Dates.format(t.dueOn()),
                        messages.getMessage("tasks.status." + t.status(), null, locale) + (t.overdue() ? " — " + overdue : ""), t.progress() + "%"});
    }

    @GetMapping("/tasks/rollup/export.xlsx")
    void rollupExport(@RequestParam(required = false) Long unitId, HttpServletResponse response, Locale locale) throws IOException {
        List<TaskQueries.UnitRow> rows = queries.rollup(unitId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"tong-hop-nhiem-vu.xlsx\"");
        TaskSheets.rollup(response.getOutputStream(), messages.getMessage("tasks.rollup", null, locale), rows,
                List.of("tasks.rollup.unit", "tasks.progress.total", "tasks.progress.done", "tasks.status.SUBMITTED", "tasks.progress.overdue")
                        .stream().map(k -> messages.getMessage(k, null, locale)).toList());
    }

    List<String> texts(List<Problems.FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> (p.field() == null ? "" : label(p.field(), locale) + ": ")
                + messages.getMessage(p.code(), p.args(), p.code(), locale)).toList();
    }

    private String label(String field, Locale locale) {
        // "file" of an import is the spreadsheet, not an attachment: the short label
        return messages.getMessage("tasks.field." + ("file".equals(field) ? "file.label" : field), null, field, locale);
    }
}
