package eu.tibs.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Replaces Camunda's exception mappers on {@code /engine-rest}, which answer 500 to many client errors and name
 * Java exception types: every failure becomes problem details with the status {@link EngineFailures} finds. Jersey
 * takes the mapper closest to the exception's type, so there is one for each type Camunda maps, registered with a
 * higher priority than Camunda's.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {
    /** Jersey prefers the lower number; Camunda's mappers have the default, 5000. */
    private static final int BEFORE_CAMUNDA = 100;
    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @Override
    public void customize(ResourceConfig config) {
        config.register(new ProblemMapper<Throwable>() { }, BEFORE_CAMUNDA);
        config.register(new ProblemMapper<ProcessEngineException>() { }, BEFORE_CAMUNDA);
        config.register(new ProblemMapper<RestException>() { }, BEFORE_CAMUNDA);
        // Camunda maps Jackson's parse and mapping errors too; both are JsonProcessingExceptions.
        config.register(new ProblemMapper<JsonProcessingException>() { }, BEFORE_CAMUNDA);
    }

    /** Jersey reads the exception type a mapper takes from the type argument of each anonymous subclass above. */
    private abstract static class ProblemMapper<T extends Throwable> implements ExceptionMapper<T> {
        @Override
        public Response toResponse(T thrown) {
            var problem = EngineFailures.problemFor(thrown);
            return Response.status(problem.getStatus()).type(PROBLEM).entity(ProblemResponses.json(problem)).build();
        }
    }
}
