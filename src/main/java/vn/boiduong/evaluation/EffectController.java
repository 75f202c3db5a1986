package vn.boiduong.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.shared.Problems;

/** Pages of the effect evaluation: the due list, coverage, the form with sign-off, the printable sheet. */
@Controller
class EffectController {

    private final EffectEvaluations evaluations;
    private final EffectCoverage coverage;
    private final EffectSpreadsheet spreadsheet;
    private final ExportAudit exports;

    EffectController(EffectEvaluations evaluations, EffectCoverage coverage, EffectSpreadsheet spreadsheet, ExportAudit exports) {
        this.exports = exports;
        this.evaluations = evaluations;
        this.coverage = coverage;
        this.spreadsheet = spreadsheet;
    }

    @GetMapping("/evaluations/effect")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String state,
                @RequestParam(required = false) String program, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Target", required = false) String htmxTarget, Model model) {
        String s = state == null || state.isBlank() ? "OPEN" : state;
        model.addAttribute("list", evaluations.list(unitId, s, program, q, year, page, 50));
        model.addAttribute("programs", evaluations.programs());
        model.addAttribute("states", EffectRepository.STATES);
        model.addAttribute("filter", new Filter(unitId, s.toUpperCase(java.util.Locale.ROOT), program, q, year));
        return "results".equals(htmxTarget) ? "evaluation/effect-list :: results" : "evaluation/effect-list";
    }

    /** The filter as shown back in the form and the paging links. */
    record Filter(Long unitId, String state, String program, String q, Integer year) {
    }

    @GetMapping("/evaluations/effect/export.xlsx")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String state,
                @RequestParam(required = false) String program, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        var list = evaluations.list(unitId, state, program, q, year, 0, 5_000);
        var unit = coverage.under(unitId, null);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"danh-gia-hieu-qua-sau-boi-duong.xlsx\"");
        exports.exported("effect_evaluation", null, list.items().size(), "unitId", unitId, "state", state, "program", program,
                "q", q, "year", year);
        spreadsheet.write(response.getOutputStream(), unit.unitName(), list.items());
    }

    @GetMapping("/evaluations/effect/coverage")
    String coverage(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("report", coverage.under(unitId, year));
        return "evaluation/effect-coverage";
    }

    @GetMapping("/evaluations/effect/{id}")
    String view(@PathVariable long id, Model model) {
        EffectEvaluation e = evaluations.get(id);
        model.addAttribute("e", e);
        model.addAttribute("input", inputOf(e));
        return form(e, model);
    }

    @PostMapping("/evaluations/effect/{id}")
    String submit(@PathVariable long id, EffectInput input, @RequestParam(defaultValue = "save") String action, Model model,
                  RedirectAttributes redirect) {
        try {
            if ("sign".equals(action)) {
                evaluations.sign(id, input);
            } else {
                evaluations.save(id, input);
            }
            redirect.addFlashAttribute("done", action);
            return "redirect:/evaluations/effect/" + id;
        } catch (Problems.InvalidInput e) {
            EffectEvaluation current = evaluations.get(id);
            model.addAttribute("e", current);
            model.addAttribute("input", inputOf(input));
            model.addAttribute("effectProblems", e.problems()); // shown by the form itself, with each field named (not twice by the layout)
            return form(current, model);
        }
    }

    @GetMapping("/evaluations/effect/{id}/print")
    String print(@PathVariable long id, Model model) {
        EffectEvaluation e = evaluations.get(id);
        model.addAttribute("e", e);
        model.addAttribute("criteria", EffectRules.CRITERIA);
        model.addAttribute("signedOn", signedOn(e));
        return "evaluation/effect-print";
    }

    private String form(EffectEvaluation e, Model model) {
        model.addAttribute("criteria", EffectRules.CRITERIA);
        model.addAttribute("signedOn", signedOn(e));
        model.addAttribute("canEvaluate", !e.signed() && evaluations.canEvaluate(e));
        model.addAttribute("signable", EffectRules.signable(e.dueOn(), evaluations.today()));
        return "evaluation/effect-form";
    }

    private static String signedOn(EffectEvaluation e) {
        return e.signedAt() == null ? null
                : vn.boiduong.shared.Dates.format(e.signedAt().atZone(vn.boiduong.shared.ClockConfiguration.VIETNAM).toLocalDate());
    }

    /** The stored form as the inputs' text (scores as digits, comments by criterion). */
    static Map<String, String> inputOf(EffectEvaluation e) {
        Map<String, String> m = e.scores().entrySet().stream().filter(x -> x.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, x -> String.valueOf(x.getValue()), (a, b) -> a, java.util.HashMap::new));
        e.comments().forEach((k, v) -> m.put("general".equals(k) ? "generalComment" : k + "Comment", v));
        m.put("version", String.valueOf(e.version()));
        return m;
    }

    /** The form as it was typed, shown back with its problems. */
    static Map<String, String> inputOf(EffectInput input) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String c : EffectRules.CRITERIA) {
            m.put(c, input.score(c) == null ? "" : input.score(c));
            m.put(c + "Comment", input.comment(c) == null ? "" : input.comment(c));
        }
        m.put("generalComment", input.generalComment() == null ? "" : input.generalComment());
        m.put("version", input.version() == null ? "" : String.valueOf(input.version()));
        return m;
    }
}
