package vn.boiduong.targets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Target administration pages (/targets/admin): the list, the add and edit form with every problem by field. */
@Controller
class TargetAdminController {

    private final TargetAdmin admin;
    private final TargetFacts facts;
    private final AccessPolicy access;

    TargetAdminController(TargetAdmin admin, TargetFacts facts, AccessPolicy access) {
        this.admin = admin;
        this.facts = facts;
        this.access = access;
    }

    @GetMapping("/targets/admin")
    String list(Model model) {
        model.addAttribute("targets", admin.list());
        model.addAttribute("canWrite", access.can(Permission.TARGET_WRITE));
        model.addAttribute("canRebuild", access.can(Permission.TARGET_WRITE, "/VN/"));
        return "targets/admin-list";
    }

    @GetMapping("/targets/admin/new")
    String newForm(Model model) {
        access.require(Permission.TARGET_WRITE);
        return form(model, TargetForms.empty(), null);
    }

    @PostMapping("/targets/admin/new")
    String create(TargetForms form, Model model, RedirectAttributes redirect) {
        try {
            Target t = admin.create(form.input());
            redirect.addFlashAttribute("saved", t.code());
            return "redirect:/targets/admin";
        } catch (Problems.InvalidInput e) {
            model.addAttribute("targetProblems", e.problems());
            return form(model, form, null);
        }
    }

    @GetMapping("/targets/admin/{id}")
    String edit(@PathVariable long id, Model model) {
        access.require(Permission.TARGET_WRITE);
        return form(model, TargetForms.of(admin.get(id)), id);
    }

    @PostMapping("/targets/admin/{id}")
    String update(@PathVariable long id, TargetForms form, Model model, RedirectAttributes redirect) {
        try {
            Target t = admin.update(id, form.input());
            redirect.addFlashAttribute("saved", t.code());
            return "redirect:/targets/admin";
        } catch (Problems.InvalidInput e) {
            model.addAttribute("targetProblems", e.problems());
            return form(model, form, id);
        }
    }

    @PostMapping("/targets/admin/rebuild")
    String rebuild(RedirectAttributes redirect) {
        redirect.addFlashAttribute("rebuilt", facts.rebuild().millis());
        return "redirect:/targets/admin";
    }

    private String form(Model model, TargetForms form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("targetId", id);
        model.addAttribute("kinds", TargetSpec.POPULATION_KINDS.stream().sorted().toList());
        model.addAttribute("staffKinds", TargetSpec.STAFF_KINDS.stream().sorted().toList());
        model.addAttribute("groups", TargetSpec.POSITION_GROUPS.stream().sorted().toList());
        model.addAttribute("levels", TargetRules.LEVELS);
        model.addAttribute("conditions", java.util.List.of("TRAINED", "ENROLLED", "NO_GAP", "GENDER_F", "AGE_UNDER", "SCI_TECH",
                "REPORTED", "SIGNED"));
        model.addAttribute("categories", java.util.List.of("CHUYEN_MON", "QLNN", "LLCT", "KY_NANG_NGANH", "KY_NANG_BO_TRO", "CAP_NHAT",
                "CNTT", "DAO_TAO", "KHAC"));
        return "targets/admin-form";
    }
}
