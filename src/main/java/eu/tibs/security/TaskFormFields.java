package eu.tibs.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The variables a task's form submits: the keys of its input fields, and the path of each dynamic list or group that
 * has one. Display data lives in text components, which submit nothing.
 */
@Component
class TaskFormFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;

    TaskFormFields(IdentityService identity, TaskService tasks, FormService forms) {
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
    }

    /** The fields of the task's form, looked up as the caller; empty when the caller cannot see the task. */
    Optional<Set<String>> of(String taskId, Actor caller) {
        var before = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.userId(), caller.groups());
        try {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                return Optional.empty();
            }
            return Optional.of(fieldsOfDeployedForm(taskId));
        } finally {
            identity.setAuthentication(before);
        }
    }

    private Set<String> fieldsOfDeployedForm(String taskId) {
        var fields = new TreeSet<String>();
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            collect(JSON.readTree(form).path("components"), fields);
        } catch (ProcessEngineException noForm) {
            // A task without a form submits nothing.
        } catch (IOException e) {
            throw new IllegalStateException("The form of task " + taskId + " is not readable", e);
        }
        return fields;
    }

    private static void collect(JsonNode components, Set<String> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                if (component.hasNonNull("path")) {
                    fields.add(component.get("path").asText());
                } else {
                    collect(component.get("components"), fields);
                }
            } else if (component.hasNonNull("key")) {
                fields.add(component.get("key").asText());
            }
        }
    }
}
