package vn.boiduong.standards;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.boiduong.people.People;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** The standards catalog, a person's check against their position, the alerts and the needs list. */
@Controller
class StandardsController {

    private final Standards standards;
    private final GapAnalysis analysis;
    private final GapQueries queries;
    private final Explanations explanations;
    private final NeedsSpreadsheet spreadsheet;
    private final People people;
    private final AccessPolicy access;
    private final ExportAudit exports;

    StandardsController(Standards standards, GapAnalysis analysis, GapQueries queries, Explanations explanations,
                        NeedsSpreadsheet spreadsheet, People people, AccessPolicy access, ExportAudit exports) {
        this.exports = exports;
        this.standards = standards;
        this.analysis = analysis;
        this.queries = queries;
        this.explanations = explanations;
        this.spreadsheet = spreadsheet;
        this.people = people;
        this.access = access;
    }

    @GetMapping("/standards")
    String catalog(Model model, HttpServletRequest request) {
        model.addAttribute("positions", standards.positions());
        model.addAttribute("requirements", standards.currentRequirements());
        model.addAttribute("describer", (java.util.function.Function<Requirement, String>)
                r -> explanations.describe(r, RequestContextUtils.getLocale(request)));
        return "standards/catalog";
    }

    @GetMapping("/standards/{code}")
    String position(@PathVariable String code, Model model, HttpServletRequest request) {
        model.addAttribute("position", standards.position(code));
        model.addAttribute("history", standards.history(code));
        model.addAttribute("canEdit", access.can(Permission.STANDARDS_WRITE));
        model.addAttribute("types", Requirement.Type.values());
        model.addAttribute("describer", (java.util.function.Function<Requirement, String>)
                r -> explanations.describe(r, RequestContextUtils.getLocale(request)));
        return "standards/position";
    }

    @PostMapping("/standards/requirements/{id}")
    String change(@PathVariable long id, @RequestParam String code, Standards.RequirementInput input, RedirectAttributes redirect) {
        try {
            standards.change(id, input);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/standards/" + code;
    }

    @PostMapping("/standards/{code}/requirements")
    String add(@PathVariable String code, Standards.RequirementInput input, RedirectAttributes redirect) {
        try {
            standards.add(code, input);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/standards/" + code;
    }

    @PostMapping("/standards/requirements/{id}/retire")
    String retire(@PathVariable long id, @RequestParam String code, RedirectAttributes redirect) {
        standards.retire(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/standards/" + code;
    }

    /** The person's check against the standard of their position (a fragment of the person's page). */
    @GetMapping("/people/{id}/standard")
    String personStandard(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("person", people.get(id));
        model.addAttribute("lines", explanations.lines(analysis.evaluate(id), RequestContextUtils.getLocale(request)));
        return "standards/person :: panel";
    }

    @GetMapping("/gaps")
    String gaps(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String cat = category == null || category.isBlank() ? null : category;
        model.addAttribute("needs", queries.needs(unitId, cat, page, 50));
        model.addAttribute("units", queries.byUnit(unitId));
        model.addAttribute("unitId", unitId);
        model.addAttribute("category", cat);
        model.addAttribute("canRecompute", access.can(Permission.PEOPLE_WRITE));
        return "standards/gaps";
    }

    @GetMapping("/gaps/export.xlsx")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
                HttpServletResponse response) throws IOException {
        String cat = category == null || category.isBlank() ? null : category;
        GapQueries.NeedsPage needs = queries.needs(unitId, cat, 0, 5_000);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"can-boi-duong-ngay.xlsx\"");
        exports.exported("gap_people", null, needs.items().size(), "unitId", unitId, "category", cat);
        spreadsheet.write(response.getOutputStream(), needs.items());
    }

    @PostMapping("/gaps/recompute")
    String recompute(RedirectAttributes redirect) {
        GapAnalysis.Recomputed r = analysis.recomputeScope();
        redirect.addFlashAttribute("recomputed", r);
        return "redirect:/gaps";
    }
}
