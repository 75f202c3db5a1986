package vn.boiduong.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The budget page (kinh phí bồi dưỡng) for commune, province and ministry officers and the finance department. */
@Controller
class BudgetController {

    private final Budget budget;
    private final BudgetSheet sheet;
    private final Clock clock;

    BudgetController(Budget budget, BudgetSheet sheet, Clock clock) {
        this.budget = budget;
        this.sheet = sheet;
        this.clock = clock;
    }

    @GetMapping("/budget")
    String page(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Budget.Report report = budget.under(unitId, y);
        model.addAttribute("report", report);
        model.addAttribute("sources", Budget.SOURCES);
        model.addAttribute("classes", budget.classes(report.unitId(), y));
        return "budget/index";
    }

    @GetMapping("/budget/export.xlsx")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                HttpServletResponse response) throws IOException {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Budget.Report report = budget.under(unitId, y);
        var classes = budget.classes(report.unitId(), y);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"kinh-phi-boi-duong-" + y + ".xlsx\"");
        sheet.write(response.getOutputStream(), report, classes);
    }
}
