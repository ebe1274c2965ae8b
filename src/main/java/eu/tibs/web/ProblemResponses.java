package eu.tibs.web;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    /** The answer to input that breaks a rule, naming each bad field under {@code errors}. */
    public static ProblemDetail invalid(HttpStatus status, List<FieldProblem> problems) {
        var problem = problem(status, "Invalid input",
                problems.size() == 1 ? "One field is invalid." : problems.size() + " fields are invalid.");
        problem.setProperty("errors", problems);
        return problem;
    }
}
