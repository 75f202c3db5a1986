package vn.boiduong.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.shared.Problems;

/** The second step of a sign-in, one's own second factor (enrol, turn off) and an administrator's reset. */
@Controller
class SecondFactorController {

    private final SecondFactor secondFactor;
    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final UserRepository users;

    SecondFactorController(SecondFactor secondFactor, LoginThrottle throttle, ClientAddress clients, UserRepository users) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.clients = clients;
        this.users = users;
    }

    @GetMapping("/login/otp")
    String codeForm() {
        return pending() == null ? "redirect:/login" : "security/otp";
    }

    @PostMapping("/login/otp")
    String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        MfaPending pending = pending();
        if (pending == null) {
            return "redirect:/login";
        }
        if (locked(pending.user())) {
            return signOut(request);
        }
        SecondFactor.Outcome outcome = secondFactor.verify(pending.user(), code, true);
        if (outcome == SecondFactor.Outcome.REFUSED) {
            throttle.accountFailed(pending.getName());
            throttle.addressFailed(clients.of(request));
            if (locked(pending.user())) {
                return signOut(request);
            }
            model.addAttribute("error", true);
            return "security/otp";
        }
        throttle.signedIn(pending.getName());
        request.changeSessionId();
        FormLoginSuccess.save(pending.full(), request, response);
        if (outcome == SecondFactor.Outcome.RECOVERY_CODE) {
            redirect.addFlashAttribute("recoveryUsed", secondFactor.status().recoveryCodesLeft());
            return "redirect:/account/mfa";
        }
        return "redirect:/";
    }

    @GetMapping("/account/mfa")
    String account(Model model) {
        model.addAttribute("status", secondFactor.status());
        secondFactor.pending().ifPresent(e -> {
            model.addAttribute("enrolment", e);
            model.addAttribute("qr", QrSvg.of(e.uri()));
        });
        return "security/mfa";
    }

    @PostMapping("/account/mfa/enrolment")
    String start(RedirectAttributes redirect) {
        try {
            secondFactor.start();
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/account/mfa";
    }

    @PostMapping("/account/mfa/confirm")
    String confirm(@RequestParam(required = false) String code, HttpSession session, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("recoveryCodes", secondFactor.confirm(code));
            session.removeAttribute(SecondFactorGate.MUST_ENROL);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/account/mfa";
    }

    @PostMapping("/account/mfa/disable")
    String disable(@RequestParam(required = false) String code, RedirectAttributes redirect) {
        try {
            secondFactor.disable(code);
            redirect.addFlashAttribute("mfaDisabled", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/account/mfa";
    }

    @PostMapping("/users/{id}/mfa/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        secondFactor.reset(id);
        redirect.addFlashAttribute("mfaReset", true);
        return "redirect:/users?unitId=" + users.findById(id).map(UserAccount::orgUnitId).orElseThrow();
    }

    private static MfaPending pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof MfaPending p ? p : null;
    }

    private boolean locked(CurrentUser user) {
        return users.findById(user.id()).map(UserAccount::lockedUntil).filter(t -> t.isAfter(Instant.now())).isPresent();
    }

    private static String signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?error";
    }
}
