package vn.boiduong.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's second-factor gate. A session whose password was right but whose code is still due reaches only the
 * code page; a user whose role requires a second factor (when enforced) and who has none reaches only the enrolment
 * page (and the API to enrol) until enrolled. Everything else is sent there.
 */
final class SecondFactorGate extends OncePerRequestFilter {

    /** Session flag set at sign-in for a user who must enrol; re-checked against the database while set. */
    static final String MUST_ENROL = SecondFactorGate.class.getName() + ".mustEnrol";

    private final SecondFactor secondFactor;
    private final AuthResponses responses;

    SecondFactorGate(SecondFactor secondFactor, AuthResponses responses) {
        this.secondFactor = secondFactor;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        if (auth instanceof MfaPending && !(open(path) || path.equals("/login/otp"))) {
            refuse(request, response, "/login/otp");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MUST_ENROL) != null && auth != null
                && auth.getPrincipal() instanceof AppUserDetails details && !(open(path) || enrolment(path))) {
            if (secondFactor.mustEnrol(details.user())) {
                refuse(request, response, "/account/mfa");
                return;
            }
            session.removeAttribute(MUST_ENROL);
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        if (AuthResponses.api(request)) {
            responses.problem(request, response, 403, page.equals("/login/otp") ? "auth.otp.required" : "auth.mfa.enrolFirst");
        } else {
            AuthResponses.redirect(request, response, page);
        }
    }

    private static boolean open(String path) {
        return path.equals("/login") || path.equals("/logout") || path.equals("/error") || path.equals("/favicon.ico")
                || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
    }

    private static boolean enrolment(String path) {
        return path.equals("/account/mfa") || path.startsWith("/account/mfa/") || path.equals("/api/account/mfa")
                || path.startsWith("/api/account/mfa/");
    }
}
