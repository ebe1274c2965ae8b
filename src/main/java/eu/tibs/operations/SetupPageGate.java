package eu.tibs.operations;

import java.io.IOException;
import java.util.Locale;

import eu.tibs.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda Admin's setup page lets the first visitor create an administrator. A TIBS node faces the Internet (the
 * public intake page), and its first administrator comes from the environment instead (TIBS_ADMIN_USER), so the page
 * and its API answer 404 on every profile, however the path is encoded.
 */
@Component
// Before Spring Security, which would otherwise send a visitor to the login page first: closed is closed for everyone.
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class SetupPageGate extends OncePerRequestFilter {
    private static final String[] SETUP_PATHS = {"/camunda/app/admin/", "/camunda/api/admin/setup/"};

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The servlet path is decoded and normalised: %73etup and /./ name the same page.
        String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .toLowerCase(Locale.ROOT);
        return !(path.startsWith(SETUP_PATHS[1]) || path.startsWith(SETUP_PATHS[0]) && path.contains("/setup"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemResponses.write(response, HttpStatus.NOT_FOUND, "Not found",
                "There is no setup page: the first administrator is created from the environment.");
    }
}
