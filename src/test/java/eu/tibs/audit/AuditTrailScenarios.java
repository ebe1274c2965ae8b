package eu.tibs.audit;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import static org.assertj.core.api.Assertions.tuple;

/** Who read or changed which company or case, as coordinators query it, on each database TIBS supports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuditTrailScenarios {
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    TestRestTemplate broker;
    TestRestTemplate coordinator;
    String companyId;
    String caseId;

    @BeforeEach
    void aPodlaskieCompanyWithACase() {
        TestUsers.ensureAll(identity);
        broker = TestUsers.PL_BROKER.client(anonymous);
        coordinator = TestUsers.COORDINATOR.client(anonymous);
        companyId = (String) broker.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class)
                .getBody().get("id");
        caseId = (String) broker.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class)
                .getBody().get("id");
    }

    @Test
    void readsChangesAndExportsOfACompanyAreRecordedWithUserRegionAndAnswer() {
        broker.getForObject("/api/companies/" + companyId, Map.class);
        broker.put("/api/companies/" + companyId + "/profile", Companies.dairyProfile());
        broker.getForObject("/api/companies/" + companyId + "/export", Map.class);
        TestUsers.DE_BROKER.client(anonymous).getForObject("/api/companies/" + companyId, Map.class);

        assertThat(entries("subjectId=" + companyId))
                .extracting(e -> e.get("userId"), e -> e.get("action"), e -> e.get("subjectType"),
                        e -> e.get("region"), e -> e.get("status"))
                .containsExactly(
                        tuple(TestUsers.DE_BROKER.id(), "READ", "COMPANY", "PL-PODLASKIE", 404),
                        tuple(TestUsers.PL_BROKER.id(), "EXPORT", "COMPANY", "PL-PODLASKIE", 200),
                        tuple(TestUsers.PL_BROKER.id(), "UPDATE", "PROFILE", "PL-PODLASKIE", 200),
                        tuple(TestUsers.PL_BROKER.id(), "READ", "COMPANY", "PL-PODLASKIE", 200),
                        tuple(TestUsers.PL_BROKER.id(), "CREATE", "COMPANY", "PL-PODLASKIE", 201));
    }

    @Test
    void anExportIsRecordedHoweverItsPathIsSpelled() {
        var export = broker.getForEntity(URI.create("/api/%63ompanies/" + companyId + "/export"), String.class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(entries("subjectId=" + companyId)).filteredOn(e -> "EXPORT".equals(e.get("action")))
                .extracting(e -> e.get("userId"), e -> e.get("status"))
                .containsExactly(tuple(TestUsers.PL_BROKER.id(), 200));
    }

    @Test
    void openingAndReadingACaseAreRecordedForTheCase() {
        coordinator.getForObject("/api/cases/" + caseId, Map.class);

        assertThat(entries("subjectId=" + caseId))
                .extracting(e -> e.get("userId"), e -> e.get("action"), e -> e.get("subjectType"))
                .containsExactly(tuple(TestUsers.COORDINATOR.id(), "READ", "CASE"),
                        tuple(TestUsers.PL_BROKER.id(), "CREATE", "CASE"));
    }

    @Test
    void anErasureIsRecordedAsSuch() {
        broker.postForEntity("/api/companies/" + companyId + "/erasure", Map.of("reason", "CONSENT_WITHDRAWN"),
                Map.class);

        assertThat(entries("subjectId=" + companyId + "&userId=" + TestUsers.PL_BROKER.id()).get(0))
                .containsEntry("action", "ERASE").containsEntry("status", 200);
    }

    @Test
    void theTrailIsFilteredByTimeAndQueryingItIsNotRecorded() {
        int before = jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
        assertThat(entries("subjectId=" + companyId + "&from=" + Instant.now().plusSeconds(3600))).isEmpty();
        assertThat(entries("subjectId=" + companyId + "&to=" + Instant.now().plusSeconds(3600))).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void brokersMayNotQueryTheTrail() {
        assertThat(broker.getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<Map<String, Object>> entries(String query) {
        var page = coordinator.exchange("/api/audit?" + query, HttpMethod.GET, null, JSON);
        assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) page.getBody().get("items");
    }
}
