package eu.tibs.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** One user's way through a case on /engine-rest, as Tasklist goes: find the case's task, complete it with typed values. */
public final class EngineRest {
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() { };

    private final TestRestTemplate http;

    public EngineRest(TestRestTemplate http) {
        this.http = http;
    }

    /** The rows a list endpoint answers this user, such as {@code /engine-rest/task?processInstanceBusinessKey=...}. */
    public List<Map<String, Object>> list(String path) {
        var answer = http.exchange(path, HttpMethod.GET, null, JSON_LIST);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The id of the case's one open task of this kind that the user sees. */
    public String task(String caseId, String taskKey) {
        var tasks = list("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks).as(taskKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    public void complete(String caseId, String taskKey, Map<String, Object> variables) {
        var completed = http.postForEntity("/engine-rest/task/" + task(caseId, taskKey) + "/complete",
                Map.of("variables", variables), String.class);
        assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    public static Map<String, Object> string(String value) {
        return typed(value, "String");
    }

    public static Map<String, Object> bool(boolean value) {
        return typed(value, "Boolean");
    }

    public static Map<String, Object> integer(int value) {
        return typed(value, "Integer");
    }

    /** A JSON variable, as Camunda Forms submit checklists and dynamic lists. */
    public static Map<String, Object> json(String value) {
        return typed(value, "Json");
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }
}
