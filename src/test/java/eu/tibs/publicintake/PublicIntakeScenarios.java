package eu.tibs.publicintake;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import eu.tibs.support.Companies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Anyone may apply, nobody may harm: hostile input is refused with problem details and stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "tibs.public-intake.requests-per-hour=1000")
abstract class PublicIntakeScenarios {
    static final String APPLY = "/api/public/applications";

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCompanyAppliesAndItsCaseWaitsForTheHomeBroker() {
        var answer = anonymous.postForEntity(APPLY, Companies.podlaskieDairy(), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        String caseId = (String) answer.getBody().get("reference");
        assertThat(jdbc.queryForObject("select stage from brokerage_case where id = ?", String.class,
                UUID.fromString(caseId))).isEqualTo("INTAKE");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                + " on t.PROC_INST_ID_ = e.ID_ where e.BUSINESS_KEY_ = ?", Integer.class, caseId)).isEqualTo(1);
    }

    static Stream<Arguments> hostileApplications() {
        return Stream.of(
                hostile("a script as company name", c -> c.put("legalName", "<script>alert('x')</script>"), 400),
                hostile("an SQL fragment as company name", c -> c.put("legalName", "x'); DROP TABLE company; --"), 400),
                hostile("an SQL fragment as region", c -> c.put("regionCode", "PL-PODLASKIE' OR '1'='1"), 422),
                hostile("an SQL fragment as registry id", c -> c.put("registryId", "1 OR 1=1; --"), 400),
                hostile("a script as contact name", c -> contact(c).put("fullName", "<img src=x onerror=alert(1)>"), 400),
                hostile("a number where text belongs", c -> c.put("legalName", 42), 400),
                hostile("text where a number belongs", c -> c.put("yearFounded", "1999; DROP"), 400),
                hostile("a list where text belongs", c -> c.put("country", List.of("PL")), 400),
                hostile("an invalid NACE code", c -> c.put("naceCodes", List.of("00.00")), 422),
                hostile("an invalid size", c -> c.put("sizeClass", "GIGANTIC"), 400),
                hostile("a backdated consent", c -> contact(c).put("consent", Map.of("purpose", "BROKERAGE",
                        "textVersion", "2026-01", "givenAt", "2020-01-01T00:00:00Z")), 422),
                hostile("fifty contacts", c -> c.put("contacts", Collections.nCopies(50, contact(c))), 400),
                hostile("an extra field", c -> c.put("stage", "PILOT"), 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileApplications")
    void hostileInputIsRefusedAndNothingIsStored(String what, Consumer<Map<String, Object>> spoil, int status) {
        int companies = count("company");
        int cases = count("brokerage_case");
        var application = Companies.podlaskieDairy();
        application.put("contacts", new ArrayList<>((List<?>) application.get("contacts")));
        spoil.accept(application);
        var answer = anonymous.postForEntity(APPLY, application, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(count("company")).isEqualTo(companies);
        assertThat(count("brokerage_case")).isEqualTo(cases);
    }

    @Test
    void anOversizedBodyIsRefusedUnread() {
        int companies = count("company");
        var application = Companies.podlaskieDairy();
        application.put("website", "https://example.com/" + "a".repeat(20_000));
        var answer = anonymous.postForEntity(APPLY, application, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(count("company")).isEqualTo(companies);
    }

    @Test
    void anOversizedBodyIsRefusedHoweverThePathIsSpelled() {
        int companies = count("company");
        var application = Companies.podlaskieDairy();
        application.put("website", "https://example.com/" + "a".repeat(20_000));
        var answer = anonymous.postForEntity(URI.create("/api/%70ublic/applications"), application, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(count("company")).isEqualTo(companies);
    }

    @Test
    void somethingOtherThanJsonIsRefused() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        var answer = anonymous.postForEntity(APPLY, new HttpEntity<>("legalName=x", headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(415);
    }

    private static Arguments hostile(String what, Consumer<Map<String, Object>> spoil, int status) {
        return arguments(what, spoil, status);
    }

    private static Map<String, Object> contact(Map<String, Object> company) {
        return ((List<Map<String, Object>>) company.get("contacts")).get(0);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
