package vn.boiduong.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a right password at the login form: an account with a second factor is asked for its code first (the session
 * holds only a {@link MfaPending}); an account that must enrol is sent to the enrolment page; everyone else home.
 */
final class FormLoginSuccess implements AuthenticationSuccessHandler {

    static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private final SecondFactor secondFactor;

    FormLoginSuccess(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        CurrentUser user = ((AppUserDetails) auth.getPrincipal()).user();
        if (secondFactor.enrolled(user.id())) {
            save(new MfaPending(auth), request, response);
            response.sendRedirect(request.getContextPath() + "/login/otp");
        } else if (secondFactor.mustEnrol(user)) {
            request.getSession().setAttribute(SecondFactorGate.MUST_ENROL, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/account/mfa");
        } else {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    static void save(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
