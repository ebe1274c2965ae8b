package eu.tibs.workspace;

import java.util.List;
import java.util.Map;

import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderCase;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The workspace's pages behind the session login: server-side validation with errors at their fields, CSRF on every
 * form, the API's region rule (another region's company or case is 404), and the API left stateless. Also the task
 * cards: written when a task is created, rewritten when the company is renamed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class WorkspacePagesScenarios {
    /** A Podlaskie company with an open case, made through the API by a Podlaskie broker. */
    String companyId;
    String caseId;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @BeforeEach
    void podlaskieCompanyWithACase() {
        TestUsers.ensureAll(identity);
        var broker = TestUsers.PL_BROKER.client(anonymous);
        companyId = idOf(broker.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class));
        caseId = idOf(broker.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class));
    }

    private static String idOf(ResponseEntity<Map> created) {
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    @Test
    void pagesSendABrowserWithoutASessionToTheLoginPage() throws Exception {
        mvc.perform(get("/workspace/companies").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void registrationShowsEachProblemAtItsFieldAndStoresNothing() throws Exception {
        var session = logIn(TestUsers.PL_BROKER);
        mvc.perform(withCsrf(session, post("/workspace/companies")
                        .param("legalName", "").param("registryId", "KRS 42").param("regionCode", "PL-PODLASKIE")
                        .param("sizeClass", "SMALL").param("yearFounded", "2001").param("naceCodes", "10.51")
                        .param("contactName", "Ewa Zielinska").param("contactEmail", "not an address")
                        .param("consentGiven", "true")))
                .andExpect(status().isOk()).andExpect(view().name("companies/form"))
                .andExpect(model().attributeHasFieldErrors("company", "legalName", "contactEmail"))
                .andExpect(content().string(containsString("field-error")));
        assertThat(TestUsers.PL_BROKER.client(anonymous).getForObject("/api/companies?q=KRS 42", Map.class))
                .containsEntry("totalItems", 0);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        var session = logIn(TestUsers.PL_BROKER);
        mvc.perform(post("/workspace/companies/" + companyId + "/withdrawal").session(session)
                        .param("reason", "forged"))
                .andExpect(status().isForbidden());
        assertThat(TestUsers.PL_BROKER.client(anonymous).getForObject("/api/cases/" + caseId, Map.class))
                .containsEntry("stage", "INTAKE");
    }

    @Test
    void anotherRegionsCompanyAndCaseAreNotFound() throws Exception {
        var own = logIn(TestUsers.PL_BROKER);
        mvc.perform(get("/workspace/companies/" + companyId).session(own)).andExpect(status().isOk());
        mvc.perform(get("/workspace/cases/" + caseId).session(own)).andExpect(status().isOk());
        mvc.perform(get("/workspace/companies/" + companyId + "/export").session(own)).andExpect(status().isOk())
                .andExpect(content().string(containsString("test.person@example.com")));

        mvc.perform(get("/workspace/companies").param("q", "Podlaskie Test Dairy").session(own))
                .andExpect(status().isOk()).andExpect(content().string(containsString(companyId)));

        var other = logIn(TestUsers.DE_BROKER);
        mvc.perform(get("/workspace/companies").param("q", "Podlaskie Test Dairy").session(other))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(companyId))));
        mvc.perform(get("/workspace/companies/" + companyId).session(other)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Podlaskie Test Dairy"))));
        mvc.perform(get("/workspace/cases/" + caseId).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/workspace/companies/" + companyId + "/edit").session(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspace/companies/" + companyId + "/export").session(other))
                .andExpect(status().isNotFound());
        mvc.perform(withCsrf(other, post("/workspace/companies/" + companyId + "/withdrawal")
                .param("reason", "not theirs"))).andExpect(status().isNotFound());
    }

    @Test
    void theApiTakesNoSessionCookie() {
        var basic = TestUsers.PL_BROKER.client(anonymous).getForEntity("/api/companies/" + companyId, Map.class);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(basic.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();

        var login = anonymous.getForEntity("/login", String.class);
        String cookie = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        assertThat(anonymous.exchange("/api/companies/" + companyId, HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theTaskCardNamesTheCompanyAndFollowsARename() {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(tasks.getVariablesLocal(task.getId())).containsEntry("companyName", "Podlaskie Test Dairy Sp. z o.o.")
                .containsEntry("companyRegion", "PL-PODLASKIE").containsEntry("caseStage", "INTAKE");

        var renamed = Companies.podlaskieDairy();
        renamed.put("legalName", "Narew Dairy Sp. z o.o.");
        renamed.remove("contacts");
        TestUsers.PL_BROKER.client(anonymous).put("/api/companies/" + companyId, renamed);
        assertThat(tasks.getVariableLocal(task.getId(), "companyName")).isEqualTo("Narew Dairy Sp. z o.o.");
    }

    @Test
    void theCounterpartSeesTheProposalButNotTheCompanyBeforeBothAgreed() throws Exception {
        var podlaskie = TestUsers.PL_BROKER.client(anonymous);
        var pair = CrossBorderCase.readyForMatching(podlaskie, TestUsers.DE_BROKER.client(anonymous));
        complete(podlaskie, pair.caseId(), "userTask_pickCandidates",
                Map.of("pickedCandidates", json("[\"" + pair.partner() + "\"]")));

        mvc.perform(get("/workspace/cases/" + pair.caseId()).session(logIn(TestUsers.DE_BROKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A company of PL-PODLASKIE proposes a partnership")))
                .andExpect(content().string(containsString("DE-HAMBURG")))
                .andExpect(content().string(not(containsString("Podlaskie Test Dairy"))))
                .andExpect(content().string(not(containsString("test.person@example.com"))));
        var review = tasks.createTaskQuery().processInstanceBusinessKey(pair.caseId())
                .taskDefinitionKey("userTask_counterpartReview").singleResult();
        assertThat(tasks.getVariableLocal(review.getId(), "companyName")).isEqualTo("A company of PL-PODLASKIE");
    }

    @Test
    void erasingFromTheRecordEndsTheCaseAndLeavesNoCardNamingTheCompany() throws Exception {
        var session = logIn(TestUsers.PL_BROKER);
        mvc.perform(withCsrf(session, post("/workspace/companies/" + companyId + "/erasure")
                .param("reason", "DATA_SUBJECT_REQUEST"))).andExpect(redirectedUrl("/workspace/companies/" + companyId));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).count())
                .as("not confirmed: nothing erased").isOne();

        mvc.perform(withCsrf(session, post("/workspace/companies/" + companyId + "/erasure")
                .param("reason", "DATA_SUBJECT_REQUEST").param("confirmed", "true")))
                .andExpect(redirectedUrl("/workspace/companies/" + companyId));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().variableName("companyName").list())
                .noneMatch(variable -> "Podlaskie Test Dairy Sp. z o.o.".equals(variable.getValue())
                        && caseIdOf(variable.getProcessInstanceId()).equals(caseId));
    }

    @Test
    void whatBrokersDoOnThePagesIsInTheAuditTrail() throws Exception {
        var own = logIn(TestUsers.PL_BROKER);
        mvc.perform(get("/workspace/companies/" + companyId).session(own)).andExpect(status().isOk());
        mvc.perform(get("/workspace/companies/" + companyId + "/export").session(own)).andExpect(status().isOk());
        mvc.perform(get("/workspace/cases/" + caseId).session(own)).andExpect(status().isOk());
        mvc.perform(get("/workspace/companies/" + companyId).session(logIn(TestUsers.DE_BROKER)))
                .andExpect(status().isNotFound());

        assertThat(trailOf(companyId)).contains(TestUsers.PL_BROKER.id() + " READ 200",
                TestUsers.PL_BROKER.id() + " EXPORT 200", TestUsers.DE_BROKER.id() + " READ 404");
        assertThat(trailOf(caseId)).contains(TestUsers.PL_BROKER.id() + " READ 200");
    }

    /** The audit trail of a company or case as "user action status" lines, as a coordinator reads it. */
    private List<String> trailOf(String subjectId) {
        Map<?, ?> page = TestUsers.COORDINATOR.client(anonymous).getForObject("/api/audit?subjectId=" + subjectId,
                Map.class);
        return ((List<?>) page.get("items")).stream().map(Map.class::cast)
                .map(entry -> entry.get("userId") + " " + entry.get("action") + " " + entry.get("status")).toList();
    }

    private String caseIdOf(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    /** A session logged in through the login page, as a browser does. */
    private MockHttpSession logIn(TestUsers user) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(withCsrf(session, post("/login").param("username", user.id())
                .param("password", TestUsers.PASSWORD))).andExpect(redirectedUrl("/workspace"));
        return session;
    }

    /** The request with the session's CSRF token, as the page's form carries it. */
    private MockHttpServletRequestBuilder withCsrf(MockHttpSession session, MockHttpServletRequestBuilder request)
            throws Exception {
        var page = mvc.perform(get("/login").session(session)).andReturn();
        var token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        return request.session(session).param(token.getParameterName(), token.getToken());
    }
}
