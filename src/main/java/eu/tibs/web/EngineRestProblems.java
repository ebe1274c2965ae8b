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

    @Override
    public void customize(ResourceConfig config) {
        config.register(new AnyFailure(), BEFORE_CAMUNDA);
        config.register(new EngineFailure(), BEFORE_CAMUNDA);
        config.register(new RestFailure(), BEFORE_CAMUNDA);
        config.register(new JsonFailure(), BEFORE_CAMUNDA);
    }

    static Response answer(Throwable thrown) {
        var problem = EngineFailures.problemFor(thrown);
        return Response.status(problem.getStatus()).type(MediaType.valueOf("application/problem+json"))
                .entity(ProblemResponses.json(problem)).build();
    }

    static final class AnyFailure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable thrown) {
            return answer(thrown);
        }
    }

    static final class EngineFailure implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException thrown) {
            return answer(thrown);
        }
    }

    static final class RestFailure implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException thrown) {
            return answer(thrown);
        }
    }

    /** Camunda maps Jackson's parse and mapping errors too; both are {@link JsonProcessingException}s. */
    static final class JsonFailure implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException thrown) {
            return answer(thrown);
        }
    }
}
