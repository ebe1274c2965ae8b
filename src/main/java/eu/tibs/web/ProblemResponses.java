package eu.tibs.web;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/** Problem details written by servlet filters and valves, which answer before Spring MVC's error handling can. */
public final class ProblemResponses {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        write(response, problem(status, title, detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** An answer that says no more than its status, for refusals whose cause is unknown or must not be told. */
    public static ProblemDetail generic(HttpStatus status) {
        String detail = status.is5xxServerError()
                ? "TIBS could not answer this request; the error is logged for its operators."
                : switch (status) {
                    case BAD_REQUEST -> "The request is malformed: check its address, parameters and body.";
                    case UNAUTHORIZED -> "Log in with a TIBS user name and password.";
                    case FORBIDDEN -> "Your role does not allow this.";
                    case NOT_FOUND -> "There is nothing at this address.";
                    case METHOD_NOT_ALLOWED -> "This address does not take this method.";
                    default -> "The request was refused.";
                };
        return problem(status, status.getReasonPhrase(), detail);
    }

    /** The problem as JSON text, for writers that take no stream. */
    public static String json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail is plain data", e);
        }
    }

    /** The answer to input that breaks a rule, naming each bad field under {@code errors}. */
    public static ProblemDetail invalid(HttpStatus status, List<FieldProblem> problems) {
        var problem = problem(status, "Invalid input",
                problems.size() == 1 ? "One field is invalid." : problems.size() + " fields are invalid.");
        problem.setProperty("errors", problems);
        return problem;
    }
}
