package vn.boiduong.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Resolves only webjar links (version-free {@code /webjars/bootstrap/...} → the jar's versioned path). Spring's own
 * filter tries every link a page builds — each {@code /people/123} of a long table — as a static resource on the
 * class path; inside the executable jar that is a synchronised jar-file lookup per link, and a dashboard with a
 * thousand links spent most of its time waiting on that lock under concurrent users (measured at national scale).
 * Declaring this filter replaces Spring Boot's (it is only added when none exists).
 */
@Configuration(proxyBeanMethods = false)
class WebjarLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new OnlyWebjars());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Spring's filter, with every link that is not under {@code /webjars/} passed straight to the container. */
    static class OnlyWebjars extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse original)) {
                chain.doFilter(request, response);
                return;
            }
            super.doFilter(request, response, (req, resolving) -> chain.doFilter(req,
                    new HttpServletResponseWrapper((HttpServletResponse) resolving) {
                        @Override
                        public String encodeURL(String url) {
                            return url != null && url.contains("/webjars/") ? super.encodeURL(url) : original.encodeURL(url);
                        }
                    }));
        }
    }
}
