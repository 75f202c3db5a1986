package vn.boiduong.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor of an HTTP Basic call: an account with TOTP enrolled sends the current code in {@code X-OTP}
 * (each code once), else 401. An account that must enrol (enforced, role requires it) may call only the enrolment API.
 */
final class OtpHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-OTP";

    private final SecondFactor secondFactor;
    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final AuthResponses responses;

    OtpHeaderFilter(SecondFactor secondFactor, LoginThrottle throttle, ClientAddress clients, AuthResponses responses) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.clients = clients;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUserDetails details)) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = details.user();
        if (secondFactor.enrolled(user.id())) {
            String code = request.getHeader(HEADER);
            if (secondFactor.verify(user, code, false) != SecondFactor.Outcome.TOTP) {
                if (code != null) {
                    throttle.accountFailed(user.username());
                    throttle.addressFailed(clients.of(request));
                }
                SecurityContextHolder.clearContext();
                response.setHeader("WWW-Authenticate", "Basic realm=\"boiduong\"");
                responses.problem(request, response, 401, code == null ? "auth.otp.required" : "auth.otp.wrong");
                return;
            }
            throttle.signedIn(user.username());
        } else if (secondFactor.mustEnrol(user) && !request.getServletPath().startsWith("/api/account/mfa")) {
            responses.problem(request, response, 403, "auth.mfa.enrolFirst");
            return;
        }
        chain.doFilter(request, response);
    }
}
