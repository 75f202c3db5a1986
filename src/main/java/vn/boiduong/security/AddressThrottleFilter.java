package vn.boiduong.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts (the login form, the second-factor step, any HTTP Basic request) from a client address
 * that failed too often: 429 for the API, back to the login page for the form.
 */
final class AddressThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final AuthResponses responses;
    private final RequestMatcher attempts;

    AddressThrottleFilter(LoginThrottle throttle, ClientAddress clients, AuthResponses responses, RequestMatcher attempts) {
        this.throttle = throttle;
        this.clients = clients;
        this.responses = responses;
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !attempts.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!throttle.addressBlocked(clients.of(request))) {
            chain.doFilter(request, response);
        } else if (SecurityConfiguration.BASIC.matches(request)) {
            response.setHeader("Retry-After", String.valueOf(throttle.lockMinutes() * 60));
            responses.problem(request, response, 429, "auth.throttled");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
        }
    }
}
