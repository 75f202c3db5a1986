package vn.boiduong.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.boiduong.shared.DatabaseOutage;

/**
 * Web security; absent when the application runs as a command-line data tool (no web server). Two chains: requests
 * that carry HTTP Basic credentials are authenticated by them alone (stateless: no session read or written, so no
 * CSRF token is needed and a session cookie is never honoured there); every other request is a browser's (form login,
 * session, CSRF token always). One throttle for both (per account and per client address).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    static final RequestMatcher HTMX = request -> "true".equals(request.getHeader("HX-Request"));
    static final RequestMatcher BASIC = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };
    private static final RequestMatcher FORM_LOGIN = request -> "POST".equals(request.getMethod())
            && (request.getServletPath().equals("/login") || request.getServletPath().equals("/login/otp"));
    private static final String[] PUBLIC = {"/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/error", "/actuator/health"};

    /**
     * The actuator (health probes and Prometheus metrics) listens on the management port only, which the reverse proxy
     * does not publish: open there without sign-in, no session, no CSRF. On the application port these paths do not
     * exist (404).
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain basicChain(HttpSecurity http, LoginThrottle throttle, ClientAddress clients, AuthResponses responses,
                                   SecondFactor secondFactor) throws Exception {
        http.securityMatcher(BASIC)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("boiduong").authenticationDetailsSource(details(clients))
                        .authenticationEntryPoint(basicEntryPoint()))
                // credentials on every request, nothing kept: a browser cannot forge this header cross-site
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new AddressThrottleFilter(throttle, clients, responses, request -> true), BasicAuthenticationFilter.class)
                .addFilterAfter(new OtpHeaderFilter(secondFactor, throttle, clients, responses), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, ClientAddress clients,
                                            AuthResponses responses, SecondFactor secondFactor) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/login/otp").permitAll() // the controller answers only a pending second factor
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").authenticationDetailsSource(details(clients))
                        .successHandler(new FormLoginSuccess(secondFactor))
                        // one answer for every failure (unknown name, wrong password, locked or disabled account),
                        // so the page never tells which accounts exist
                        .failureHandler((request, response, e) -> {
                            if (DatabaseOutage.isOutage(e)) {
                                throw new DatabaseOutage.Unavailable(e); // 503 from the outermost filter, not "wrong password"
                            }
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            // htmx: reload on the login page instead of swapping it into a fragment
                            response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                        }, HTMX)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .headers(SecurityConfiguration::headers)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new AddressThrottleFilter(throttle, clients, responses, FORM_LOGIN),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SecondFactorGate(secondFactor, responses), AuthorizationFilter.class);
        return http.build();
    }

    /** 401 with the Basic challenge; a sign-in that failed because the database is unreachable is a 503 instead. */
    private static AuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("boiduong");
        return (request, response, e) -> {
            if (DatabaseOutage.isOutage(e)) {
                throw new DatabaseOutage.Unavailable(e);
            }
            basic.commence(request, response, e);
        };
    }

    private static AuthenticationDetailsSource<HttpServletRequest, ClientDetails> details(ClientAddress clients) {
        return request -> new ClientDetails(clients.of(request));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }
}
