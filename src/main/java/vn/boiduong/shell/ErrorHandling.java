package vn.boiduong.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.http.converter.HttpMessageNotReadableException;
import vn.boiduong.shared.Problems;

/**
 * Turns business errors into answers a person can act on: JSON problem details for {@code /api/**}, an error
 * page otherwise; messages in the request's language. Nothing here leaks stack traces.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** One problem as shown to a person: the field and the sentence. */
    record FieldMessage(String field, String message) {
    }

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Problems.InvalidInput.class)
    Object invalid(Problems.InvalidInput e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<FieldMessage> fields = e.problems().stream()
                .map(p -> new FieldMessage(p.field(), messages.getMessage(p.code(), p.args(), p.code(), locale))).toList();
        return answer(request, HttpStatus.BAD_REQUEST, "error.invalidInput", fields);
    }

    @ExceptionHandler(Problems.NotFound.class)
    Object notFound(Problems.NotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error.notFound", List.of());
    }

    @ExceptionHandler(Problems.ConcurrentChange.class)
    Object concurrent(Problems.ConcurrentChange e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "error.concurrentChange", List.of());
    }

    /** Too many refused checks in a short time (citizen IDs): the headline and the sentence with the wait. */
    @ExceptionHandler(vn.boiduong.shared.Throttled.class)
    Object throttled(vn.boiduong.shared.Throttled e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        var field = new FieldMessage(e.field(), messages.getMessage(e.code(), e.args(), e.code(), locale));
        return answer(request, HttpStatus.TOO_MANY_REQUESTS, e.code() + ".title", List.of(field));
    }

    /** The same thing sent twice at once (double click, two officers): a unique key refused the second. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    Object duplicate(Exception e, HttpServletRequest request) {
        log.info("Refused a duplicate on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return answer(request, HttpStatus.CONFLICT, "error.duplicate", List.of());
    }

    /** Input the checks let through but a database constraint refused (a length, a range): nothing was written. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    Object constraint(Exception e, HttpServletRequest request) {
        log.warn("Constraint refused input on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return answer(request, HttpStatus.BAD_REQUEST, "error.constraint", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "error.forbidden", List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class})
    Object badRequest(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", List.of());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "xlsx.tooLarge", List.of());
    }

    /** Anything unexpected: logged with its stack trace, answered with a plain message (no internals shown). */
    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e, HttpServletRequest request) {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring's own answers (404 for a missing resource, 405 …) stay as they are
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String code, List<FieldMessage> fields) {
        Locale locale = RequestContextUtils.getLocale(request);
        String title = messages.getMessage(code, null, code, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, title);
            problem.setTitle(title);
            problem.setType(URI.create("urn:boiduong:" + code));
            if (!fields.isEmpty()) {
                problem.setProperty("errors", fields);
            }
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView mav = new ModelAndView("error", Map.of("status", status.value(), "title", title, "errors", fields));
        mav.setStatus(status);
        return mav;
    }
}
