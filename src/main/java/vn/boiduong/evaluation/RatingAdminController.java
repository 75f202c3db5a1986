package vn.boiduong.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Rating pages around the quarters: the yearly proposal, the 2-quarter alerts, the indicator sets, discipline records. */
@Controller
class RatingAdminController {

    private final RatingYear years;
    private final RatingAlerts alerts;
    private final RatingIndicators indicators;
    private final Disciplines disciplines;
    private final RatingQueries queries;
    private final AccessPolicy access;
    private final Clock clock;

    RatingAdminController(RatingYear years, RatingAlerts alerts, RatingIndicators indicators, Disciplines disciplines,
                          RatingQueries queries, AccessPolicy access, Clock clock) {
        this.years = years;
        this.alerts = alerts;
        this.indicators = indicators;
        this.disciplines = disciplines;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/evaluations/ratings/year")
    String year(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        List<RatingQueries.Unit> units = queries.units();
        long me = access.currentUser().orgUnitId();
        Long unit = unitId != null ? unitId : units.stream().filter(u -> u.id() == me).map(RatingQueries.Unit::id).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0).id());
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("units", units);
        model.addAttribute("unitId", unit);
        model.addAttribute("year", y);
        if (unit != null) {
            RatingYear.Proposal proposal = years.proposal(unit, y);
            model.addAttribute("proposal", proposal);
            model.addAttribute("canApprove", access.can(Permission.EVALUATION_APPROVE, proposal.unitPath()));
        }
        return "evaluation/rating-year";
    }

    @PostMapping("/evaluations/ratings/year")
    String approveYear(@RequestParam long unitId, @RequestParam int year, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("stored", years.approve(unitId, year));
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/evaluations/ratings/year?unitId=" + unitId + "&year=" + year;
    }

    @GetMapping("/evaluations/ratings/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.list());
        return "evaluation/rating-alerts";
    }

    @GetMapping("/evaluations/ratings/indicators")
    String indicators(Model model) {
        model.addAttribute("sets", indicators.current());
        model.addAttribute("groups", IndicatorSet.GROUPS);
        model.addAttribute("canEdit", access.can(Permission.EVALUATION_CONFIG));
        return "evaluation/rating-indicators";
    }

    /** Rows come as code_i, group_i, name_i, weight_i. */
    @PostMapping("/evaluations/ratings/indicators/{appliesTo}")
    String changeIndicators(@PathVariable String appliesTo, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<RatingIndicators.IndicatorInput> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("name_" + i); i++) {
            rows.add(new RatingIndicators.IndicatorInput(form.get("code_" + i), form.get("group_" + i), form.get("name_" + i), form.get("weight_" + i)));
        }
        String target = "NEW".equals(appliesTo) ? form.getOrDefault("appliesTo", "") : appliesTo;
        try {
            indicators.change(target, rows, RatingController.version(form) == null ? -1 : RatingController.version(form));
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (Problems.ConcurrentChange e) {
            redirect.addFlashAttribute("problems", List.of(new Problems.FieldProblem("indicators", "rating.concurrent")));
        }
        return "redirect:/evaluations/ratings/indicators";
    }

    @GetMapping("/evaluations/ratings/discipline")
    String discipline(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("records", disciplines.list(y));
        model.addAttribute("levels", Disciplines.LEVELS);
        boolean canAdd = access.can(Permission.EVALUATION_APPROVE);
        model.addAttribute("canAdd", canAdd);
        model.addAttribute("people", canAdd ? queries.peopleInScope() : List.of());
        return "evaluation/rating-discipline";
    }

    @PostMapping("/evaluations/ratings/discipline")
    String addDiscipline(Disciplines.DisciplineInput input, RedirectAttributes redirect) {
        try {
            disciplines.add(input);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/evaluations/ratings/discipline?year=" + (RatingValues.parse(input.year()) == null ? "" : input.year().strip());
    }
}
