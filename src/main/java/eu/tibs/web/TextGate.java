package eu.tibs.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, before anything parses or stores it, text that no column holds faithfully (NUL, a lone UTF-16
 * surrogate) in query parameters and JSON bodies, and JSON that is ambiguous (a key twice, a second value after the
 * first). It guards every door alike: our API, {@code /engine-rest} and the webapps' API that Tasklist submits
 * forms through.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@Component
class TextGate extends OncePerRequestFilter {
    static final int MAX_JSON_BODY = 4 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var parameterProblem = parameterProblem(request.getParameterMap());
        if (parameterProblem.isPresent()) {
            refuse(response, parameterProblem.get());
            return;
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        // Read at most one byte past the limit, whatever Content-Length claims: the webapps' API takes bodies before
        // anyone has logged in, and no form or variable of TIBS comes near this size.
        byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
        if (body.length > MAX_JSON_BODY) {
            ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "A JSON body may have at most " + MAX_JSON_BODY + " bytes.");
            return;
        }
        var bodyProblem = JsonText.problemIn(body);
        if (bodyProblem.isPresent()) {
            refuse(response, bodyProblem.get());
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static Optional<FieldProblem> parameterProblem(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            var problem = JsonText.problemWith(parameter.getKey())
                    .or(() -> List.of(parameter.getValue()).stream().flatMap(value -> JsonText.problemWith(value)
                            .stream()).findFirst());
            if (problem.isPresent()) {
                return Optional.of(new FieldProblem(parameter.getKey(), problem.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.parseMediaType(request.getContentType()).getSubtype().endsWith("json");
        } catch (IllegalArgumentException unreadableType) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, FieldProblem problem) throws IOException {
        ProblemResponses.write(response, ProblemResponses.invalid(HttpStatus.BAD_REQUEST, List.of(problem)));
    }
}
