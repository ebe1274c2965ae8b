package eu.tibs.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the audit interceptor in front of our API and the workspace's pages, not of the audit trail's own endpoint. */
@Configuration
class AuditWebConfig implements WebMvcConfigurer {
    private final AuditInterceptor interceptor;

    AuditWebConfig(AuditInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/**", "/workspace/**")
                .excludePathPatterns(AuditController.PATH + "/**", AuditController.PATH);
    }
}
