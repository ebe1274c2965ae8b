package eu.tibs.privacy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import eu.tibs.support.Companies;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company's data export and erasure on request, run against each database TIBS supports. The erasure test looks
 * for the person in every column of every table, Camunda's included, not only where we expect them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ErasureScenarios {
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final Map<String, String> ON_REQUEST = Map.of("reason", "DATA_SUBJECT_REQUEST");

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    TestRestTemplate broker;
    String name;
    String email;

    @BeforeEach
    void aPersonNoOtherTestNames() {
        TestUsers.ensureAll(identity);
        broker = TestUsers.PL_BROKER.client(anonymous);
        String unique = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        name = "Erazmina Qx" + unique;
        email = "erazmina.qx" + unique + "@erasure.example";
    }

    @Test
    void afterErasureNoTableHoldsThePersonsNameOrEmailButTheCaseStaysForStatistics() throws SQLException {
        String companyId = registerWithContact();
        var profile = Companies.dairyProfile();
        profile.put("valueChain", List.of(Map.of("component", "OPERATIONS", "state", 4,
                "offerText", "Organic cheese; ask " + name + " at " + email)));
        broker.put("/api/companies/" + companyId + "/profile", profile);
        String caseId = openCase(companyId);
        carelessUserCopiesTheContactIntoTheEngine(caseId);
        completeIntakeReview(caseId);
        var scan = new DatabaseScan(dataSource);
        assertThat(scan.columnsHolding(name)).as("the scan finds the person where we put them").contains(
                "CONTACT_PERSON.FULL_NAME", "PROFILE_COMPONENT.OFFER_TEXT", "ACT_HI_VARINST.TEXT_",
                "ACT_HI_DETAIL.TEXT_", "ACT_HI_COMMENT.MESSAGE_", "ACT_HI_OP_LOG.ANNOTATION_",
                "ACT_HI_ATTACHMENT.DESCRIPTION_", "ACT_GE_BYTEARRAY.BYTES_");

        var erased = broker.postForEntity("/api/companies/" + companyId + "/erasure", ON_REQUEST, Map.class);

        assertThat(erased.getStatusCode()).as(String.valueOf(erased.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(scan.columnsHolding(name)).as("columns holding the name").isEmpty();
        assertThat(scan.columnsHolding(email)).as("columns holding the e-mail").isEmpty();
        var caseRow = jdbc.queryForMap("select home_region, stage, opened_at from brokerage_case where id = ?",
                UUID.fromString(caseId));
        assertThat(caseRow.get("home_region")).isEqualTo("PL-PODLASKIE");
        assertThat(caseRow.get("stage")).isEqualTo("WITHDRAWN");
        assertThat(caseRow.get("opened_at")).isNotNull();
        var companyRow = jdbc.queryForMap("select legal_name, region_code, size_class from company where id = ?",
                UUID.fromString(companyId));
        assertThat(companyRow.get("legal_name")).isEqualTo(Anonymisation.companyLabel(UUID.fromString(companyId)));
        assertThat(companyRow.get("region_code")).isEqualTo("PL-PODLASKIE");
        assertThat(companyRow.get("size_class")).isEqualTo("SMALL");
        assertThat(jdbc.queryForObject("select count(*) from erased_consent where company_id = ?", Integer.class,
                UUID.fromString(companyId))).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).count())
                .as("process history without personal data stays").isPositive();
    }

    @Test
    void whatTheStagesRecordedAboutThePersonIsErasedWhileRatingsAndOutcomesStay() throws SQLException {
        String companyId = registerWithContact();
        String caseId = openCase(companyId);
        String partnerId = (String) TestUsers.DE_BROKER.client(anonymous)
                .postForEntity("/api/companies", Companies.hamburgSoftwareHouse(), Map.class).getBody().get("id");
        stagesRecordTheirNotesNaming(name + " <" + email + ">", UUID.fromString(caseId), UUID.fromString(companyId),
                UUID.fromString(partnerId));
        var scan = new DatabaseScan(dataSource);
        assertThat(scan.columnsHolding(name)).contains("INFORMATION_REQUEST.QUESTION", "INFORMATION_REQUEST.ANSWER",
                "NEEDS_ASSESSMENT.CHECK_COMMENT", "PROPOSAL.DECLINE_NOTE", "PROPOSAL.EXPLANATION", "PILOT.PARTICIPANTS",
                "PILOT_ACTION.DESCRIPTION", "PILOT_CHECK_IN.NOTE", "FEEDBACK.COMMENT");
        var export = broker.exchange("/api/companies/" + companyId + "/export", HttpMethod.GET, null, JSON).getBody();
        assertThat(export.keySet()).contains("informationRequests", "needsAssessments", "proposals", "pilots",
                "feedback");
        assertThat(export.get("pilots").toString()).contains(name);

        broker.postForEntity("/api/companies/" + companyId + "/erasure", ON_REQUEST, Map.class);

        assertThat(scan.columnsHolding(name)).as("columns holding the name").isEmpty();
        assertThat(scan.columnsHolding(email)).as("columns holding the e-mail").isEmpty();
        assertThat(jdbc.queryForMap("select service_rating, outcome from feedback where case_id = ?",
                UUID.fromString(caseId))).containsEntry("SERVICE_RATING", 5).containsEntry("OUTCOME", "VALUABLE_CONTACT");
        assertThat(jdbc.queryForObject("select decline_reason from proposal where case_id = ?", String.class,
                UUID.fromString(caseId))).isEqualTo("NO_CAPACITY");
    }

    @Test
    void erasureEndsTheRunningProcessWithdrawsTheCaseAndMayBeAskedAgain() {
        String companyId = registerWithContact();
        String caseId = openCase(companyId);

        var first = broker.postForEntity("/api/companies/" + companyId + "/erasure", ON_REQUEST, Map.class);
        var second = broker.postForEntity("/api/companies/" + companyId + "/erasure",
                Map.of("reason", "CONSENT_WITHDRAWN"), Map.class);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
        assertThat(broker.getForObject("/api/cases/" + caseId, Map.class)).containsEntry("stage", "WITHDRAWN");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).isEqualTo(first.getBody()).containsEntry("reason", "DATA_SUBJECT_REQUEST")
                .containsEntry("requestedBy", TestUsers.PL_BROKER.id());
    }

    @Test
    void theExportHoldsTheCompanyItsPeopleProfileCasesAndProcesses() {
        String companyId = registerWithContact();
        broker.put("/api/companies/" + companyId + "/profile", Companies.dairyProfile());
        String caseId = openCase(companyId);

        var export = broker.exchange("/api/companies/" + companyId + "/export", HttpMethod.GET, null, JSON).getBody();

        assertThat(export).containsEntry("companyId", companyId).containsEntry("erasure", null);
        var company = (Map<String, Object>) ((Map<String, Object>) export.get("company")).get("company");
        var contact = ((List<Map<String, Object>>) company.get("contacts")).get(0);
        assertThat(contact).containsEntry("fullName", name).containsEntry("email", email);
        assertThat(contact.get("consents").toString()).contains("BROKERAGE", "2026-01");
        assertThat(((Map<String, Object>) export.get("profile")).get("valueChain").toString())
                .contains("organic cheese");
        var caseFile = ((List<Map<String, Object>>) export.get("cases")).get(0);
        assertThat(caseFile).containsEntry("id", caseId).containsEntry("stage", "INTAKE");
        assertThat(caseFile.get("processes").toString()).contains("caseId", caseId, "homeBrokerGroup");
    }

    @Test
    void afterErasureTheExportShowsOnlyWhatIsLeft() {
        String companyId = registerWithContact();
        broker.postForEntity("/api/companies/" + companyId + "/erasure", ON_REQUEST, Map.class);

        var export = broker.exchange("/api/companies/" + companyId + "/export", HttpMethod.GET, null, JSON).getBody();

        var section = (Map<String, Object>) export.get("company");
        assertThat((List<?>) ((Map<String, Object>) section.get("company")).get("contacts")).isEmpty();
        assertThat(section.get("erasedConsents").toString()).contains("BROKERAGE", "2026-01");
        assertThat((Map<String, Object>) export.get("erasure")).containsEntry("reason", "DATA_SUBJECT_REQUEST");
        assertThat(export.toString()).doesNotContain(name, email);
    }

    @Test
    void anotherRegionsBrokerCanNeitherExportNorErase() {
        String companyId = registerWithContact();
        var hamburg = TestUsers.DE_BROKER.client(anonymous);
        assertThat(hamburg.getForEntity("/api/companies/" + companyId + "/export", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hamburg.postForEntity("/api/companies/" + companyId + "/erasure", ON_REQUEST, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(broker.getForObject("/api/companies/" + companyId, Map.class).toString()).contains(name);
    }

    private String registerWithContact() {
        var body = Companies.podlaskieDairy();
        body.put("contacts", List.of(Map.of("fullName", name, "email", email, "jobTitle", "Owner",
                "consent", Map.of("purpose", "BROKERAGE", "textVersion", "2026-01"))));
        var created = broker.postForEntity("/api/companies", body, Map.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    private String openCase(String companyId) {
        return (String) broker.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class)
                .getBody().get("id");
    }

    /** What TIBS must not do but a user may: the person's name and e-mail typed into the engine's own records. */
    private void carelessUserCopiesTheContactIntoTheEngine(String caseId) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        String instance = task.getProcessInstanceId();
        String person = name + " <" + email + ">";
        identity.setAuthentication(TestUsers.ADMIN.id(), List.of("camunda-admin"));
        try {
            runtime.setVariable(instance, "contactPerson", person);
            runtime.setVariable(instance, "contactCard",
                    Variables.byteArrayValue(person.getBytes(StandardCharsets.UTF_8)));
            tasks.createComment(task.getId(), instance, "Phoned " + person);
            tasks.createAttachment("text/plain", task.getId(), instance, "call.txt", "Call with " + person,
                    new ByteArrayInputStream(person.getBytes(StandardCharsets.UTF_8)));
            var setVariable = history.createUserOperationLogQuery().processInstanceId(instance)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).list().get(0);
            history.setAnnotationForOperationLogById(setVariable.getOperationId(), "Asked by " + person);
        } finally {
            identity.clearAuthentication();
        }
        attachAsTasklistDoes(task.getId(), "Minutes of the call with " + person);
    }

    /** Tasklist's "Add file": the REST API's attachment of a task, stored without the process instance's id. */
    private void attachAsTasklistDoes(String taskId, String text) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("attachment-name", "minutes.txt");
        form.add("attachment-description", text);
        form.add("attachment-type", "text/plain");
        form.add("content", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "minutes.txt";
            }
        });
        var added = TestUsers.ADMIN.client(anonymous).postForEntity("/engine-rest/task/" + taskId
                + "/attachment/create", form, Map.class);
        assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().get("processInstanceId")).as("stored as Tasklist stores it").isNull();
    }

    private void completeIntakeReview(String caseId) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        var completed = broker.postForEntity("/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("intakeDecision", Map.of("value", "ACCEPT"))), String.class);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** What brokers typed into each stage's records about the company's case, as its forms would store it. */
    private void stagesRecordTheirNotesNaming(String person, UUID caseId, UUID companyId, UUID partnerId) {
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into information_request (id, case_id, question, asked_by, asked_at, answer) values "
                + "(?, ?, ?, 'it.pl.broker', ?, ?)", UUID.randomUUID(), caseId, "Is " + person + " the owner?", now,
                "Yes, " + person);
        jdbc.update("insert into needs_assessment (id, case_id, assessed_by, assessed_at, four_eyes, check_comment) "
                + "values (?, ?, 'it.pl.broker', ?, true, ?)", UUID.randomUUID(), caseId, now, "Checked with " + person);
        jdbc.update("insert into proposal (id, case_id, home_company_id, candidate_company_id, candidate_region, "
                + "shortlist_rank, score, explanation, status, shortlisted_at, decline_reason, decline_note, version) "
                + "values (?, ?, ?, ?, 'DE-HAMBURG', 1, 70, ?, 'DECLINED', ?, 'NO_CAPACITY', ?, 0)", UUID.randomUUID(),
                caseId, companyId, partnerId, "their offer 'ask " + person + "'", now, person + " said no");
        UUID pilot = UUID.randomUUID();
        jdbc.update("insert into pilot (id, case_id, meeting_date, meeting_mode, participants, objective) values "
                + "(?, ?, date '2026-03-02', 'ONLINE', ?, ?)", pilot, caseId, person + " and the partner",
                "Let " + person + " test the market");
        jdbc.update("insert into pilot_action (pilot_id, position, description, due_date) values "
                + "(?, 0, ?, date '2026-04-01')", pilot, person + " ships the first delivery");
        jdbc.update("insert into pilot_check_in (id, pilot_id, checked_at, progress, note, recorded_by) values "
                + "(?, ?, ?, 'ON_TRACK', ?, 'it.pl.broker')", UUID.randomUUID(), pilot, now, "Called " + person);
        jdbc.update("insert into feedback (id, case_id, respondent, months_after, service_rating, outcome, comment, "
                + "recorded_by, given_at) values (?, ?, 'HOME_COMPANY', 0, 5, 'VALUABLE_CONTACT', ?, 'it.pl.broker', ?)",
                UUID.randomUUID(), caseId, person + " was pleased", now);
    }
}
