package vn.boiduong.training;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/** A unit's office-continuity rules, stated by its head or the commune officer. */
@Controller
class ContinuityController {

    private final Continuity continuity;
    private final AccessPolicy access;

    ContinuityController(Continuity continuity, AccessPolicy access) {
        this.continuity = continuity;
        this.access = access;
    }

    @GetMapping("/units/{id}/continuity")
    String view(@PathVariable long id, Model model) {
        Continuity.Settings s = continuity.settings(id);
        model.addAttribute("settings", s);
        model.addAttribute("positions", continuity.positions(id));
        model.addAttribute("canEdit", access.can(Permission.CONTINUITY_WRITE));
        return "training/continuity";
    }

    @PostMapping("/units/{id}/continuity")
    String change(@PathVariable long id, @RequestParam(defaultValue = "-1") int minPresentPercent,
                  @RequestParam(required = false) List<String> singleHolders, @RequestParam int version,
                  RedirectAttributes redirect) {
        return TrainingForms.run(redirect, "/units/" + id + "/continuity",
                () -> continuity.change(id, minPresentPercent, singleHolders, version));
    }
}
