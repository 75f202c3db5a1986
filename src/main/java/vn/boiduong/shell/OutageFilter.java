package vn.boiduong.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import vn.boiduong.shared.DatabaseOutage;

/**
 * The outermost filter: when the database cannot be reached anywhere in the request (the session store, the sign-in,
 * a page), the answer is 503 with {@code Retry-After} and a short page in the user's language (problem JSON for the
 * API), never a stack trace. The page is written here, without templates or the layout, which would need the database
 * themselves. Nothing is half-written: the transaction that failed to start or to commit was rolled back by PostgreSQL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    OutageFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            write(request, response);
        }
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        String title = messages.getMessage("error.status.503", null, "503", locale);
        String detail = messages.getMessage("error.detail.503", null, "", locale);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        byte[] body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            body = ("{\"type\":\"urn:boiduong:error.status.503\",\"title\":\"" + json(title) + "\",\"status\":503,\"detail\":\""
                    + json(detail) + "\"}").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = ("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
                    + "<title>" + HtmlUtils.htmlEscape(title) + "</title></head>"
                    + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\">"
                    + "<h1 id=\"error-title\">" + HtmlUtils.htmlEscape(title) + "</h1><p id=\"error-detail\">"
                    + HtmlUtils.htmlEscape(detail) + "</p><p>503</p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Locale.forLanguageTag("vi-VN");
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\p{Cntrl}", " ");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
