package vn.boiduong.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Quarterly rating pages: the self-assessment, a unit's staff by quarter, one person's quarter (review, approval, reopening), the export. */
@Controller
class RatingController {

    private final Ratings ratings;
    private final RatingQueries queries;
    private final RatingIndicators indicators;
    private final RatingSpreadsheet spreadsheet;
    private final AccessPolicy access;
    private final ExportAudit exports;

    RatingController(Ratings ratings, RatingQueries queries, RatingIndicators indicators, RatingSpreadsheet spreadsheet,
                     AccessPolicy access, ExportAudit exports) {
        this.exports = exports;
        this.ratings = ratings;
        this.queries = queries;
        this.indicators = indicators;
        this.spreadsheet = spreadsheet;
        this.access = access;
    }

    @GetMapping("/me/ratings")
    String mine(Model model) {
        Long personId = access.currentUser().personId();
        RatingPeriod quarter = ratings.currentQuarter();
        model.addAttribute("quarter", quarter.toString());
        if (personId != null) {
            List<Rating> mine = ratings.mine();
            Optional<Rating> current = mine.stream().filter(r -> r.period().equals(quarter.toString())).findFirst();
            model.addAttribute("history", mine);
            model.addAttribute("rating", current.orElse(null));
            model.addAttribute("set", current.map(r -> indicators.byId(r.indicatorSetId())).orElseGet(() -> indicators.forPerson(personId)));
        }
        return "evaluation/rating-mine";
    }

    @PostMapping("/me/ratings")
    String selfAssess(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            ratings.selfAssess(new Ratings.SelfInput(form.get("period"), values(form), form.get("comment"), version(form)));
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (Problems.ConcurrentChange e) {
            redirect.addFlashAttribute("problems", List.of(new Problems.FieldProblem("status", "rating.concurrent")));
        }
        return "redirect:/me/ratings";
    }

    @GetMapping("/evaluations/ratings")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String period,
                @RequestParam(required = false) String show, Model model) {
        List<RatingQueries.Unit> units = queries.units();
        long me = access.currentUser().orgUnitId();
        Long unit = unitId != null ? unitId : units.stream().filter(u -> u.id() == me).map(RatingQueries.Unit::id).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0).id());
        RatingPeriod q = RatingPeriod.parse(period).filter(RatingPeriod::isQuarter).orElse(ratings.currentQuarter());
        model.addAttribute("units", units);
        model.addAttribute("unitId", unit);
        model.addAttribute("period", q.toString());
        model.addAttribute("periods", recentQuarters());
        boolean approver = access.can(Permission.EVALUATION_APPROVE);
        boolean reviewer = access.can(Permission.EVALUATE);
        // opened from the menu or home: what waits for me (reviews, approvals); "all" or a unit/quarter: the unit's staff
        boolean waiting = (approver || reviewer) && (show == null ? unitId == null && period == null : "waiting".equals(show));
        model.addAttribute("waitingMode", waiting);
        model.addAttribute("canWait", approver || reviewer);
        if (unit != null && !waiting) {
            model.addAttribute("unit", queries.unit(unit));
            model.addAttribute("staff", queries.unitQuarter(unit, q));
        }
        model.addAttribute("approver", approver);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("queue", approver ? queries.queue() : List.of());
        model.addAttribute("toReview", reviewer ? queries.toReview() : List.of());
        return "evaluation/rating-list";
    }

    @GetMapping("/evaluations/ratings/person/{personId}/{period}")
    String person(@PathVariable long personId, @PathVariable String period, Model model) {
        RatingPeriod q = RatingPeriod.parse(period).filter(RatingPeriod::isQuarter)
                .orElseThrow(() -> new Problems.InvalidInput("period", "rating.period.invalid", period));
        Optional<Rating> rating = ratings.find(personId, q.toString());
        List<Rating> history = ratings.history(personId);
        String unitPath = rating.map(Rating::unitPath).orElseGet(() -> queries.personUnitPath(personId));
        boolean self = Long.valueOf(personId).equals(access.currentUser().personId());
        boolean approved = rating.map(Rating::approved).orElse(false);
        model.addAttribute("personId", personId);
        model.addAttribute("fullName", rating.map(Rating::fullName).orElseGet(() -> queries.personName(personId)));
        model.addAttribute("period", q.toString());
        model.addAttribute("rating", rating.orElse(null));
        model.addAttribute("history", history);
        model.addAttribute("set", rating.map(r -> indicators.byId(r.indicatorSetId())).orElseGet(() -> indicators.forPerson(personId)));
        model.addAttribute("self", self);
        model.addAttribute("canReview", !self && !approved && access.can(Permission.EVALUATE, unitPath));
        model.addAttribute("canApprove", !self && rating.isPresent() && !approved && access.can(Permission.EVALUATION_APPROVE, unitPath));
        model.addAttribute("canReopen", approved && access.can(Permission.EVALUATION_APPROVE, unitPath));
        return "evaluation/rating-person";
    }

    @PostMapping("/evaluations/ratings/person/{personId}/{period}/review")
    String review(@PathVariable long personId, @PathVariable String period, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(redirect, personId, period, () -> ratings.review(personId, period,
                new Ratings.ReviewInput(values(form), form.get("comment"), version(form))));
    }

    @PostMapping("/evaluations/ratings/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Rating r = ratings.get(id);
        String target = act(redirect, r.personId(), r.period(), () -> ratings.approve(id, version));
        return "queue".equals(back) ? "redirect:/evaluations/ratings?unitId=" + r.unitId() + "&period=" + r.period() : target;
    }

    @PostMapping("/evaluations/ratings/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Rating r = ratings.get(id);
        return act(redirect, r.personId(), r.period(), () -> ratings.reopen(id, reason, version));
    }

    @GetMapping("/evaluations/ratings/export.xlsx")
    void export(@RequestParam long unitId, @RequestParam String period, HttpServletResponse response,
                jakarta.servlet.http.HttpServletRequest request) throws IOException {
        RatingPeriod q = RatingPeriod.parse(period).filter(RatingPeriod::isQuarter)
                .orElseThrow(() -> new Problems.InvalidInput("period", "rating.period.invalid", period));
        RatingQueries.Unit unit = queries.unit(unitId);
        List<RatingQueries.StaffLine> staff = queries.unitQuarter(unitId, q);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"danh-gia-" + q + ".xlsx\"");
        exports.exported("rating", null, staff.size(), "unitId", unitId, "period", q);
        spreadsheet.write(response.getOutputStream(), unit, q, staff, RequestContextUtils.getLocale(request));
    }

    private String act(RedirectAttributes redirect, long personId, String period, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (Problems.ConcurrentChange e) {
            redirect.addFlashAttribute("problems", List.of(new Problems.FieldProblem("status", "rating.concurrent")));
        }
        return "redirect:/evaluations/ratings/person/" + personId + "/" + period;
    }

    /** Form fields "v.CODE" are indicator values. */
    static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("v.")) {
                values.put(k.substring(2), v);
            }
        });
        return values;
    }

    static Integer version(Map<String, String> form) {
        return RatingValues.parse(form.get("version"));
    }

    private List<String> recentQuarters() {
        List<String> out = new ArrayList<>();
        RatingPeriod p = ratings.currentQuarter();
        for (int i = 0; i < 8; i++, p = p.previous()) {
            out.add(p.toString());
        }
        return out;
    }
}
