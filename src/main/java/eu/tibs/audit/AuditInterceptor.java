package eu.tibs.audit;

import eu.tibs.web.MatchedPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Records each answered API request that names a company or case, with the answer's status, after it is sent. */
@Component
class AuditInterceptor implements HandlerInterceptor {
    static final String ANONYMOUS = "anonymous";

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod method)) {
            return;
        }
        AuditedAs marked = method.getMethodAnnotation(AuditedAs.class);
        String path = MatchedPath.of(request);
        AuditedRequest.of(request.getMethod(), path, response.getHeader(HttpHeaders.LOCATION),
                        marked == null ? null : marked.value())
                .ifPresent(audited -> trail.record(audited, userId(SecurityContextHolder.getContext()
                        .getAuthentication()), response.getStatus()));
    }

    /** The caller's user name; requests without a login (should any reach here) are recorded as anonymous. */
    static String userId(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
