package vn.boiduong.shell;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** How malformed input is read: null items in JSON lists are refused, and a form body that cannot be decoded is a 400. */
@Configuration(proxyBeanMethods = false)
class InputConfiguration {

    /** {@code [null, {…}]} fails binding with the list's path (a 400 naming it) instead of reaching the code as a null item. */
    @Bean
    JsonMapperBuilderCustomizer nullItemsRefused() {
        JsonSetter.Value fail = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            for (Class<?> type : new Class<?>[] {List.class, Set.class, Collection.class}) {
                builder.withConfigOverride(type, o -> o.setNullHandling(fail));
            }
        };
    }

    /**
     * Spring's filter that reads form bodies of PUT, PATCH and DELETE throws on a bad %-escape before any controller
     * runs, which the container answered with 500; a body that cannot be decoded is the client's error.
     */
    @Bean
    OrderedFormContentFilter formContentFilter() {
        return new OrderedFormContentFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    super.doFilterInternal(request, response, chain);
                } catch (HttpMessageNotReadableException e) {
                    if (!response.isCommitted()) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "form body cannot be decoded");
                    }
                }
            }
        };
    }
}
