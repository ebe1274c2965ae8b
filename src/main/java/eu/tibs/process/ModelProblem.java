package eu.tibs.process;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/**
 * One reason a model is refused, naming the element it is about; as a {@link Problem} the engine REST API lists it,
 * element id included, in the 400 answer to a deployment.
 */
public record ModelProblem(String elementId, String message) implements Problem {

    @Override
    public String getMessage() {
        return elementId + ": " + message;
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getColumn() {
        return 0;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return List.of(elementId);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
