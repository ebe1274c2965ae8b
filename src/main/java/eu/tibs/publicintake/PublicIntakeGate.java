package eu.tibs.publicintake;

import java.io.IOException;

import eu.tibs.web.MatchedPath;
import eu.tibs.web.ProblemResponses;
import eu.tibs.web.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the public intake API before anything parses a request: bodies beyond the limit are refused (413),
 * and a client address over its hourly allowance gets 429.
 */
// Before TextGate, so that an anonymous body is bounded before anything reads it whole.
@Order(Ordered.LOWEST_PRECEDENCE - 1)
@Component
class PublicIntakeGate extends OncePerRequestFilter {
    static final String PUBLIC_API = "/api/public/";

    private final PublicIntakeSettings settings;
    private final RequestQuota quota;

    PublicIntakeGate(PublicIntakeSettings settings, RequestQuota quota) {
        this.settings = settings;
        this.quota = quota;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !MatchedPath.of(request).startsWith(PUBLIC_API)
                || HttpMethod.GET.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = (int) settings.maxBody().toBytes();
        // Read at most one byte past the limit, whatever Content-Length claims or when the body is chunked.
        byte[] body = request.getContentLengthLong() > limit ? null : request.getInputStream().readNBytes(limit + 1);
        if (body == null || body.length > limit) {
            ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "Send the application as JSON of at most " + limit + " bytes.");
            return;
        }
        if (!quota.allows(request.getRemoteAddr(), settings.requestsPerHour())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "This address sent too many applications; try again in an hour.");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }
}
