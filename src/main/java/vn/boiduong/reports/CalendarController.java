package vn.boiduong.reports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.shared.Problems;

/** The reporting calendar page: the deadlines that apply; province and ministry officers set their own. */
@Controller
class CalendarController {

    private final ReportCalendar calendar;
    private final AccessPolicy access;

    CalendarController(ReportCalendar calendar, AccessPolicy access) {
        this.calendar = calendar;
        this.access = access;
    }

    @GetMapping("/reports/calendar")
    String page(Model model) {
        model.addAttribute("deadlines", calendar.under(null));
        model.addAttribute("canEdit", access.can(vn.boiduong.security.Permission.REPORT_REVIEW)
                && access.currentUser().scopePath().split("/").length <= 3);
        return "reports/calendar";
    }

    @PostMapping("/reports/calendar")
    String set(@RequestParam String reporter, @RequestParam(defaultValue = "0") int month,
               @RequestParam(defaultValue = "0") int day, @RequestParam(required = false) String sourceRef,
               RedirectAttributes redirect) {
        try {
            calendar.set(access.currentUser().orgUnitId(), reporter, month, day, sourceRef);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/reports/calendar";
    }
}
