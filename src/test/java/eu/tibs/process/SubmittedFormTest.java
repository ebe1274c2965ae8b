package eu.tibs.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SubmittedFormTest {
    enum Answer { YES, NO }

    @Test
    void acceptsValidValues() {
        var form = new SubmittedForm(variables(Map.of("answer", "YES", "reason", "Fits well")));
        assertThat(form.requireOneOf("answer", Answer.class)).isEqualTo(Answer.YES);
        assertThat(form.requireText("reason", 20)).isEqualTo("Fits well");
        form.throwIfInvalid();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        var form = new SubmittedForm(variables(Map.of("answer", "MAYBE", "reason", "x".repeat(21))));
        form.requireOneOf("answer", Answer.class);
        form.requireText("reason", 20);
        form.requireText("missing", 20);
        assertThatThrownBy(form::throwIfInvalid)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("answer must be one of [YES, NO] but was MAYBE")
                .hasMessageContaining("reason must be at most 20 characters")
                .hasMessageContaining("missing is required");
    }

    private static VariableScope variables(Map<String, Object> values) {
        var copy = new HashMap<>(values);
        var scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> copy.get(call.getArgument(0, String.class)));
        return scope;
    }
}
