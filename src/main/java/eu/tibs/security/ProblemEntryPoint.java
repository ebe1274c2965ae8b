package eu.tibs.security;

import java.io.IOException;

import eu.tibs.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a missing login with 401 (429 for an address throttled after wrong passwords) and a missing role with 403,
 * as problem details like every other error.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottled throttled) {
            throttled.answer(response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"TIBS\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "Log in with a TIBS user name and password (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }
}
