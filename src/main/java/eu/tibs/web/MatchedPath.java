package eu.tibs.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request as Spring Security, Spring MVC and the engine's REST servlets match it: decoded and without
 * the context path. Gates and the audit trail look at this, never at the raw request URI, in which
 * {@code /api/%70ublic/applications} would not start with {@code /api/public/}.
 */
public final class MatchedPath {
    private MatchedPath() {
    }

    public static String of(HttpServletRequest request) {
        return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    }
}
