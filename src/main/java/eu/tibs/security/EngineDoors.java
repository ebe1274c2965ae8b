package eu.tibs.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.tibs.web.MatchedPath;
import eu.tibs.web.ProblemResponses;
import eu.tibs.web.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rules every engine REST door keeps, for /engine-rest and for the webapps' own engine API that Tasklist calls
 * alike, on the decoded path the engine's servlets match:
 * <ul>
 * <li>a task's completion carries the keyed fields of its form and nothing else (400 naming the rest);</li>
 * <li>a non-admin writes task variables only of the task's form fields, never routing variables or ids, and no
 *     instance or execution variables at all;</li>
 * <li>a non-admin starts, modifies, signals, messages or restarts no process instance: cases open through our API;
 * </li>
 * <li>a non-admin lists only users of their own groups.</li>
 * </ul>
 * The engine's authorizations remain the first check; this one closes what they cannot express.
 */
@Component
class EngineDoors extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(EngineDoors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Larger than any form's submission; a client sending more is refused rather than buffered. */
    private static final int MAX_BODY = 1 << 20;
    private static final Pattern TASK_SUBMISSION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)");
    private static final Pattern TASK_VARIABLES =
            Pattern.compile("/task/([^/]+)/(?:variables|localVariables)(?:/([^/]+)(?:/data)?)?");
    private static final Pattern INSTANCE_STEERING = Pattern.compile(
            "/(message|signal|condition)|/(process-instance|execution|case-instance|case-execution)/.+"
                    + "|/process-definition/.+/(start|submit-form|restart|restart-async)|/modification/.+"
                    + "|/task/[^/]+/(bpmnError|bpmnEscalation)");
    private static final Pattern INSTANCE_QUERY = Pattern.compile("/(process-instance|execution)(/count)?");
    private static final Pattern USER_LIST = Pattern.compile("/user(/count)?");

    private final EngineCallers callers;
    private final TaskFormFields formFields;

    EngineDoors(EngineCallers callers, TaskFormFields formFields) {
        this.callers = callers;
        this.formFields = formFields;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return EngineCallers.enginePath(MatchedPath.of(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = EngineCallers.enginePath(MatchedPath.of(request)).orElseThrow();
        Optional<Actor> caller = callers.of(request);
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (caller.isEmpty() || method == HttpMethod.GET && !USER_LIST.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Actor actor = caller.get();
        if (method == HttpMethod.GET) {
            if (!actor.isAdmin() && !listsOwnGroup(request, actor)) {
                refuse(response, HttpStatus.FORBIDDEN, "Forbidden",
                        "List users by id or by one of your own groups (memberOfGroup).");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!actor.isAdmin() && INSTANCE_STEERING.matcher(path).matches() && !INSTANCE_QUERY.matcher(path).matches()) {
            refuse(response, HttpStatus.FORBIDDEN, "Forbidden",
                    "Only admins start, steer or change process instances directly; cases open through /api.");
            return;
        }
        Matcher submission = TASK_SUBMISSION.matcher(path);
        Matcher variables = TASK_VARIABLES.matcher(path);
        if (!submission.matches() && !variables.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getContentLengthLong() > MAX_BODY ? null
                : request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body == null || body.length > MAX_BODY) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "Send at most " + MAX_BODY + " bytes.");
            return;
        }
        String taskId = submission.matches() ? submission.group(1) : variables.group(1);
        Optional<Set<String>> fields = formFields.of(taskId, actor);
        if (fields.isPresent()) {
            List<String> written = submission.matches() ? namesIn(body, "variables")
                    : variables.group(2) != null ? List.of(variables.group(2))
                    : concat(namesIn(body, "modifications"), namesIn(body, "deletions"));
            boolean formFieldsOnly = submission.matches() || !actor.isAdmin();
            var refused = refused(written, fields.get(), formFieldsOnly, actor.isAdmin());
            if (!refused.isEmpty()) {
                refuse(response, HttpStatus.BAD_REQUEST, "Variables not on the task's form",
                        "This task's form has the fields " + fields.get() + "; refused: " + refused + ".");
                return;
            }
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** Answers a refusal as problem details and logs it as one line: a client's mistake, not a fault of TIBS. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        LOG.warn("/engine-rest refused with {}: {}", status.value(), detail);
        ProblemResponses.write(response, status, title, detail);
    }

    private static Set<String> refused(List<String> written, Set<String> fields, boolean formFieldsOnly,
                                       boolean admin) {
        var refused = new TreeSet<String>();
        for (String name : written) {
            if (formFieldsOnly && !fields.contains(name) || !admin && RoutingVariables.isRouting(name)) {
                refused.add(name);
            }
        }
        return refused;
    }

    private static boolean listsOwnGroup(HttpServletRequest request, Actor actor) {
        String group = request.getParameter("memberOfGroup");
        return request.getParameter("id") != null || group != null && actor.groups().contains(group);
    }

    /** The names of a JSON object member: the variables of a submission, the modifications or deletions. */
    private static List<String> namesIn(byte[] body, String member) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            JsonNode names = node == null ? null : node.get(member);
            var found = new ArrayList<String>();
            if (names != null && names.isObject()) {
                names.fieldNames().forEachRemaining(found::add);
            } else if (names != null && names.isArray()) {
                names.forEach(name -> found.add(name.asText()));
            }
            return found;
        } catch (JsonProcessingException notJson) {
            // The engine refuses what it cannot read either.
            return List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
