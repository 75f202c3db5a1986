package vn.boiduong.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.shared.Problems;

/**
 * Every JSON body is looked at as a tree before it is bound: a string (or a key) holding a control character is
 * refused with a 400 naming its path ({@code items[2].name}), whatever type the controller binds it to (records,
 * maps). Bodies above {@value #MAX_BYTES} bytes are refused: no API takes more.
 */
@ControllerAdvice
class JsonBodyCheck extends RequestBodyAdviceAdapter {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = input.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
            return input;
        }
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new BodyTooLarge();
        }
        try {
            String field = hostile(JSON.readTree(body), "");
            if (field != null) {
                throw new Problems.InvalidInput(field.isEmpty() ? "body" : field, "input.controlCharacters");
            }
        } catch (JacksonException e) {
            // not JSON: the converter answers with the same 400 it gives any unreadable body
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** The path of the first string or key with a control character, or null. */
    private static String hostile(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return ControlCharacters.present(node.asString()) ? path : null;
        }
        if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                String found = hostile(item, path + "[" + i++ + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (ControlCharacters.present(e.getKey())) {
                    return ControlCharacters.shown(at);
                }
                String found = hostile(e.getValue(), at);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** 413: a body larger than any API takes. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body above " + MAX_BYTES + " bytes");
        }
    }
}
