package eu.tibs.security;

import java.io.IOException;
import java.time.Duration;

import eu.tibs.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/** A login refused unchecked because its client address sent too many wrong passwords lately. */
class LoginThrottled extends AuthenticationException {
    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed logins from this address");
        this.retryAfter = retryAfter;
    }

    /** 429 with the time to wait, whichever door the login came through. */
    void answer(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                "This address sent too many wrong passwords; try again later.");
    }
}
