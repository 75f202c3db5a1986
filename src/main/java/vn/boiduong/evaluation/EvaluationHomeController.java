package vn.boiduong.evaluation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/** The evaluation hub: effect after training, class feedback, quarterly and yearly ratings, by what the role may do. */
@Controller
class EvaluationHomeController {

    private final AccessPolicy access;

    EvaluationHomeController(AccessPolicy access) {
        this.access = access;
    }

    @GetMapping("/evaluations")
    String hub(Model model) {
        var me = access.currentUser();
        model.addAttribute("reader", me.role().has(Permission.EVALUATION_READ));
        model.addAttribute("self", me.personId() != null);
        model.addAttribute("provider", me.role().has(Permission.CLASSES_OWN));
        return "evaluation/hub";
    }
}
