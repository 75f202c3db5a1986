package vn.boiduong.orgunit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Browsing the unit tree and editing agencies. */
@Controller
class OrgUnitController {

    private final OrgUnits units;
    private final AccessPolicy access;

    OrgUnitController(OrgUnits units, AccessPolicy access) {
        this.units = units;
        this.access = access;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/units")
    String root(@RequestParam(required = false) String q, Model model) {
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("results", units.search(q, null, 100));
            return "orgunit/search";
        }
        return "redirect:/units/" + access.currentUser().orgUnitId();
    }

    @GetMapping("/units/{id}")
    String view(@PathVariable long id, Model model) {
        OrgUnit unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("breadcrumbs", units.breadcrumbs(id));
        model.addAttribute("children", units.children(id));
        model.addAttribute("history", units.history(id));
        model.addAttribute("canEdit", unit.official() ? access.can(Permission.ORG_WRITE_OFFICIAL, unit.path())
                : access.can(Permission.ORG_WRITE, unit.path()));
        model.addAttribute("canAddAgency", unit.kind() != OrgUnit.Kind.NATION && unit.kind() != OrgUnit.Kind.PROVINCE
                && access.can(Permission.ORG_WRITE, unit.path()));
        model.addAttribute("subkinds", OrgUnits.AGENCY_SUBKINDS);
        return "orgunit/view";
    }

    @PostMapping("/units/{id}")
    String update(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String subkind,
                  @RequestParam(defaultValue = "false") boolean active, @RequestParam int version,
                  RedirectAttributes redirect) {
        try {
            units.update(id, new OrgUnits.UnitChange(name, subkind, active, version));
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/units/" + id;
    }

    @PostMapping("/units/{id}/agencies")
    String addAgency(@PathVariable long id, @RequestParam String code, @RequestParam String name,
                     @RequestParam String subkind, RedirectAttributes redirect) {
        try {
            long created = units.createAgency(new OrgUnits.NewAgency(id, code, name, subkind));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + created;
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("agencyForm", java.util.Map.of("code", code, "name", name, "subkind", subkind));
            return "redirect:/units/" + id;
        }
    }
}
