package vn.boiduong.training;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.shared.Problems;

/** Plans in the browser: the list (with what waits for my approval), one plan with its lines and its units' status. */
@Controller
class PlanController {

    private final Plans plans;
    private final Classes classes;
    private final TrainingAccess access;
    private final TrainingSheets sheets;

    PlanController(Plans plans, Classes classes, TrainingAccess access, TrainingSheets sheets) {
        this.sheets = sheets;
        this.plans = plans;
        this.classes = classes;
        this.access = access;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                @RequestParam(required = false) String level, Model model) {
        int next = plans.today().getYear() + 1;
        List<TrainingPlan> all = plans.list(year, status, level);
        String scope = access.me().scopePath();
        model.addAttribute("plans", all);
        model.addAttribute("toDecide", plans.list(null, "SUBMITTED", null).stream()
                .filter(plans::canDecide).toList());
        model.addAttribute("mine", plans.mine(next).orElse(null));
        model.addAttribute("mineCurrent", plans.mine(next - 1).orElse(null));
        model.addAttribute("nextYear", next);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("today", plans.today());
        model.addAttribute("canCreate", access.me().role().has(vn.boiduong.security.Permission.PLAN_WRITE));
        model.addAttribute("scope", scope);
        return "training/plans";
    }

    @PostMapping("/plans")
    String create(@RequestParam int year, RedirectAttributes redirect) {
        try {
            return "redirect:/plans/" + plans.create(year);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/plans";
        }
    }

    @GetMapping("/plans/{id}")
    String view(@PathVariable long id, Model model) {
        TrainingPlan p = plans.get(id);
        model.addAttribute("plan", p);
        model.addAttribute("lines", plans.lines(id));
        model.addAttribute("children", plans.childStatus(id));
        model.addAttribute("canWrite", plans.canWrite(p));
        model.addAttribute("canDecide", plans.canDecide(p));
        model.addAttribute("canOpenClass", "APPROVED".equals(p.status()) && !"AGENCY".equals(p.level())
                && access.canManageAt(p.unitPath()) && access.me().orgUnitId() == p.orgUnitId());
        model.addAttribute("programs", classes.programs());
        model.addAttribute("today", plans.today());
        return "training/plan";
    }

    @GetMapping("/plans/{id}/export.xlsx")
    void export(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        TrainingPlan p = plans.get(id);
        List<TrainingPlan.Line> lines = plans.lines(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"ke-hoach-" + p.year() + "-" + id + ".xlsx\"");
        sheets.plan(response.getOutputStream(), p, lines);
    }

    @PostMapping("/plans/{id}/lines")
    String addLine(@PathVariable long id, @RequestParam(required = false) String programCode,
                   @RequestParam(defaultValue = "0") int people, @RequestParam(defaultValue = "0") int classes,
                   @RequestParam(required = false) Integer quarter, @RequestParam(defaultValue = "0") long estimatedCost,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id,
                () -> plans.addLine(id, programCode, people, classes, quarter, estimatedCost, note));
    }

    @PostMapping("/plans/{id}/lines/{lineId}/delete")
    String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id, () -> plans.removeLine(id, lineId));
    }

    @PostMapping("/plans/{id}/fill-gaps")
    String fill(@PathVariable long id, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id, () -> plans.fillFromGaps(id));
    }

    @PostMapping("/plans/{id}/consolidate")
    String consolidate(@PathVariable long id, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id, () -> plans.consolidate(id));
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id, () -> plans.submit(id, version));
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id, () -> plans.approve(id, version));
    }

    @PostMapping("/plans/{id}/return")
    String returnPlan(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                      RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/plans/" + id, () -> plans.returnPlan(id, version, reason));
    }
}
