package vn.boiduong.training;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.people.People;
import vn.boiduong.people.PersonQuery;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.standards.GapQueries;

/** Classes in the browser: list, open/edit, the class page with proposals, approvals, decisions and results. */
@Controller
class ClassController {

    private final Classes classes;
    private final Enrollments enrollments;
    private final Decisions decisions;
    private final Plans plans;
    private final People people;
    private final GapQueries gaps;
    private final TrainingAccess access;
    private final TrainingSheets sheets;

    ClassController(TrainingSheets sheets, Classes classes, Enrollments enrollments, Decisions decisions, Plans plans, People people, GapQueries gaps,
                    TrainingAccess access) {
        this.classes = classes;
        this.enrollments = enrollments;
        this.decisions = decisions;
        this.plans = plans;
        this.people = people;
        this.gaps = gaps;
        this.access = access;
        this.sheets = sheets;
    }

    @GetMapping("/classes/export.xlsx")
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
                @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        Classes.Page page = classes.list(year, program, status, q, 0, 500);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"lop-boi-duong.xlsx\"");
        sheets.classes(response.getOutputStream(), page.items());
    }

    @GetMapping("/classes")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
                @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) String show, @RequestParam(defaultValue = "0") int page, Model model) {
        String waiting = "proposals".equals(show) || "results".equals(show) ? show : null;
        model.addAttribute("classes", classes.list(year, program, status, q, waiting, page, 50));
        model.addAttribute("show", waiting);
        model.addAttribute("canFollowResults", access.me().role().has(Permission.RESULT_VERIFY));
        model.addAttribute("showProposals", access.me().role().has(Permission.ENROLL_APPROVE));
        model.addAttribute("showResults", access.me().role().has(Permission.CLASSES_OWN) || access.me().role().has(Permission.CLASS_MANAGE));
        model.addAttribute("programs", classes.programs());
        model.addAttribute("year", year);
        model.addAttribute("program", program);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", ClassRules.STATUSES);
        model.addAttribute("canCreate", access.me().role().has(Permission.CLASS_MANAGE));
        return "training/classes";
    }

    @GetMapping("/classes/new")
    String createForm(@RequestParam(required = false) String programCode, @RequestParam(required = false) Long planLineId,
                      Model model) {
        access.require(access.me().role().has(Permission.CLASS_MANAGE));
        return form(model, new ClassInput(null, null, programCode, null, planLineId == null ? null : planLineId.toString(),
                null, null, null, "10", null, "CENTRAL", null, null, "IN_PERSON", "OFFICE_HOURS", "40", null, "0", "0",
                "NSNN_TINH", "0", "0"), null, 0);
    }

    @PostMapping("/classes")
    String create(ClassInput input, Model model) {
        try {
            return "redirect:/classes/" + classes.create(input);
        } catch (Problems.InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return form(model, input, null, 0);
        }
    }

    @GetMapping("/classes/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        TrainingClass c = classes.get(id);
        access.require(access.canManage(c));
        return form(model, TrainingForms.input(c), c, c.version());
    }

    @PostMapping("/classes/{id}")
    String update(@PathVariable long id, ClassInput input, @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            classes.update(id, input, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/classes/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return form(model, input, classes.get(id), version);
        } catch (Problems.ConcurrentChange e) {
            model.addAttribute("stale", true);
            return form(model, input, classes.get(id), version);
        }
    }

    @PostMapping("/classes/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/classes/" + id, () -> classes.cancel(id, reason));
    }

    @GetMapping("/classes/{id}")
    String view(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        TrainingClass c = classes.get(id);
        List<Enrollment> list = enrollments.ofClass(id);
        model.addAttribute("c", c);
        model.addAttribute("enrollments", list);
        boolean canPropose = "OPEN".equals(c.status()) && access.me().role().has(Permission.ENROLL_PROPOSE);
        model.addAttribute("canPropose", canPropose);
        model.addAttribute("canManage", access.canManage(c));
        // the finance department reads a class from the budget, without the list of classes
        model.addAttribute("canListClasses", access.me().role().has(Permission.TRAINING_READ)
                || access.me().role().has(Permission.CLASSES_OWN));
        model.addAttribute("canRecord", access.canRecordResults(c));
        boolean canApprove = access.canApprove(c, access.me().scopePath());
        model.addAttribute("canApprove", canApprove);
        model.addAttribute("canVerify", access.me().role().has(Permission.RESULT_VERIFY));
        model.addAttribute("today", plans.today());
        // the class's cost from all its seats; a reader who sees only their own unit's trainees also sees their share
        Enrollments.SeatCounts all = enrollments.seatCounts(id);
        Enrollments.SeatCounts own = Enrollments.SeatCounts.of(list);
        long estimate = estimate(c, all);
        model.addAttribute("estimate", estimate);
        if (own.seated() > 0 && own.seated() < all.seated()) {
            long share = share(c, own);
            model.addAttribute("share", share);
            model.addAttribute("shareSeats", own.seated());
            model.addAttribute("shareUnit", access.me().orgUnitName());
            model.addAttribute("shareRest", estimate - share);
        }
        model.addAttribute("defaultTitle", access.me().scopePath().split("/").length > 3 ? "Phó Chủ tịch" : "Phó Giám đốc");
        if (canPropose) {
            Set<Long> enrolled = list.stream().filter(Enrollment::active).map(Enrollment::personId).collect(Collectors.toSet());
            Set<Long> needing = gaps.peopleNeeding(null, c.programCode());
            var candidates = people.list(new PersonQuery(null, q, null, null, "ACTIVE"), 0, 200).items().stream()
                    .filter(p -> !enrolled.contains(p.id()))
                    .sorted((a, b) -> Boolean.compare(needing.contains(b.id()), needing.contains(a.id())))
                    .limit(60).toList();
            model.addAttribute("candidates", candidates);
            model.addAttribute("needing", needing);
            model.addAttribute("q", q);
        }
        if (canApprove) {
            model.addAttribute("decisions", decisions.ofClass(id));
            model.addAttribute("pendingDecision", decisions.pending(id));
            model.addAttribute("defaultBases", String.join("\n", decisions.defaultBases(id)));
        } else {
            model.addAttribute("decisions", decisions.ofClass(id));
        }
        return "training/class";
    }

    @PostMapping("/classes/{id}/proposals")
    String propose(@PathVariable long id, @RequestParam(required = false) List<Long> personIds,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/classes/" + id, () -> enrollments.propose(id, personIds, note));
    }

    @PostMapping("/classes/{id}/decisions")
    String issue(@PathVariable long id, Decisions.DecisionInput input, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/classes/" + id + "#decisions", () -> decisions.issue(id, input));
    }

    /**
     * Cost of the class (001 IV.6, 004 IV): the class cost, the per-trainee cost for each seat taken (or for the capacity
     * before anyone is approved), and the extra support for women and ethnic-minority trainees (code 01 = Kinh).
     */
    static long estimate(TrainingClass c, Enrollments.SeatCounts seats) {
        long trainees = seats.seated() == 0 ? c.capacity() : seats.seated();
        return c.costPerClass() + c.costPerTrainee() * trainees + c.supportWomen() * seats.women()
                + c.supportEthnic() * seats.minorities();
    }

    /**
     * A unit's share of the class cost: what its own trainees cost (per trainee, with the support for women and
     * ethnic minorities); the class's own cost (tổ chức lớp) stays with the organiser as a common cost.
     */
    static long share(TrainingClass c, Enrollments.SeatCounts own) {
        return c.costPerTrainee() * own.seated() + c.supportWomen() * own.women() + c.supportEthnic() * own.minorities();
    }

    private String form(Model model, ClassInput input, TrainingClass existing, int version) {
        model.addAttribute("input", input);
        model.addAttribute("existing", existing);
        model.addAttribute("version", version);
        model.addAttribute("programs", classes.programs());
        model.addAttribute("providers", classes.providersForMe());
        model.addAttribute("placeKinds", ClassRules.PLACE_KINDS);
        model.addAttribute("deliveries", ClassRules.DELIVERIES);
        model.addAttribute("timeSlots", ClassRules.TIME_SLOTS);
        model.addAttribute("fundings", ClassRules.FUNDING);
        model.addAttribute("err", model.containsAttribute("problems")
                ? ((List<?>) model.getAttribute("problems")).stream().map(p -> ((Problems.FieldProblem) p).field())
                .collect(Collectors.toSet()) : Set.of());
        return "training/class-form";
    }

    @GetMapping("/decisions/{id}.{format}")
    void download(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        byte[] bytes = decisions.file(id, format);
        boolean pdf = "pdf".equals(format);
        response.setContentType(pdf ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"quyet-dinh-" + id
                + (pdf ? ".pdf" : ".docx") + "\"");
        response.getOutputStream().write(bytes);
    }
}
