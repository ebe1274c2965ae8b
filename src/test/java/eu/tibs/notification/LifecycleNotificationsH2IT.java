package eu.tibs.notification;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import eu.tibs.companylink.CompanyLink;
import eu.tibs.companylink.CompanyLinks;
import eu.tibs.support.CaseForms;
import eu.tibs.support.Companies;
import eu.tibs.support.OnH2;
import eu.tibs.support.OnSmtp;
import eu.tibs.support.SmtpServer;
import eu.tibs.support.TestUsers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.executeTimer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case from intake to feedback, worked through our API and /engine-rest, and every message it sends as a real
 * SMTP server receives it: recipient, language, and for companies a personal link into their case.
 */
@OnH2
@OnSmtp
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleNotificationsH2IT {
    private static final Pattern LINK = Pattern.compile("/public/company\\.html#([A-Za-z0-9_.-]+)");
    private static final String DAIRY_CONTACT = "piotr.nowak@dairy.example";
    private static final String PARTNER_CONTACT = "hanna.berg@software.example";

    @RegisterExtension
    final SmtpServer smtp = new SmtpServer();

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    CompanyLinks links;

    @Test
    void everyStepTellsWhoeverMustActNext() throws Exception {
        TestUsers.ensureAll(identity);
        var podlaskie = TestUsers.PL_BROKER.client(anonymous);
        var hamburg = TestUsers.DE_BROKER.client(anonymous);
        var admin = TestUsers.ADMIN.client(anonymous);
        var plBroker = TestUsers.PL_BROKER.id() + "@tibs.example";
        var deBroker = TestUsers.DE_BROKER.id() + "@tibs.example";
        String partner = (String) hamburg.postForEntity("/api/companies", Companies.withContact(
                Companies.hamburgSoftwareHouse(), "Hanna Berg", PARTNER_CONTACT), Map.class).getBody().get("id");
        hamburg.put("/api/companies/" + partner + "/profile", CaseForms.hamburgPartnerProfile());
        String company = (String) podlaskie.postForEntity("/api/companies", Companies.withContact(
                Companies.podlaskieDairy(), "Piotr Nowak", DAIRY_CONTACT), Map.class).getBody().get("id");

        String caseId = (String) podlaskie.postForEntity("/api/companies/" + company + "/cases", null, Map.class)
                .getBody().get("id");
        dispatch();
        assertLinkInto(caseId, company, received(DAIRY_CONTACT, NotificationKind.COMPANY_INTAKE_CONFIRMATION, "pl"));
        assertThat(text(received(plBroker, NotificationKind.BROKER_CASE_WAITING, "en"))).contains(caseId, "INTAKE");

        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("REQUEST_INFORMATION"),
                "informationRequest", string("How many tonnes of cheese a month can you deliver?")));
        dispatch();
        var question = received(DAIRY_CONTACT, NotificationKind.COMPANY_INFORMATION_REQUEST, "pl");
        assertThat(text(question)).contains("How many tonnes of cheese a month can you deliver?");
        assertLinkInto(caseId, company, question);
        complete(podlaskie, caseId, "userTask_recordCompanyAnswer", Map.of("informationAnswer", string("Two")));
        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("ACCEPT")));
        dispatch();
        assertThat(text(received(plBroker, NotificationKind.BROKER_CASE_WAITING, "en"))).contains("NEEDS_ANALYSIS");

        complete(podlaskie, caseId, "userTask_assessNeeds", CaseForms.needsAssessment());
        dispatch();
        assertThat(text(received(plBroker, NotificationKind.BROKER_CASE_WAITING, "en"))).contains("MATCHING");

        complete(podlaskie, caseId, "userTask_pickCandidates", Map.of("pickedCandidates", json("[\"" + partner + "\"]")));
        dispatch();
        assertThat(text(received(deBroker, NotificationKind.BROKER_PROPOSAL_RECEIVED, "en")))
                .contains("PL-PODLASKIE", "Hamburg Test Software GmbH");

        executeTimer(admin, caseId, "timer_counterpartReminder");
        dispatch();
        received(deBroker, NotificationKind.BROKER_PROPOSAL_REMINDER, "en");
        executeTimer(admin, caseId, "timer_answerOverdue");
        dispatch();
        assertThat(text(received(TestUsers.COORDINATOR.id() + "@tibs.example",
                NotificationKind.COORDINATOR_PROPOSAL_ESCALATED, "en"))).contains("DE-HAMBURG");
        complete(admin, caseId, "userTask_handleOverdueProposal", Map.of("overdueDecision", string("EXTEND")));

        complete(hamburg, caseId, "userTask_counterpartReview", Map.of("counterpartAgreed", bool(true)));
        complete(podlaskie, caseId, "userTask_confirmHomeCompany", Map.of("homeAgreed", bool(true)));
        dispatch();
        var dairyIntroduction = received(DAIRY_CONTACT, NotificationKind.COMPANY_INTRODUCTION, "pl");
        assertThat(text(dairyIntroduction)).contains("Hanna Berg", PARTNER_CONTACT);
        assertLinkInto(caseId, company, dairyIntroduction);
        var partnerIntroduction = received(PARTNER_CONTACT, NotificationKind.COMPANY_INTRODUCTION, "de");
        assertThat(text(partnerIntroduction)).contains("Piotr Nowak", DAIRY_CONTACT, "Ihre Ansprechperson");
        assertLinkInto(caseId, partner, partnerIntroduction);

        complete(hamburg, caseId, "userTask_recordIntroduction", CaseForms.introduction());
        complete(podlaskie, caseId, "userTask_planPilot", CaseForms.pilotPlan());
        executeTimer(admin, caseId);
        dispatch();
        assertLinkInto(caseId, company, received(DAIRY_CONTACT, NotificationKind.COMPANY_PILOT_CHECK_IN, "pl"));
        assertLinkInto(caseId, partner, received(PARTNER_CONTACT, NotificationKind.COMPANY_PILOT_CHECK_IN, "de"));

        complete(podlaskie, caseId, "userTask_checkIn", CaseForms.pilotCompleted());
        dispatch();
        assertLinkInto(caseId, company, received(DAIRY_CONTACT, NotificationKind.COMPANY_FEEDBACK_REQUEST, "pl"));
        assertLinkInto(caseId, partner, received(PARTNER_CONTACT, NotificationKind.COMPANY_FEEDBACK_REQUEST, "de"));

        assertThat(anonymous.getForObject("/api/company-links/" + token(received(PARTNER_CONTACT,
                NotificationKind.COMPANY_FEEDBACK_REQUEST, "de")), Map.class)).containsEntry("stage", "FEEDBACK");

        for (var feedback : Map.of("userTask_homeCompanyFeedback", podlaskie, "userTask_homeBrokerFeedback", podlaskie,
                "userTask_partnerCompanyFeedback", hamburg, "userTask_counterpartBrokerFeedback", hamburg).entrySet()) {
            complete(feedback.getValue(), caseId, feedback.getKey(), CaseForms.feedbackGiven());
        }
        executeTimer(admin, caseId, "timer_threeMonths");
        dispatch();
        var dairyFollowUp = received(DAIRY_CONTACT, NotificationKind.COMPANY_FOLLOW_UP, "pl");
        assertThat(text(dairyFollowUp)).contains("Po 3 miesiącach");
        assertLinkInto(caseId, company, dairyFollowUp);
        assertThat(text(received(PARTNER_CONTACT, NotificationKind.COMPANY_FOLLOW_UP, "de"))).contains("3 Monate");
    }

    /** Sends what the last step wrote; only that is in the mail server afterwards. */
    private void dispatch() {
        smtp.clear();
        dispatcher.dispatchDue();
    }

    /** The one message of this kind to this address, in this language. */
    private MimeMessage received(String recipient, NotificationKind kind, String language) throws MessagingException {
        var found = smtp.received().stream().filter(m -> is(m, recipient, kind)).toList();
        assertThat(found).as(kind + " to " + recipient).hasSize(1);
        assertThat(found.get(0).getHeader("Content-Language", null)).as(kind + " to " + recipient).isEqualTo(language);
        return found.get(0);
    }

    private static boolean is(MimeMessage message, String recipient, NotificationKind kind) {
        try {
            return message.getAllRecipients()[0].toString().equals(recipient)
                    && kind.name().equals(message.getHeader(NotificationDispatcher.KIND_HEADER, null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertLinkInto(String caseId, String company, MimeMessage message) throws Exception {
        CompanyLink link = links.verify(token(message)).orElseThrow();
        assertThat(link.caseId()).isEqualTo(UUID.fromString(caseId));
        assertThat(link.companyId()).isEqualTo(UUID.fromString(company));
    }

    private static String token(MimeMessage message) throws Exception {
        var matcher = LINK.matcher(text(message));
        assertThat(matcher.find()).as("a personal link in " + message.getSubject()).isTrue();
        return matcher.group(1);
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }
}
