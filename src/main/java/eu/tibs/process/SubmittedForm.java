package eu.tibs.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

    /**
     * The server-side check of one user task's form, attached as an execution listener on the task's {@code end}
     * event. Not a task listener: the engine wraps what those throw, so the REST API would answer 500 instead of 400.
     * A task cancelled by a boundary or withdrawal event is not checked: nothing was submitted.
     */
    public abstract static class Check implements ExecutionListener {
        @Override
        public final void notify(DelegateExecution execution) {
            if (!execution.isCanceled()) {
                var form = new SubmittedForm(execution);
                check(form, execution);
                form.throwIfInvalid();
            }
        }

        protected abstract void check(SubmittedForm form, DelegateExecution execution);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(problems, "Invalid form: " + String.join("; ", problems));
        }
    }
}
