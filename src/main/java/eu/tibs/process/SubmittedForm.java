package eu.tibs.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Checks the variables a form submitted and refuses the submission, naming every bad field, when one is wrong. */
public final class SubmittedForm {
    private final VariableScope variables;
    private final List<String> problems = new ArrayList<>();

    public SubmittedForm(VariableScope variables) {
        this.variables = variables;
    }

    /** The value of an enum-valued field, or null (with a problem noted) when it is missing or not one of the codes. */
    public <E extends Enum<E>> E requireOneOf(String name, Class<E> codes) {
        Object value = variables.getVariable(name);
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(value)) {
                return code;
            }
        }
        problems.add(name + " must be one of " + Arrays.toString(codes.getEnumConstants()) + " but was " + value);
        return null;
    }

    /** A required text of at most {@code maxLength} characters. */
    public String requireText(String name, int maxLength) {
        Object value = variables.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(name + " is required");
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(name + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(problems, "Invalid form: " + String.join("; ", problems));
        }
    }
}
