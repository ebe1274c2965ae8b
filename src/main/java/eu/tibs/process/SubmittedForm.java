package eu.tibs.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Checks the variables a form submitted and refuses the submission, naming every bad field, when one is wrong. */
public final class SubmittedForm {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Function<String, Object> variables;
    private final List<String> problems = new ArrayList<>();

    public SubmittedForm(VariableScope variables) {
        this.variables = variables::getVariable;
    }

    /** The fields of one row of a dynamic list. */
    public static SubmittedForm ofRow(Map<String, Object> row) {
        return new SubmittedForm(row::get);
    }

    private SubmittedForm(Function<String, Object> variables) {
        this.variables = variables;
    }

    /** The value of an enum-valued field, or null (with a problem noted) when it is missing or not one of the codes. */
    public <E extends Enum<E>> E requireOneOf(String name, Class<E> codes) {
        Object value = variables.apply(name);
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
        Object value = variables.apply(name);
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(name + " is required");
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(name + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** A text that may be left empty: null then, otherwise at most {@code maxLength} characters. */
    public String optionalText(String name, int maxLength) {
        Object value = variables.apply(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return requireText(name, maxLength);
    }

    /** A required whole number from {@code min} to {@code max}; forms send numbers as long or double. */
    public Integer requireInt(String name, int min, int max) {
        Object value = variables.apply(name);
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            problems.add(name + " must be a whole number from " + min + " to " + max + " but was " + value);
            return null;
        }
        return inRange(name, number.intValue(), min, max);
    }

    /** A required yes or no. */
    public Boolean requireBoolean(String name) {
        Object value = variables.apply(name);
        if (value instanceof Boolean flag) {
            return flag;
        }
        problems.add(name + " must be true or false but was " + value);
        return null;
    }

    /** A required date, as forms send it: {@code 2026-03-31}, optionally followed by a time. */
    public LocalDate requireDate(String name) {
        Object value = variables.apply(name);
        try {
            if (value instanceof String text && text.length() >= 10) {
                return LocalDate.parse(text.substring(0, 10));
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        problems.add(name + " must be a date like 2026-03-31 but was " + value);
        return null;
    }

    /** A required id that must be one of {@code known}. */
    public UUID requireId(String name, Collection<UUID> known) {
        Object value = variables.apply(name);
        try {
            UUID id = UUID.fromString(String.valueOf(value));
            if (known.contains(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        problems.add(name + " must be one of the offered ids but was " + value);
        return null;
    }

    /**
     * Codes chosen in a checklist or tag list, each of which must be in {@code allowed}; at least {@code min} of them.
     * Tasklist submits such lists as JSON; through the REST API a JSON text or a comma-separated text is accepted.
     */
    public List<String> requireCodes(String name, Set<String> allowed, int min) {
        List<String> codes = new ArrayList<>();
        for (Object item : listOf(name)) {
            codes.add(String.valueOf(item));
        }
        List<String> unknown = codes.stream().filter(code -> !allowed.contains(code)).toList();
        if (!unknown.isEmpty()) {
            problems.add(name + " holds unknown codes " + unknown);
        } else if (codes.size() < min) {
            problems.add(name + " needs at least " + min + " of " + new TreeSet<>(allowed));
        }
        return codes;
    }

    /** The rows of a dynamic list, each a map of its fields; a missing list is empty. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String name) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object item : listOf(name)) {
            if (item instanceof Map<?, ?> row) {
                rows.add((Map<String, Object>) row);
            } else {
                problems.add(name + " must be a list of rows but holds " + item);
            }
        }
        return rows;
    }

    /** A problem found by a rule of the caller's own, such as a value that depends on another. */
    public void reject(String problem) {
        problems.add(problem);
    }

    private Integer inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(name + " must be from " + min + " to " + max + " but was " + value);
        }
        return value;
    }

    private List<?> listOf(String name) {
        Object value = variables.apply(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        String text = value.toString().strip();
        if (!text.startsWith("[")) {
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
        }
        try {
            return JSON.readValue(text, List.class);
        } catch (JsonProcessingException e) {
            problems.add(name + " is not a JSON list");
            return List.of();
        }
    }

    /**
     * The server-side check of one user task's form, attached as an execution listener on the task's {@code end}
     * event. Not a task listener: the engine wraps what those throw, so the REST API would answer 500 instead of 400.
     * A task cancelled by a boundary or withdrawal event is not checked: nothing was submitted.
     */
    public abstract static class Check implements ExecutionListener {
        public static final String SYSTEM = "system";

        @Override
        public final void notify(DelegateExecution execution) {
            if (!execution.isCanceled()) {
                var form = new SubmittedForm(execution);
                check(form, execution);
                form.throwIfInvalid();
                record(execution);
            }
        }

        protected abstract void check(SubmittedForm form, DelegateExecution execution);

        /** Stores what the valid form captured, through the feature's service, in the completing transaction. */
        protected void record(DelegateExecution execution) {
        }

        /** The user completing the task, or "system" when the engine is called without one (tests, jobs). */
        protected static String completedBy(DelegateExecution execution) {
            var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            return authentication == null ? SYSTEM : authentication.getUserId();
        }
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(problems, "Invalid form: " + String.join("; ", problems));
        }
    }
}
