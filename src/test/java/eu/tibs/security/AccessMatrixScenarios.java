package eu.tibs.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import eu.tibs.companylink.CompanyLinks;
import eu.tibs.support.Companies;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static eu.tibs.security.AccessMatrixScenarios.Answer.DENIED;
import static eu.tibs.security.AccessMatrixScenarios.Answer.FORBIDDEN;
import static eu.tibs.security.AccessMatrixScenarios.Answer.HIDDEN;
import static eu.tibs.security.AccessMatrixScenarios.Answer.SERVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of our API, asked by every role and by nobody. A new endpoint without a row here fails the test,
 * so no door is added without deciding who may open it. "Own" data is a Podlaskie company and its case. The engine's
 * writing endpoints under /engine-rest have rows too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AccessMatrixScenarios {

    /** What a caller gets: served (any answer about the request itself), 401, 403, or 404 for data hidden from them. */
    enum Answer { SERVED, DENIED, FORBIDDEN, HIDDEN }

    /** Who asks. */
    enum Caller { ANONYMOUS, PL_BROKER, DE_BROKER, COORDINATOR, PROJECT_LEAD, ADMIN }

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    @Autowired
    CompanyLinks links;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String companyId;
    String caseId;

    @BeforeEach
    void podlaskieCompanyWithACase() {
        TestUsers.ensureAll(identity);
        var broker = TestUsers.PL_BROKER.client(anonymous);
        companyId = (String) broker.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class)
                .getBody().get("id");
        broker.put("/api/companies/" + companyId + "/profile", Companies.dairyProfile());
        caseId = (String) broker.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class)
                .getBody().get("id");
    }

    /** The rule of every endpoint: method, path pattern, the request to make, and each caller's answer. */
    private List<Rule> rules() {
        // First: the withdrawal below ends the intake review these rows work on.
        var rules = new ArrayList<>(engineRules());
        rules.add(rule("GET /api/reference/regions", () -> get("/api/reference/regions"),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/reference/s3-domains", () -> get("/api/reference/s3-domains"),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/reference/cooperation-types", () -> get("/api/reference/cooperation-types"),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/reference/value-chain", () -> get("/api/reference/value-chain"),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/reference/nace", () -> get("/api/reference/nace?q=dairy"),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("POST /api/public/applications",
                () -> new Request(HttpMethod.POST, "/api/public/applications", Companies.podlaskieDairy()),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/companies", () -> get("/api/companies"),
                DENIED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("POST /api/companies",
                () -> new Request(HttpMethod.POST, "/api/companies", Companies.podlaskieDairy()),
                DENIED, SERVED, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/companies/{id}", () -> get("/api/companies/" + companyId),
                DENIED, SERVED, HIDDEN, SERVED, SERVED, SERVED));
        rules.add(rule("PUT /api/companies/{id}", () -> new Request(HttpMethod.PUT, "/api/companies/" + companyId,
                        withoutContacts(Companies.podlaskieDairy())),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/companies/{companyId}/profile", () -> get("/api/companies/" + companyId + "/profile"),
                DENIED, SERVED, HIDDEN, SERVED, SERVED, SERVED));
        rules.add(rule("PUT /api/companies/{companyId}/profile", () -> new Request(HttpMethod.PUT,
                        "/api/companies/" + companyId + "/profile", Companies.dairyProfile()),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/companies/{companyId}/cases", () -> get("/api/companies/" + companyId + "/cases"),
                DENIED, SERVED, HIDDEN, SERVED, SERVED, SERVED));
        rules.add(rule("POST /api/companies/{companyId}/cases", () -> new Request(HttpMethod.POST,
                        "/api/companies/" + companyId + "/cases", null),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/cases", () -> get("/api/cases"),
                DENIED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/cases/{id}", () -> get("/api/cases/" + caseId),
                DENIED, SERVED, HIDDEN, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/companies/{companyId}/matches", () -> get("/api/companies/" + companyId + "/matches"),
                DENIED, SERVED, HIDDEN, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/companies/{id}/export", () -> get("/api/companies/" + companyId + "/export"),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/audit", () -> get("/api/audit"),
                DENIED, FORBIDDEN, FORBIDDEN, SERVED, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/notifications", () -> get("/api/notifications?status=FAILED"),
                DENIED, FORBIDDEN, FORBIDDEN, SERVED, FORBIDDEN, SERVED));
        rules.add(rule("POST /api/notifications/{id}/retry", () -> new Request(HttpMethod.POST,
                        "/api/notifications/" + aNotificationId() + "/retry", null),
                DENIED, FORBIDDEN, FORBIDDEN, SERVED, FORBIDDEN, SERVED));
        rules.add(rule("GET /api/company-links/{token}", () -> get("/api/company-links/"
                        + links.token(UUID.fromString(caseId), UUID.fromString(companyId))),
                SERVED, SERVED, SERVED, SERVED, SERVED, SERVED));
        rules.add(rule("GET /api/cases/{id}/proposals", () -> get("/api/cases/" + caseId + "/proposals"),
                DENIED, SERVED, HIDDEN, SERVED, SERVED, SERVED));
        rules.add(rule("POST /api/cases/{id}/rematching", () -> new Request(HttpMethod.POST,
                        "/api/cases/" + caseId + "/rematching", null),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /api/cases/{id}/withdrawal", () -> new Request(HttpMethod.POST,
                        "/api/cases/" + caseId + "/withdrawal", Map.of("reason", "The company has no time now")),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        // Last: it erases the company the rows above read.
        rules.add(rule("POST /api/companies/{id}/erasure", () -> new Request(HttpMethod.POST,
                        "/api/companies/" + companyId + "/erasure", Map.of("reason", "DATA_SUBJECT_REQUEST")),
                DENIED, SERVED, HIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        return rules;
    }

    /**
     * The engine's writing doors, tried on the case's intake review. Each request leaves the case able to go on: a
     * completion carries an answer its form's check refuses, a start names no company, a variable is set to the value
     * it has, a claim is undone before the next caller tries.
     */
    private List<Rule> engineRules() {
        var rules = new ArrayList<Rule>();
        var refusedAnswer = Map.of("variables", Map.of("intakeDecision", Map.of("value", "maybe")));
        var formField = Map.of("value", "ACCEPT", "type", "String");
        var sameGroup = Map.of("value", "broker-pl-podlaskie", "type", "String");
        rules.add(rule("POST /engine-rest/process-definition/key/{key}/start", () -> new Request(HttpMethod.POST,
                        "/engine-rest/process-definition/key/brokerage-case/start", Map.of("variables", Map.of())),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/process-definition/key/{key}/submit-form", () -> new Request(HttpMethod.POST,
                        "/engine-rest/process-definition/key/brokerage-case/submit-form", Map.of("variables", Map.of())),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/task/{id}/complete", () -> new Request(HttpMethod.POST,
                        "/engine-rest/task/" + reviewTask() + "/complete", refusedAnswer),
                DENIED, SERVED, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/task/{id}/submit-form", () -> new Request(HttpMethod.POST,
                        "/engine-rest/task/" + reviewTask() + "/submit-form", refusedAnswer),
                DENIED, SERVED, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        // TASK_WORK completes a task with its form's fields; writing its variables on the side takes an admin.
        for (String scope : List.of("variables", "localVariables")) {
            rules.add(rule("PUT /engine-rest/task/{id}/" + scope + "/{name}", () -> new Request(HttpMethod.PUT,
                            "/engine-rest/task/" + reviewTask() + "/" + scope + "/intakeDecision", formField),
                    DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
            rules.add(rule("POST /engine-rest/task/{id}/" + scope, () -> new Request(HttpMethod.POST,
                            "/engine-rest/task/" + reviewTask() + "/" + scope,
                            Map.of("modifications", Map.of("intakeDecision", formField))),
                    DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        }
        rules.add(rule("PUT /engine-rest/process-instance/{id}/variables/{name}", () -> new Request(HttpMethod.PUT,
                        "/engine-rest/process-instance/" + caseInstance() + "/variables/homeBrokerGroup", sameGroup),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/process-instance/{id}/variables", () -> new Request(HttpMethod.POST,
                        "/engine-rest/process-instance/" + caseInstance() + "/variables",
                        Map.of("modifications", Map.of("homeBrokerGroup", sameGroup))),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/process-instance/{id}/modification", () -> new Request(HttpMethod.POST,
                        "/engine-rest/process-instance/" + caseInstance() + "/modification",
                        Map.of("instructions", List.of())),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/message", () -> new Request(HttpMethod.POST, "/engine-rest/message",
                        Map.of("messageName", "noSuchMessage", "businessKey", caseId)),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/task/{id}/claim", () -> {
            tasks.setAssignee(reviewTask(), null);
            return new Request(HttpMethod.POST, "/engine-rest/task/" + reviewTask() + "/claim",
                    Map.of("userId", TestUsers.PL_BROKER.id()));
        }, DENIED, SERVED, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED));
        rules.add(rule("POST /engine-rest/deployment/create", () -> new Request(HttpMethod.POST,
                        "/engine-rest/deployment/create", aDeployment()),
                DENIED, FORBIDDEN, FORBIDDEN, FORBIDDEN, SERVED, SERVED));
        return rules;
    }

    private String reviewTask() {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("userTask_reviewIntake")
                .singleResult().getId();
    }

    private String caseInstance() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("brokerage-case").singleResult().getId();
    }

    /** A deployment of one unchanged note: once deployed, deploying it again changes nothing. */
    private static MultiValueMap<String, Object> aDeployment() {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", "access-matrix");
        parts.add("deploy-changed-only", "true");
        parts.add("note", new ByteArrayResource("Deployed by the access matrix test".getBytes()) {
            @Override
            public String getFilename() {
                return "access-matrix.txt";
            }
        });
        return parts;
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> endpoints = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("eu.tibs"))
                // The workspace's pages take a session login, not HTTP Basic: WorkspacePagesScenarios holds their rules.
                .filter(e -> !e.getValue().getBeanType().getPackageName().startsWith("eu.tibs.workspace"))
                .flatMap(e -> e.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> e.getKey().getPatternValues().stream().map(path -> method + " " + path)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ruled = rules().stream().map(Rule::endpoint).filter(endpoint -> !endpoint.contains(" /engine-rest/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ruled).as("endpoints with an access rule in this test").containsExactlyElementsOf(endpoints);
    }

    @Test
    void everyCallerGetsWhatTheRuleSays() {
        var mismatches = new ArrayList<String>();
        for (Rule rule : rules()) {
            rule.answers().forEach((caller, expected) -> {
                var request = rule.request().get();
                var client = client(caller);
                int status = client.exchange(request.path(), request.method(), new HttpEntity<>(request.body()),
                        String.class).getStatusCode().value();
                if (answerOf(status) != expected) {
                    mismatches.add(caller + " " + rule.endpoint() + ": expected " + expected + " but got " + status);
                }
            });
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anotherRegionsBrokerFindsNothingOfTheCaseThroughTheEngineRestApi() {
        var podlaskie = TestUsers.PL_BROKER.client(anonymous);
        var hamburg = TestUsers.DE_BROKER.client(anonymous);
        List<Map<String, Object>> tasks = podlaskie.getForObject(
                "/engine-rest/task?processInstanceBusinessKey=" + caseId, List.class);
        assertThat(tasks).hasSize(1);
        String taskId = (String) tasks.get(0).get("id");
        String instanceId = (String) tasks.get(0).get("processInstanceId");

        assertThat(hamburg.getForObject("/engine-rest/task?processInstanceBusinessKey=" + caseId, List.class)).isEmpty();
        assertThat(hamburg.getForObject("/engine-rest/process-instance?businessKey=" + caseId, List.class)).isEmpty();
        assertThat(hamburg.getForObject("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId,
                List.class)).isEmpty();
        assertThat(hamburg.getForObject("/engine-rest/history/task?processInstanceBusinessKey=" + caseId,
                List.class)).isEmpty();
        assertThat(hamburg.getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
                List.class)).isEmpty();
        assertThat(hamburg.getForObject("/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
                List.class)).isEmpty();
        for (String guessed : List.of("/engine-rest/task/" + taskId, "/engine-rest/task/" + taskId + "/variables",
                "/engine-rest/process-instance/" + instanceId, "/engine-rest/process-instance/" + instanceId + "/variables",
                "/engine-rest/history/process-instance/" + instanceId)) {
            assertThat(hamburg.getForEntity(guessed, String.class).getStatusCode().value()).as(guessed).isIn(403, 404);
        }
        var completion = hamburg.postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("intakeDecision", Map.of("value", "ACCEPT"))), String.class);
        assertThat(completion.getStatusCode().value()).isIn(403, 404);
        assertThat(podlaskie.getForObject("/engine-rest/task/" + taskId, Map.class)).containsEntry("id", taskId);
        assertThat(TestUsers.COORDINATOR.client(anonymous).getForObject(
                "/engine-rest/process-instance?businessKey=" + caseId, List.class)).isNotEmpty();
        assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
    }

    private TestRestTemplate client(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> anonymous;
            case PL_BROKER -> TestUsers.PL_BROKER.client(anonymous);
            case DE_BROKER -> TestUsers.DE_BROKER.client(anonymous);
            case COORDINATOR -> TestUsers.COORDINATOR.client(anonymous);
            case PROJECT_LEAD -> TestUsers.PROJECT_LEAD.client(anonymous);
            case ADMIN -> TestUsers.ADMIN.client(anonymous);
        };
    }

    private static Answer answerOf(int status) {
        return switch (status) {
            case 401 -> DENIED;
            case 403 -> FORBIDDEN;
            case 404 -> HIDDEN;
            default -> SERVED;
        };
    }

    private static Rule rule(String endpoint, Supplier<Request> request, Answer... answers) {
        var byCaller = new EnumMap<Caller, Answer>(Caller.class);
        for (Caller caller : Caller.values()) {
            byCaller.put(caller, answers[caller.ordinal()]);
        }
        return new Rule(endpoint, request, byCaller);
    }

    /** A message the case's opening wrote to the outbox. */
    private String aNotificationId() {
        List<Map<String, Object>> notifications = TestUsers.ADMIN.client(anonymous)
                .getForObject("/api/notifications?limit=1", List.class);
        return (String) notifications.get(0).get("id");
    }

    private static Request get(String path) {
        return new Request(HttpMethod.GET, path, null);
    }

    private static Map<String, Object> withoutContacts(Map<String, Object> company) {
        company.remove("contacts");
        return company;
    }

    /** One endpoint's access rule. */
    record Rule(String endpoint, Supplier<Request> request, Map<Caller, Answer> answers) {
    }

    /** A concrete request to an endpoint. */
    record Request(HttpMethod method, String path, Object body) {
    }
}
