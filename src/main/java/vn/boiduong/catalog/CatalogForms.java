package vn.boiduong.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.shared.Problems;

/** Adding and editing programmes, withdrawing and restoring them (paired GET/POST, post-redirect-get). */
@Controller
class CatalogForms {

    private static final String FORM = "catalog/form";

    private final Catalog catalog;

    CatalogForms(Catalog catalog) {
        this.catalog = catalog;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "ownerUnitId");
    }

    @ModelAttribute("categories")
    List<String> categories() {
        return Program.CATEGORIES;
    }

    @GetMapping("/catalog/new")
    String newForm(Model model) {
        if (!catalog.canAdd()) {
            throw new AccessDeniedException("error.forbidden");
        }
        model.addAttribute("form", new ProgramInput(null, null, null, null, null, null, null, null, null, null));
        return FORM;
    }

    @PostMapping("/catalog")
    String create(@ModelAttribute("form") ProgramInput form, Model model, RedirectAttributes redirect) {
        try {
            catalog.add(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/catalog/" + form.code().strip().toUpperCase(java.util.Locale.ROOT); // the rules' code
        } catch (Problems.InvalidInput e) {
            return invalid(e, model);
        }
    }

    @GetMapping("/catalog/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Program program = catalog.get(code);
        if (!catalog.canWrite(program)) {
            throw new AccessDeniedException("error.forbidden");
        }
        model.addAttribute("program", program);
        model.addAttribute("form", ProgramInput.of(program));
        model.addAttribute("version", program.version());
        return FORM;
    }

    @PostMapping("/catalog/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") ProgramInput form, @RequestParam int version,
                  Model model, RedirectAttributes redirect) {
        try {
            catalog.change(code, form, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/catalog/" + code;
        } catch (Problems.InvalidInput e) {
            model.addAttribute("program", catalog.get(code));
            model.addAttribute("version", version);
            return invalid(e, model);
        } catch (Problems.ConcurrentChange e) {
            model.addAttribute("program", catalog.get(code));
            model.addAttribute("version", version);
            model.addAttribute("conflict", true);
            return FORM;
        }
    }

    @PostMapping("/catalog/{code}/active")
    String setActive(@PathVariable String code, @RequestParam boolean active, @RequestParam int version,
                     RedirectAttributes redirect) {
        try {
            catalog.setActive(code, active, version);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.ConcurrentChange e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/catalog/" + code;
    }

    /** The form again with each problem next to its field (the layout's own list stays empty). */
    private static String invalid(Problems.InvalidInput e, Model model) {
        Map<String, List<Problems.FieldProblem>> byField = new LinkedHashMap<>();
        e.problems().forEach(p -> byField.computeIfAbsent(p.field(), k -> new java.util.ArrayList<>()).add(p));
        model.addAttribute("fieldProblems", byField);
        return FORM;
    }
}
