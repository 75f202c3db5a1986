package vn.boiduong.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;
import vn.boiduong.shared.Problems;

/**
 * Refuses hostile input before any controller sees it, for every page and API call at once: control characters in
 * a parameter's name or value or in an uploaded file's name, and page numbers or page sizes outside their range (the
 * SQL offset {@code page × size} must stay far below 2³¹). Each refusal is a 400 naming the field.
 */
final class RequestInputCheck implements HandlerInterceptor {

    static final int MAX_PAGE = 100_000;
    static final int MAX_SIZE = 5_000;
    private static final Set<String> SIZES = Set.of("size", "limit");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Problems.Collector problems = Problems.collect();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey();
            if (ControlCharacters.present(name) || Arrays.stream(p.getValue()).anyMatch(ControlCharacters::present)) {
                problems.add(ControlCharacters.shown(name), "input.controlCharacters");
            } else if (name.equals("page")) {
                range(problems, name, p.getValue(), 0, MAX_PAGE, "input.pageRange");
            } else if (SIZES.contains(name)) {
                range(problems, name, p.getValue(), 1, MAX_SIZE, "input.sizeRange");
            }
        }
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
                if (ControlCharacters.present(part.getKey())
                        || part.getValue().stream().anyMatch(f -> ControlCharacters.present(f.getOriginalFilename()))) {
                    problems.add(ControlCharacters.shown(part.getKey()), "input.fileName");
                }
            }
        }
        problems.throwIfAny();
        return true;
    }

    /** A number out of range is refused; one that is not a number is left to binding (400 naming the field too). */
    private static void range(Problems.Collector problems, String name, String[] values, long min, long max, String code) {
        for (String v : values) {
            try {
                long n = Long.parseLong(v.strip());
                if (n < min || n > max) {
                    problems.add(name, code, min, max);
                    return;
                }
            } catch (NumberFormatException e) {
                // binding answers it
            }
        }
    }
}
