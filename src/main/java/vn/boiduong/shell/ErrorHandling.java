package vn.boiduong.shell;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;
import vn.boiduong.shared.DatabaseOutage;
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

    /** A parameter, path segment or body field that does not fit its type: 400 naming the field. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return field(request, e.getName(), "input.type");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return field(request, e.getParameterName(), "input.required");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return field(request, e.getRequestPartName(), "input.required");
    }

    /** A body that is not JSON, or whose field has the wrong type (the field is named by its path). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String path = e.getCause() instanceof JacksonException j ? path(j) : "";
        return path.isEmpty() ? field(request, "body", "input.unreadable") : field(request, path, "input.type");
    }

    /** The firewall refused the request line or a parameter name; Tomcat could not decode a parameter (bad %-escape). */
    @ExceptionHandler({RequestRejectedException.class, ServletRequestBindingException.class, InvalidParameterException.class})
    Object badRequest(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        long max = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / 1024 / 1024 : 20;
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.badRequest", messages(request, "file", "upload.requestTooLarge", max));
    }

    @ExceptionHandler(JsonBodyCheck.BodyTooLarge.class)
    Object bodyTooLarge(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.badRequest",
                messages(request, "body", "input.bodyTooLarge", JsonBodyCheck.MAX_BYTES / 1024 / 1024));
    }

    /** A multipart body that cannot be parsed (broken boundary, bad headers): the upload is refused, nothing is kept. */
    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        return field(request, "file", "input.multipart");
    }

    /** Spring's own refusals (404 no such page, 405 method, 406, 415 media type …) in the user's language. */
    @ExceptionHandler({ErrorResponseException.class, ServletException.class})
    Object spring(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse spring) {
            return springAnswer(spring, request, response);
        }
        if (DatabaseOutage.isOutage(e)) {
            return outage(e, request, response);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
    }

    /** Anything unexpected: logged with its stack trace, answered with a plain message (no internals shown). */
    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse spring) {
            return springAnswer(spring, request, response);
        }
        if (DatabaseOutage.isOutage(e)) {
            return outage(e, request, response);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
    }

    /** The database cannot be reached (restart, fail-over): 503 and "try again shortly", not a 500 with a stack trace. */
    private Object outage(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        response.setHeader("Retry-After", String.valueOf(OutageFilter.RETRY_AFTER_SECONDS));
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error.status.503", List.of());
    }

    /** Spring's 4xx answers keep their status and headers (Allow, Accept) with a message in the user's language. */
    private Object springAnswer(ErrorResponse e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null || !status.is4xxClientError()) {
            log.error("Server error on {} {}", request.getMethod(), request.getRequestURI(), (Throwable) e);
            return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
        }
        e.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        String code = switch (status) {
            case NOT_FOUND -> "error.notFound";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            case NOT_ACCEPTABLE -> "error.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "error.unsupportedMediaType";
            case CONTENT_TOO_LARGE -> "input.bodyTooLarge.short";
            default -> "error.badRequest";
        };
        return answer(request, status, code, List.of());
    }

    private Object field(HttpServletRequest request, String field, String code, Object... args) {
        return answer(request, HttpStatus.BAD_REQUEST, "error.invalidInput", messages(request, field, code, args));
    }

    private List<FieldMessage> messages(HttpServletRequest request, String field, String code, Object... args) {
        Locale locale = RequestContextUtils.getLocale(request);
        return List.of(new FieldMessage(ControlCharacters.shown(field), messages.getMessage(code, args, code, locale)));
    }

    /** {@code items[2].name} from Jackson's path to the field it could not read. */
    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
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
        Map<String, Object> model = new java.util.HashMap<>(Map.of("status", status.value(), "errorTitle", title, "errors", fields));
        String back = listOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (back != null && "GET".equals(request.getMethod())) {
            model.put("back", back); // e.g. /people/99999999 → /people: the way back to the list
        }
        ModelAndView mav = new ModelAndView("error", model);
        mav.setStatus(status);
        return mav;
    }

    /** The section a page lies in ("/people" for "/people/12/edit"), or null for a top-level path. */
    static String listOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 && parts[1].matches("[a-z-]+") ? "/" + parts[1] : null;
    }
}
