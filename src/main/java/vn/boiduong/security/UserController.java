package vn.boiduong.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.shared.Problems;

/** User administration pages, the audit page and one's own password. */
@Controller
class UserController {

    private final UserAdministration admin;
    private final AuditTrail audit;
    private final AuditSentences sentences;
    private final AccessPolicy access;

    UserController(UserAdministration admin, AuditTrail audit, AccessPolicy access, AuditSentences sentences) {
        this.sentences = sentences;
        this.admin = admin;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/users")
    String users(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q, Model model) {
        long unit = unitId == null ? access.currentUser().orgUnitId() : unitId;
        model.addAttribute("users", admin.usersUnder(unit, q));
        model.addAttribute("unitId", unit);
        model.addAttribute("q", q);
        model.addAttribute("roles", assignableRoles());
        return "security/users";
    }

    @PostMapping("/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam String fullName,
                  @RequestParam(required = false) String email, @RequestParam Role role, @RequestParam long orgUnitId,
                  RedirectAttributes redirect) {
        try {
            admin.create(new UserAdministration.NewUser(username, password, fullName, email, role, orgUnitId, null, null));
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("form", java.util.Map.of("username", username, "fullName", fullName,
                    "email", email == null ? "" : email, "role", role.name(), "orgUnitId", orgUnitId));
        }
        return "redirect:/users?unitId=" + orgUnitId;
    }

    @PostMapping("/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        UserAccount account = admin.get(id);
        admin.update(id, new UserAdministration.UserChange(account.fullName(), account.email(), account.role(), enabled, account.version()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/users?unitId=" + account.orgUnitId();
    }

    @PostMapping("/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        UserAccount account = admin.get(id);
        try {
            admin.resetPassword(id, password);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/users?unitId=" + account.orgUnitId();
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
                 @RequestParam(required = false) String user, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditTrail.Page result = audit.search(entity, entityId, user, page, 50);
        model.addAttribute("result", result);
        model.addAttribute("lines", sentences.lines(result.entries()));
        model.addAttribute("entities", AuditSentences.ENTITIES);
        model.addAttribute("entity", entity);
        model.addAttribute("entityId", entityId);
        model.addAttribute("user", user);
        model.addAttribute("canVerify", access.can(Permission.ORG_WRITE_OFFICIAL));
        return "security/audit";
    }

    @PostMapping("/audit/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("chain", audit.verifyChain());
        return "redirect:/audit";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "security/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, Model model) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("problems", List.of(new Problems.FieldProblem("confirmPassword", "user.password.mismatch")));
            return "security/password";
        }
        try {
            admin.changeOwnPassword(currentPassword, newPassword);
            model.addAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "security/password";
    }

    private List<Role> assignableRoles() {
        Role mine = access.currentUser().role();
        return Arrays.stream(Role.values()).filter(mine::outranks).toList();
    }
}
