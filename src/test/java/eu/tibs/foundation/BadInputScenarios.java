package eu.tibs.foundation;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.tibs.support.Companies;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input is answered with problem details naming each bad field, and nothing is half-stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
abstract class BadInputScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a lone high surrogate, which a JSON writer would refuse to write: see {@link #json}. */
    private static final String LONE_SURROGATE = "LONE-SURROGATE";
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

    static Stream<Arguments> badCompanies() {
        return Stream.of(
                bad("no legal name", c -> c.remove("legalName"), 400, "legalName"),
                bad("a legal name of 201 characters", c -> c.put("legalName", "x".repeat(201)), 400, "legalName"),
                bad("a lower-case country", c -> c.put("country", "pl"), 400, "country"),
                bad("an unknown size class", c -> c.put("sizeClass", "HUGE"), 400, "sizeClass"),
                bad("a year as text", c -> c.put("yearFounded", "last year"), 400, "yearFounded"),
                bad("a year before 1800", c -> c.put("yearFounded", 1700), 400, "yearFounded"),
                bad("a year in the future", c -> c.put("yearFounded", 2999), 422, "yearFounded"),
                bad("a website that is no web address", c -> c.put("website", "ftp://x"), 400, "website"),
                bad("a NACE section instead of an activity", c -> c.put("naceCodes", List.of("C")), 400, "naceCodes[]"),
                bad("an unknown NACE class", c -> c.put("naceCodes", List.of("99.99")), 422, "naceCodes"),
                bad("no NACE code", c -> c.put("naceCodes", List.of()), 400, "naceCodes"),
                bad("an unknown region", c -> c.put("regionCode", "XX-NOWHERE"), 422, "regionCode"),
                bad("a region in another country", c -> c.put("country", "DE"), 422, "country"),
                bad("no contact person", c -> c.put("contacts", List.of()), 422, "contacts"),
                bad("a contact without consent", c -> contact(c).remove("consent"), 400, "contacts[0].consent"),
                bad("a contact e-mail without @", c -> contact(c).put("email", "nobody"), 400, "contacts[0].email"),
                bad("a script as phone number", c -> contact(c).put("phone", "<script>alert(1)</script>"), 400,
                        "contacts[0].phone"),
                bad("an unknown field", c -> c.put("isAdmin", true), 400, "isAdmin"),
                bad("a size class as a number", c -> c.put("sizeClass", 3), 400, "sizeClass"),
                bad("a size class with spaces around", c -> c.put("sizeClass", " LARGE "), 400, "sizeClass"),
                bad("a year as a quoted number", c -> c.put("yearFounded", "2011"), 400, "yearFounded"),
                bad("a year with a fraction", c -> c.put("yearFounded", 2011.7), 400, "yearFounded"),
                bad("a legal name as a number", c -> c.put("legalName", 42), 400, "legalName"),
                bad("an unknown language", c -> c.put("languages", List.of("xx")), 422, "languages"),
                bad("a website with markup", c -> c.put("website", "https://example.com/\"><script>x</script>"), 400,
                        "website"),
                bad("a website without a host", c -> c.put("website", "https://"), 400, "website"),
                bad("an e-mail without a domain", c -> contact(c).put("email", "a@b"), 400, "contacts[0].email"),
                bad("an e-mail with a quoted markup local part",
                        c -> contact(c).put("email", "\"<img src=x onerror=alert(1)>\"@example.com"), 400,
                        "contacts[0].email"),
                bad("a NUL in a job title", c -> contact(c).put("jobTitle", "CEO\u0000"), 400, "contacts[0].jobTitle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCompanies")
    void aBadCompanyIsRefusedNamingTheFieldAndNothingIsStored(String what, Consumer<Map<String, Object>> spoil,
                                                              int status, String field) {
        int before = companyCount();
        var company = Companies.podlaskieDairy();
        spoil.accept(company);
        var answer = http.postForEntity("/api/companies", json(company), Map.class);
        assertProblem(answer, status, field);
        assertThat(companyCount()).isEqualTo(before);
    }

    @Test
    void bodyThatIsNotJsonIsRefused() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.postForEntity("/api/companies", new HttpEntity<>("{\"legalName\": ", headers), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aRegistryIdTakenInTheSameCountryIsAConflictEvenWrittenDifferently() {
        var first = Companies.podlaskieDairy();
        http.postForEntity("/api/companies", first, Map.class);
        int before = companyCount();
        var second = Companies.podlaskieDairy();
        String registryId = (String) first.get("registryId");
        second.put("registryId", registryId.substring(0, 2) + " " + registryId.substring(2, 5) + "-" + registryId.substring(5));
        var answer = http.postForEntity("/api/companies", second, Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody()).containsEntry("title", "Conflict");
        assertThat(companyCount()).isEqualTo(before);
    }

    @Test
    void aSecondOpenCaseForTheSameCompanyIsAConflict() {
        String companyId = (String) http.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class)
                .getBody().get("id");
        http.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class);
        var second = http.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class);
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from brokerage_case where company_id = ?", Integer.class,
                UUID.fromString(companyId))).isEqualTo(1);
    }

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                bad("an unknown value-chain component", p -> component(p).put("component", "MAGIC"), 422, "valueChain"),
                bad("a state of 6", p -> component(p).put("state", 6), 400, "valueChain[0].state"),
                bad("a keyword with a semicolon", p -> component(p).put("needKeywords", List.of("a;b")), 400,
                        "valueChain[0].needKeywords[0]"),
                bad("an unknown S3 domain", p -> p.put("s3Domains", List.of("SPACE")), 422, "s3Domains"),
                bad("an unknown cooperation type", p -> p.put("cooperationTypes", List.of("MARRIAGE")), 422,
                        "cooperationTypes"),
                bad("the company's own country as target", p -> p.put("targetCountries", List.of("PL")), 422,
                        "targetCountries"),
                bad("a country outside the network", p -> p.put("targetCountries", List.of("FR")), 422,
                        "targetCountries"),
                bad("a state of 3.5", p -> component(p).put("state", 3.5), 400, "valueChain[0].state"),
                bad("a state as a quoted number", p -> component(p).put("state", "3"), 400, "valueChain[0].state"),
                bad("a NUL in a need text", p -> component(p).put("needText", "cheese\u0000"), 400,
                        "valueChain[0].needText"),
                bad("a lone surrogate in an offer text", p -> component(p).put("offerText", LONE_SURROGATE), 400,
                        "valueChain[0].offerText"),
                bad("a lone surrogate in a keyword", p -> component(p).put("needKeywords", List.of(LONE_SURROGATE)),
                        400, "valueChain[0].needKeywords[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void aBadProfileIsRefusedNamingTheFieldAndTheStoredOneStays(String what, Consumer<Map<String, Object>> spoil,
                                                                int status, String field) {
        String companyId = (String) http.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class)
                .getBody().get("id");
        http.put("/api/companies/" + companyId + "/profile", Companies.dairyProfile());
        var profile = Companies.dairyProfile();
        spoil.accept(profile);
        var answer = http.exchange("/api/companies/" + companyId + "/profile", HttpMethod.PUT, json(profile), Map.class);
        assertProblem(answer, status, field);
        assertThat(http.getForObject("/api/companies/" + companyId + "/profile", Map.class).get("s3Domains"))
                .isEqualTo(List.of("BIOECONOMY"));
    }

    static Stream<Arguments> ambiguousBodies() {
        String company = JSON.valueToTree(Companies.podlaskieDairy()).toString();
        return Stream.of(
                arguments("a company with its legal name twice", "/api/companies",
                        company.replaceFirst("\\{", "{\"legalName\":\"Other Ltd\","), "legalName"),
                arguments("a company followed by garbage", "/api/companies", company + " x", "body"),
                arguments("two companies in one body", "/api/companies", company + company, "body"),
                arguments("an application with its country twice", "/api/public/applications",
                        company.replaceFirst("\\{", "{\"country\":\"DE\","), "country"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ambiguousBodies")
    void anAmbiguousBodyIsRefusedAndNothingIsStored(String what, String path, String body, String field) {
        int before = companyCount();
        var client = path.startsWith("/api/public/") ? anonymous : http;
        assertProblem(client.postForEntity(path, rawJson(body), Map.class), 400, field);
        assertThat(companyCount()).isEqualTo(before);
    }

    @Test
    void aProfileWithAKeyTwiceIsRefusedAndTheStoredOneStays() {
        String companyId = registeredCompany();
        http.put("/api/companies/" + companyId + "/profile", Companies.dairyProfile());
        String body = JSON.valueToTree(Companies.dairyProfile()).toString()
                .replaceFirst("\\{", "{\"s3Domains\":[\"DIGITAL\"],");
        var answer = http.exchange("/api/companies/" + companyId + "/profile", HttpMethod.PUT, rawJson(body), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(http.getForObject("/api/companies/" + companyId + "/profile", Map.class).get("s3Domains"))
                .isEqualTo(List.of("BIOECONOMY"));
    }

    static Stream<Arguments> inexactErasureReasons() {
        return Stream.of(
                arguments("a reason as a number", "{\"reason\": 1}"),
                arguments("a reason with spaces around", "{\"reason\": \" CONSENT_WITHDRAWN\"}"),
                arguments("a reason twice", "{\"reason\": \"NO_LONGER_NEEDED\", \"reason\": \"CONSENT_WITHDRAWN\"}"),
                arguments("a reason followed by garbage", "{\"reason\": \"NO_LONGER_NEEDED\"} {}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inexactErasureReasons")
    void anErasureTakesOnlyAnExactCode(String what, String body) {
        String companyId = registeredCompany();
        var answer = http.postForEntity("/api/companies/" + companyId + "/erasure", rawJson(body), Map.class);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from company where id = ? and erased_at is null",
                Integer.class, UUID.fromString(companyId))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/companies?page=2147483647", "/api/cases?page=2147483647",
            "/api/audit?page=2147483647", "/api/companies?page=-1", "/api/audit?page=0&pageSize=100000"})
    void aPageOutOfBoundsIsRefused(String path) {
        var answer = TestUsers.COORDINATOR.client(anonymous).getForEntity(path, Map.class);
        assertProblem(answer, 400, path.contains("pageSize") ? "pageSize" : "page");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/companies?q=dairy%00", "/api/audit?userId=%00", "/api/companies?region=PL%00"})
    void aNulInAQueryParameterIsRefused(String path) {
        var answer = TestUsers.COORDINATOR.client(anonymous).getForEntity(URI.create(path), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    static Stream<Arguments> engineRestClientErrors() {
        return Stream.of(
                arguments("variables of an unknown task", HttpMethod.GET, "/engine-rest/task/no-such-task/variables",
                        null),
                arguments("variables of an unknown instance", HttpMethod.GET,
                        "/engine-rest/process-instance/no-such-instance/variables", null),
                arguments("a variable of an unknown execution", HttpMethod.PUT,
                        "/engine-rest/execution/no-such-execution/localVariables/x", "{\"value\": \"y\"}"),
                arguments("a case start naming no company", HttpMethod.POST,
                        "/engine-rest/process-definition/key/brokerage-case/start",
                        "{\"variables\": {\"companyId\": {\"value\": \"not-a-company\", \"type\": \"String\"}}}"),
                arguments("a variable value of an unknown type", HttpMethod.POST,
                        "/engine-rest/process-definition/key/brokerage-case/start",
                        "{\"variables\": {\"companyId\": {\"value\": \"x\", \"type\": \"Nonsense\"}}}"),
                arguments("a body that is not JSON", HttpMethod.POST, "/engine-rest/task/x/complete", "{\"variables\":"),
                arguments("a key twice", HttpMethod.POST, "/engine-rest/task/x/complete",
                        "{\"variables\": {}, \"variables\": {}}"),
                arguments("a NUL in a form value", HttpMethod.POST, "/engine-rest/task/x/submit-form",
                        "{\"variables\": {\"note\": {\"value\": \"a\\u0000b\"}}}"),
                arguments("a lone surrogate in a form value", HttpMethod.POST, "/engine-rest/task/x/submit-form",
                        "{\"variables\": {\"note\": {\"value\": \"a\\udc00b\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engineRestClientErrors")
    void anEngineRestClientErrorIsAProblemThatLeaksNothing(String what, HttpMethod method, String path, String body) {
        var answer = http.exchange(path, method, body == null ? null : rawJson(body), String.class);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getStatusCode() + " " + answer.getBody())
                .isTrue();
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody()).contains("\"detail\"").doesNotContain("Exception", "eu.tibs", "\tat ");
    }

    @Test
    void aDeploymentTheEngineCannotParseIsAProblem() {
        var model = new LinkedMultiValueMap<String, Object>();
        model.add("deployment-name", "broken");
        model.add("data", new ByteArrayResource("<definitions>not bpmn".getBytes()) {
            @Override
            public String getFilename() {
                return "broken.bpmn";
            }
        });
        var answer = TestUsers.PROJECT_LEAD.client(anonymous).postForEntity("/engine-rest/deployment/create", model,
                String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aRefusedStartIsOneWarnLineNotAStackTrace(CapturedOutput log) {
        var answer = http.postForEntity("/engine-rest/process-definition/key/brokerage-case/start",
                rawJson("{\"variables\": {\"companyId\": {\"value\": \"" + UUID.randomUUID() + "\"}}}"),
                String.class);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
        assertThat(log.getOut()).contains("/engine-rest refused with").doesNotContain("ENGINE-16004")
                .doesNotContain("FormFieldValidationException");
    }

    @Test
    void anUnknownCompanyIsNotFound() {
        var answer = http.getForEntity("/api/companies/" + UUID.randomUUID(), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/api/companies/not-a-uuid", Map.class).getStatusCode().value()).isEqualTo(400);
    }

    private static void assertProblem(ResponseEntity<Map> answer, int status, String field) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, Object>>) answer.getBody().get("errors"))
                .extracting(error -> error.get("field")).contains(field);
    }

    private static Arguments bad(String what, Consumer<Map<String, Object>> spoil, int status, String field) {
        return arguments(what, spoil, status, field);
    }

    private static Map<String, Object> contact(Map<String, Object> company) {
        return ((List<Map<String, Object>>) company.get("contacts")).get(0);
    }

    private static Map<String, Object> component(Map<String, Object> profile) {
        var valueChain = new ArrayList<Map<String, Object>>();
        ((List<Map<String, Object>>) profile.get("valueChain")).forEach(c -> valueChain.add(new HashMap<>(c)));
        profile.put("valueChain", valueChain);
        return valueChain.get(0);
    }

    private String registeredCompany() {
        return (String) http.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class).getBody().get("id");
    }

    /** The body as JSON text, with {@link #LONE_SURROGATE} written as the escape a hostile client sends. */
    private static HttpEntity<String> json(Map<String, Object> body) {
        return rawJson(JSON.valueToTree(body).toString().replace(LONE_SURROGATE, "\\ud800"));
    }

    private static HttpEntity<String> rawJson(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private int companyCount() {
        return jdbc.queryForObject("select count(*) from company", Integer.class);
    }
}
