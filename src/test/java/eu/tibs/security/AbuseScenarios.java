package eu.tibs.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.TasklistSession;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static eu.tibs.support.EngineRest.list;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doors of the engine tried by the wrong user: a broker of another region, the home broker with variables no
 * form has, a project lead, a coordinator. Each attempt gets a 4xx and leaves the case as it was: its stage, its
 * process instances, their variables and who may see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbuseScenarios extends CrossBorderScenario {
    private static final String REVIEW_INTAKE = "userTask_reviewIntake";

    @Autowired
    RuntimeService runtime;
    @Autowired
    AuthorizationService authorizations;

    String company;
    String caseId;
    String instance;

    @BeforeEach
    void podlaskieCaseInIntake() {
        company = register(podlaskie, Companies.podlaskieDairy());
        caseId = openCase(company);
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("brokerage-case").singleResult().getId();
    }

    @Test
    void noStartOptionOfTheEngineOpensOrHijacksACase() {
        var forged = Map.of("caseId", string(caseId), "homeBrokerGroup", string("broker-de-hamburg"),
                "companyId", string(company));
        String start = "/engine-rest/process-definition/key/brokerage-case";
        String definitionId = (String) list(hamburg, "/engine-rest/process-definition?key=brokerage-case&latestVersion=true")
                .get(0).get("id");
        String startEvent = "startEvent_caseStarted";
        var attempts = new ArrayList<Attempt>();
        for (var broker : List.of(hamburg, podlaskie)) {
            attempts.add(post(broker, start + "/start", Map.of("businessKey", caseId, "variables", forged)));
            attempts.add(post(broker, "/engine-rest/process-definition/" + definitionId + "/start",
                    Map.of("businessKey", caseId, "variables", forged)));
            attempts.add(post(broker, start + "/start", Map.of("businessKey", caseId, "variables", forged,
                    "skipCustomListeners", true, "skipIoMappings", true,
                    "startInstructions", List.of(Map.of("type", "startAfterActivity", "activityId", startEvent)))));
            attempts.add(post(broker, start + "/submit-form", Map.of("businessKey", caseId, "variables", forged)));
            attempts.add(post(broker, start + "/submit-form", Map.of("variables",
                    Map.of("companyId", string(company)))));
            attempts.add(post(broker, "/engine-rest/message", Map.of("messageName", "companyWithdrew",
                    "businessKey", caseId, "all", true)));
            attempts.add(post(broker, "/engine-rest/process-instance/" + instance + "/modification", Map.of(
                    "skipCustomListeners", true, "instructions",
                    List.of(Map.of("type", "startBeforeActivity", "activityId", "endEvent_caseRejected")))));
            attempts.add(post(broker, "/engine-rest/signal", Map.of("name", "anything")));
            attempts.add(post(broker, "/engine-rest/condition", Map.of("variables", forged)));
        }

        assertRefusedAndNothingChanged(attempts);
    }

    @Test
    void aCompletionCarriesTheFormsFieldsAndNothingElse() {
        String review = task(podlaskie, caseId, REVIEW_INTAKE);
        var steering = Map.of("intakeDecision", string("REJECT"), "homeBrokerGroup", string("broker-de-hamburg"),
                "caseId", string(java.util.UUID.randomUUID().toString()));
        var attempts = new ArrayList<Attempt>();
        attempts.add(post(podlaskie, "/engine-rest/task/" + review + "/complete", Map.of("variables", steering)));
        attempts.add(post(podlaskie, "/engine-rest/task/" + review + "/submit-form", Map.of("variables", steering)));
        attempts.add(post(podlaskie, "/engine-rest/task/" + review + "/resolve", Map.of("variables", steering)));

        assertRefusedAndNothingChanged(attempts);
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.answer().getStatusCode().value()).isEqualTo(400));
        assertThat(attempts.get(0).answer().getBody()).contains("homeBrokerGroup").contains("caseId")
                .doesNotContain("intakeDecision ");
    }

    @Test
    void noVariableEndpointTakesRoutingOrIdsFromABroker() {
        String review = task(podlaskie, caseId, REVIEW_INTAKE);
        var group = Map.of("value", "broker-de-hamburg", "type", "String");
        var attempts = new ArrayList<Attempt>();
        for (String scope : List.of("/variables/", "/localVariables/")) {
            attempts.add(put(podlaskie, "/engine-rest/task/" + review + scope + "homeBrokerGroup", group));
            attempts.add(put(podlaskie, "/engine-rest/task/" + review + scope + "proposalId", string(caseId)));
            attempts.add(post(podlaskie, "/engine-rest/task/" + review + scope.substring(0, scope.length() - 1),
                    Map.of("modifications", Map.of("counterpartBrokerGroup", group))));
        }
        attempts.add(put(podlaskie, "/engine-rest/process-instance/" + instance + "/variables/homeBrokerGroup", group));
        attempts.add(post(podlaskie, "/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("homeBrokerGroup", group))));
        attempts.add(put(podlaskie, "/engine-rest/execution/" + instance + "/localVariables/caseId", string(caseId)));

        assertRefusedAndNothingChanged(attempts);
    }

    @Test
    void tasklistsOwnEngineApiHoldsToTheSameRules() {
        String review = task(podlaskie, caseId, REVIEW_INTAKE);
        var tasklist = TasklistSession.logIn(anonymous, TestUsers.PL_BROKER);
        var attempts = new ArrayList<Attempt>();
        attempts.add(new Attempt("Tasklist submit-form with a routing variable", () -> tasklist.complete(review,
                Map.of("intakeDecision", string("REJECT"), "homeBrokerGroup", string("broker-de-hamburg")))));
        attempts.add(new Attempt("Tasklist PUT task variable", () -> tasklist.exchange(HttpMethod.PUT,
                "/task/" + review + "/variables/caseId", string(caseId))));
        attempts.add(new Attempt("Tasklist start", () -> tasklist.exchange(HttpMethod.POST,
                "/process-definition/key/brokerage-case/submit-form",
                Map.of("variables", Map.of("companyId", string(company))))));

        assertRefusedAndNothingChanged(attempts);
        assertThat(attempts.get(0).answer().getStatusCode().value()).isEqualTo(400);
        assertThat(attempts.get(0).answer().getBody()).contains("homeBrokerGroup");
    }

    @Test
    void projectLeadsAndCoordinatorsDoNotWorkABrokersTask() {
        String review = task(podlaskie, caseId, REVIEW_INTAKE);
        var attempts = new ArrayList<Attempt>();
        for (var user : List.of(TestUsers.PROJECT_LEAD, TestUsers.COORDINATOR)) {
            var client = user.client(anonymous);
            attempts.add(post(client, "/engine-rest/task/" + review + "/claim", Map.of("userId", user.id())));
            attempts.add(post(client, "/engine-rest/task/" + review + "/complete",
                    Map.of("variables", Map.of("intakeDecision", string("REJECT")))));
            attempts.add(post(client, "/engine-rest/task/" + review + "/assignee", Map.of("userId", user.id())));
        }

        assertRefusedAndNothingChanged(attempts);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isPositive();
    }

    @Test
    void candidateGroupsMayWorkTheirTasksButNotUpdateThem() {
        String review = task(podlaskie, caseId, REVIEW_INTAKE);
        Authorization grant = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(review).groupIdIn("broker-pl-podlaskie").singleResult();

        assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
    }

    @Test
    void aBrokerListsOnlyTheUsersOfTheirOwnGroups() {
        var everyone = podlaskie.getForEntity("/engine-rest/user", String.class);
        assertThat(everyone.getStatusCode().value()).isBetween(400, 499);
        assertThat(list(podlaskie, "/engine-rest/user?memberOfGroup=broker-pl-podlaskie"))
                .extracting(user -> user.get("id")).contains(TestUsers.PL_BROKER.id());
        var others = podlaskie.getForEntity("/engine-rest/user?memberOfGroup=broker-de-hamburg", String.class);
        assertThat(others.getStatusCode().value()).isBetween(400, 499);
        assertThat(list(TestUsers.ADMIN.client(anonymous), "/engine-rest/user")).hasSizeGreaterThan(1);
    }

    private void assertRefusedAndNothingChanged(List<Attempt> attempts) {
        var before = snapshot();
        var accepted = new ArrayList<String>();
        for (Attempt attempt : attempts) {
            int status = attempt.answer().getStatusCode().value();
            if (status < 400 || status >= 500) {
                accepted.add(attempt.what() + " -> " + status + " " + attempt.answer().getBody());
            }
        }
        assertThat(accepted).as("attempts that were not refused with a 4xx").isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** What the attempts must leave unchanged. */
    private Map<String, Object> snapshot() {
        var admin = TestUsers.ADMIN.client(anonymous);
        return Map.of(
                "stage", admin.getForObject("/api/cases/" + caseId, Map.class).get("stage"),
                "instances", runtime.createProcessInstanceQuery().count(),
                "variables", runtime.getVariables(instance),
                "tasks", list(admin, "/engine-rest/task?processInstanceBusinessKey=" + caseId).stream()
                        .map(t -> t.get("id") + " " + t.get("assignee")).toList(),
                "authorizations", authorizations.createAuthorizationQuery().count());
    }

    private static Attempt post(TestRestTemplate user, String path, Object body) {
        return new Attempt("POST " + path + " " + body, () -> user.postForEntity(path, body, String.class));
    }

    private static Attempt put(TestRestTemplate user, String path, Object body) {
        return new Attempt("PUT " + path + " " + body,
                () -> user.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class));
    }

    /** One request, made when its answer is first asked for. */
    static final class Attempt {
        private final String what;
        private final Supplier<ResponseEntity<String>> request;
        private ResponseEntity<String> answer;

        Attempt(String what, Supplier<ResponseEntity<String>> request) {
            this.what = what;
            this.request = request;
        }

        String what() {
            return what;
        }

        ResponseEntity<String> answer() {
            if (answer == null) {
                answer = request.get();
            }
            return answer;
        }
    }
}
