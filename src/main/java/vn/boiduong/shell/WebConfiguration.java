package vn.boiduong.shell;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.boiduong.shared.VietnameseText;

/** Vietnamese by default, English with {@code ?lang=en} (kept in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        // one bundle per module so modules own their texts; every bundle has _vi (default) and _en with the same keys
        source.setBasenames("classpath:messages", "classpath:i18n/catalog", "classpath:i18n/training",
                "classpath:i18n/notify", "classpath:i18n/documents", "classpath:i18n/effect", "classpath:i18n/feedback",
                "classpath:i18n/rating", "classpath:i18n/targets", "classpath:i18n/reports", "classpath:i18n/budget",
                "classpath:i18n/tasks", "classpath:i18n/auth", "classpath:i18n/people", "classpath:i18n/errors",
                "classpath:i18n/scope");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VietnameseText.VI);
        source.setUseCodeAsDefaultMessage(true);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("boiduong-lang");
        resolver.setDefaultLocale(VietnameseText.VI);
        // pages are Vietnamese unless the user switches; API clients may ask for English with Accept-Language
        resolver.setDefaultLocaleFunction(request -> {
            String accept = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api && accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VietnameseText.VI;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true); // ?lang=%25 is not a reason to fail the page
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new RequestInputCheck());
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
