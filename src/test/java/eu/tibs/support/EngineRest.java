package eu.tibs.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's tasks and timers worked through /engine-rest as brokers and operators do, and the typed values forms submit. */
public final class EngineRest {
    public static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() { };

    private EngineRest() {
    }

    public static void complete(TestRestTemplate broker, String caseId, String taskKey, Map<String, Object> variables) {
        var completed = broker.postForEntity("/engine-rest/task/" + task(broker, caseId, taskKey) + "/complete",
                Map.of("variables", variables), String.class);
        assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The rows a list endpoint answers this user, such as {@code /engine-rest/task?processInstanceBusinessKey=...}. */
    public static List<Map<String, Object>> list(TestRestTemplate user, String path) {
        var answer = user.exchange(path, HttpMethod.GET, null, JSON_LIST);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The id of the case's one open task of this key. */
    public static String task(TestRestTemplate broker, String caseId, String taskKey) {
        var tasks = broker.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey="
                + taskKey, HttpMethod.GET, null, JSON_LIST).getBody();
        assertThat(tasks).as(taskKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    /** Time passes: the case's one due timer fires. */
    public static void executeTimer(TestRestTemplate admin, String caseId) {
        executeTimer(admin, caseId, "");
    }

    /** Time passes: the case's timer at this element fires. */
    public static void executeTimer(TestRestTemplate admin, String caseId, String timerId) {
        // The job query knows no business key: the case's timers are those of its process instances.
        var timers = list(admin, "/engine-rest/process-instance?businessKey=" + caseId).stream()
                .flatMap(instance -> list(admin, "/engine-rest/job?timers=true&processInstanceId=" + instance.get("id")
                        + (timerId.isEmpty() ? "" : "&activityId=" + timerId)).stream())
                .toList();
        assertThat(timers).hasSize(1);
        var executed = admin.postForEntity("/engine-rest/job/" + timers.get(0).get("id") + "/execute", null, String.class);
        assertThat(executed.getStatusCode()).as(String.valueOf(executed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    public static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    public static Map<String, Object> bool(boolean value) {
        return Map.of("value", value, "type", "Boolean");
    }

    public static Map<String, Object> integer(int value) {
        return Map.of("value", value, "type", "Integer");
    }

    /** A JSON variable, as Camunda Forms submit checklists and dynamic lists. */
    public static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }
}
