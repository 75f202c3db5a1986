package vn.boiduong.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.shared.Problems;

/**
 * Yearly reports in the browser: /reports (my unit's report for the year with the "Lập báo cáo" button, and the units
 * that report to me with their status), one report with its figures, text, files and workflow buttons.
 */
@Controller
class ReportsController {

    private final Reports reports;
    private final ReportUnits units;
    private final AccessPolicy access;

    ReportsController(Reports reports, ReportUnits units, AccessPolicy access) {
        this.reports = reports;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/reports")
    String index(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? reports.today().getYear() : year;
        Reports.checkYear(y);
        long unitId = unit == null ? access.currentUser().orgUnitId() : unit;
        var u = units.unit(unitId);
        units.requireRead(u);
        model.addAttribute("unit", u);
        model.addAttribute("year", y);
        model.addAttribute("mine", reports.find(unitId, y).orElse(null));
        model.addAttribute("due", reports.dueOf(u, y));
        model.addAttribute("canOpen", units.canWrite(u) && units.reviewerOf(u).isPresent());
        model.addAttribute("below", reports.below(unitId, y));
        return "reports/index";
    }

    @PostMapping("/reports/open")
    String open(@RequestParam int year, RedirectAttributes redirect) {
        try {
            return "redirect:/reports/" + reports.open(year);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/reports";
        }
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable long id, Model model) {
        YearlyReport r = reports.get(id);
        model.addAttribute("report", r);
        ReportFigures f = reports.figures(id);
        model.addAttribute("f", f);
        model.addAttribute("form10", ReportText.form10Rows(f));
        model.addAttribute("columns", ReportText.COLUMNS);
        model.addAttribute("sentRule", ReportText.SENT_RULE);
        model.addAttribute("canWrite", r.editable() && reports.canWrite(r));
        model.addAttribute("canReview", r.status().equals("SUBMITTED") && reports.canReview(r));
        return "reports/view";
    }

    @PostMapping("/reports/{id}/text")
    String text(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String difficulties,
                @RequestParam(required = false) String proposals, RedirectAttributes redirect) {
        return run(redirect, id, () -> reports.saveText(id, version, difficulties, proposals));
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return run(redirect, id, () -> reports.submit(id, version));
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return run(redirect, id, () -> reports.accept(id, version));
    }

    @PostMapping("/reports/{id}/return")
    String returnReport(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        return run(redirect, id, () -> reports.returnReport(id, version, reason));
    }

    @GetMapping("/reports/{id}/file.{kind}")
    void file(@PathVariable long id, @PathVariable String kind, HttpServletResponse response) throws IOException {
        byte[] content = reports.file(id, kind);
        YearlyReport r = reports.get(id);
        response.setContentType(switch (kind) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        });
        response.setHeader("Content-Disposition", "attachment; filename=\"bao-cao-boi-duong-" + r.unitCode() + "-" + r.year()
                + "." + kind + "\"");
        response.getOutputStream().write(content);
    }

    static String run(RedirectAttributes redirect, long id, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (Problems.ConcurrentChange e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/reports/" + id;
    }
}
