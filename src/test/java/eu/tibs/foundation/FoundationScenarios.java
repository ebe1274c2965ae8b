package eu.tibs.foundation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.tibs.support.Companies;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer relies on, run against each database TIBS supports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FoundationScenarios {
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    TestRestTemplate http;

    @BeforeEach
    void logInAsPodlaskieBroker() {
        TestUsers.ensureAll(identity);
        http = TestUsers.PL_BROKER.client(anonymous);
    }
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersHealthUp() {
        assertThat(http.getForObject("/actuator/health", Map.class)).containsEntry("status", "UP");
    }

    @Test
    void loadsEveryCodeListFromTheShippedFiles() {
        assertThat(http.exchange("/api/reference/regions", HttpMethod.GET, null, JSON_LIST).getBody())
                .hasSize(7)
                .anySatisfy(region -> assertThat(region).containsEntry("code", "LV-VIDZEME")
                        .containsEntry("country", "LV").containsKey("s3Domains"));
        assertThat(jdbc.queryForList("select level, count(*) from nace_activity group by level order by level"))
                .extracting(row -> ((Number) row.values().toArray()[1]).intValue())
                .containsExactly(21, 88, 272, 615);
        assertThat(jdbc.queryForObject("select count(*) from value_chain_component", Integer.class)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from s3_domain", Integer.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from cooperation_type", Integer.class)).isEqualTo(7);
    }

    @Test
    void registersCorrectsFindsAndProfilesACompany() {
        var body = Companies.podlaskieDairy();
        var created = http.postForEntity("/api/companies", body, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/companies/" + id);

        body.put("legalName", "Podlaskie Renamed Dairy Sp. z o.o.");
        body.remove("contacts");
        http.put("/api/companies/" + id, body);
        var read = http.exchange("/api/companies/" + id, HttpMethod.GET, null, JSON).getBody();
        assertThat(read).containsEntry("legalName", "Podlaskie Renamed Dairy Sp. z o.o.");
        assertThat((List<?>) read.get("contacts")).hasSize(1);

        var found = http.exchange("/api/companies?q=renamed dairy&region=PL-PODLASKIE", HttpMethod.GET, null, JSON)
                .getBody();
        assertThat((List<Map<String, Object>>) found.get("items")).extracting(c -> c.get("id")).containsExactly(id);

        http.put("/api/companies/" + id + "/profile", Companies.dairyProfile());
        var profile = http.exchange("/api/companies/" + id + "/profile", HttpMethod.GET, null, JSON).getBody();
        assertThat(profile.get("valueChain").toString()).contains("export distributor", "organic cheese");
        assertThat((List<Object>) profile.get("targetCountries")).containsExactlyInAnyOrder("DK", "DE");
    }

    @Test
    void openingACaseStartsTheIntakeReviewForTheHomeRegionsBrokers() {
        String caseId = openCaseForNewCompany();
        var task = intakeReviewTask(caseId);
        var links = http.exchange("/engine-rest/task/" + task.get("id") + "/identity-links", HttpMethod.GET, null,
                JSON_LIST).getBody();
        assertThat(links).extracting(l -> l.get("groupId")).contains("broker-pl-podlaskie");
        var form = http.exchange("/engine-rest/task/" + task.get("id") + "/deployed-form", HttpMethod.GET, null, JSON);
        assertThat(form.getBody()).containsEntry("id", "intake-review");

        var completed = http.postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
                Map.of("variables", Map.of("intakeDecision", Map.of("value", "ACCEPT"))), String.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stageOf(caseId)).isEqualTo("NEEDS_ANALYSIS");
    }

    @Test
    void anIntakeRejectionWithoutReasonIsRefusedAndTheTaskStaysOpen() {
        String caseId = openCaseForNewCompany();
        var task = intakeReviewTask(caseId);
        var refused = http.postForEntity("/engine-rest/task/" + task.get("id") + "/submit-form",
                Map.of("variables", Map.of("intakeDecision", Map.of("value", "REJECT"))), String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("rejectionReason is required");
        assertThat(intakeReviewTask(caseId)).containsEntry("id", task.get("id"));
        assertThat(stageOf(caseId)).isEqualTo("INTAKE");
    }

    private String openCaseForNewCompany() {
        String companyId = (String) http.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class)
                .getBody().get("id");
        var opened = http.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) opened.getBody().get("id");
    }

    private Map<String, Object> intakeReviewTask(String caseId) {
        var tasks = http.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&taskDefinitionKey=userTask_reviewIntake", HttpMethod.GET, null, JSON_LIST).getBody();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private String stageOf(String caseId) {
        return (String) http.getForObject("/api/cases/" + UUID.fromString(caseId), Map.class).get("stage");
    }
}
