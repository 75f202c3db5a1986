package vn.boiduong.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.VietnameseText;

/** Answers given by the security filters, before any controller: problem JSON for the API, redirects for pages. */
@Component
class AuthResponses {

    private final MessageSource messages;

    AuthResponses(MessageSource messages) {
        this.messages = messages;
    }

    static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** A page redirect, or for htmx a full reload of the target (never a login form swapped into a fragment). */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + path);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(request.getContextPath() + path);
    }

    /** RFC 9457 problem details with the message in the caller's language (Vietnamese unless English is asked). */
    void problem(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
        String accept = request.getHeader("Accept-Language");
        Locale locale = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VietnameseText.VI;
        String title = messages.getMessage(code, null, code, locale);
        String json = "{\"type\":\"urn:boiduong:" + code + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(title) + "\"}";
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\p{Cntrl}", " ");
    }
}
