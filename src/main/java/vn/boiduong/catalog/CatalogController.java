package vn.boiduong.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;

/** The catalog list (full page, or its results for htmx), its spreadsheet export, and one programme's page. */
@Controller
class CatalogController {

    private final Catalog catalog;
    private final StandardsLinks links;
    private final ProgramSpreadsheet spreadsheet;
    private final OrgUnits units;

    CatalogController(Catalog catalog, StandardsLinks links, ProgramSpreadsheet spreadsheet, OrgUnits units) {
        this.catalog = catalog;
        this.links = links;
        this.spreadsheet = spreadsheet;
        this.units = units;
    }

    @GetMapping("/catalog")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) String phase, @RequestParam(required = false) Boolean inactive,
                @RequestHeader(value = "HX-Target", required = false) String htmxTarget, Model model) {
        CatalogFilter filter = CatalogFilter.of(q, category, phase, inactive);
        List<Program> programs = filter.apply(catalog);
        model.addAttribute("filter", filter);
        model.addAttribute("programs", programs);
        model.addAttribute("owners", owners(programs));
        model.addAttribute("categories", Program.CATEGORIES);
        model.addAttribute("canAdd", catalog.canAdd());
        // the live filter swaps only the results; a boosted navigation gets the whole page
        return "results".equals(htmxTarget) ? "catalog/list :: results" : "catalog/list";
    }

    @GetMapping("/catalog/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) String phase, @RequestParam(required = false) Boolean inactive,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Program> programs = CatalogFilter.of(q, category, phase, inactive).apply(catalog); // before the first byte
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"danh-muc-chuong-trinh.xlsx\"");
        spreadsheet.write(response.getOutputStream(), programs, owners(programs), RequestContextUtils.getLocale(request));
    }

    @GetMapping("/catalog/{code}")
    String view(@PathVariable String code, Model model) {
        Program program = catalog.get(code);
        model.addAttribute("program", program);
        model.addAttribute("owners", owners(List.of(program)));
        model.addAttribute("uses", links.uses(program.code()));
        model.addAttribute("specialised", StandardsLinks.SPECIALISED_COURSE.equals(program.code()));
        model.addAttribute("canWrite", catalog.canWrite(program));
        return "catalog/view";
    }

    /** Names of the provinces owning the province-added programmes of the list. */
    private Map<Long, String> owners(List<Program> programs) {
        Map<Long, String> names = new HashMap<>();
        programs.stream().filter(p -> !p.national()).map(Program::ownerUnitId).distinct()
                .forEach(id -> names.put(id, units.lookup(id).map(OrgUnit::name).orElse(String.valueOf(id))));
        return names;
    }
}
