package eu.tibs.web;

import java.sql.SQLException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.xml.sax.SAXException;

/**
 * Tells a client's mistake from a fault of TIBS in what the engine threw, and says only what the client may know.
 * A refusal is logged as one WARN line; only a fault is logged with its stack trace.
 */
final class EngineFailures {
    private static final Logger LOG = LoggerFactory.getLogger(EngineFailures.class);
    /** The engine's words for a lookup that found nothing, when it throws a plain null-value exception. */
    private static final Pattern MISSING = Pattern.compile("(?i).*(does ?n[o']t exist|not found|cannot find).*",
            Pattern.DOTALL);

    private EngineFailures() {
    }

    static ProblemDetail problemFor(Throwable thrown) {
        var problem = classify(thrown);
        if (problem.getStatus() >= 500) {
            LOG.error("/engine-rest failed", thrown);
        } else {
            LOG.warn("/engine-rest refused with {}: {}", problem.getStatus(), problem.getDetail());
        }
        return problem;
    }

    private static ProblemDetail classify(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEnginePersistenceException || cause instanceof SQLException) {
                return ProblemResponses.generic(HttpStatus.INTERNAL_SERVER_ERROR);
            }
            if (cause instanceof AuthorizationException) {
                return ProblemResponses.generic(HttpStatus.FORBIDDEN);
            }
            if (cause instanceof OptimisticLockingException) {
                return ProblemResponses.problem(HttpStatus.CONFLICT, "Conflict",
                        "Someone else changed this meanwhile; reload and try again.");
            }
            if (cause instanceof FormFieldValidationException refused) {
                // The form checks name the submitted fields that are wrong, and nothing else.
                return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid input", refused.getMessage());
            }
            if (cause instanceof InvalidInputException invalid) {
                return ProblemResponses.invalid(HttpStatus.BAD_REQUEST, invalid.problems());
            }
            if (cause instanceof NotFoundException) {
                return ProblemResponses.generic(HttpStatus.NOT_FOUND);
            }
            if (cause instanceof ConflictException) {
                // Our conflicts name records of the case, which a caller of another region must not learn about.
                return ProblemResponses.problem(HttpStatus.CONFLICT, "Conflict",
                        "The request clashes with the current state of this case.");
            }
            if (cause instanceof NullValueException missing && MISSING.matcher(String.valueOf(missing.getMessage())).matches()) {
                return ProblemResponses.generic(HttpStatus.NOT_FOUND);
            }
        }
        if (thrown instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
            return refusal(HttpStatus.valueOf(rest.getStatus().getStatusCode()), rest.getMessage());
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return ProblemResponses.generic(HttpStatus.valueOf(web.getResponse().getStatus()));
        }
        if (thrown instanceof JsonProcessingException json) {
            return refusal(HttpStatus.BAD_REQUEST, "The body is not the JSON this address takes: "
                    + json.getOriginalMessage());
        }
        var engineRefusal = engineRefusal(thrown);
        return engineRefusal == null ? ProblemResponses.generic(HttpStatus.INTERNAL_SERVER_ERROR) : engineRefusal;
    }

    /**
     * A request the engine itself refused, with nothing but its own exceptions in the chain: a client's mistake
     * (an unknown id, a delete it does not allow, a model it cannot parse). Its words are the engine's, about the
     * request; an exception of anything else, TIBS's checks included, is told only by its status.
     */
    private static ProblemDetail engineRefusal(Throwable thrown) {
        ProcessEngineException deepest = null;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException engine && engine.getClass().getName().startsWith("org.camunda.")) {
                deepest = engine;
            } else if (!(cause instanceof RestException || cause instanceof SAXException)) {
                return null;
            }
        }
        if (deepest == null) {
            return null;
        }
        return refusal(HttpStatus.BAD_REQUEST, deepest.getMessage());
    }

    private static ProblemDetail refusal(HttpStatus status, String detail) {
        return ProblemResponses.problem(status, status.getReasonPhrase(), detail);
    }
}
