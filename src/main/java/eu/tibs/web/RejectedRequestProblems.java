package eu.tibs.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses paths with ';', '//', '..' or encoded separators; the client reads why in
 * problem details, and the log has one line, not a stack trace.
 */
@Component
class RejectedRequestProblems implements RequestRejectedHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RejectedRequestProblems.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        LOG.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
        ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Bad Request",
                "The address holds a sequence TIBS does not accept, such as ';', '//' or an encoded '/'.");
    }
}
