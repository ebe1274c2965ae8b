package eu.tibs.notification;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.support.Companies;
import eu.tibs.support.OnH2;
import eu.tibs.support.OnSmtp;
import eu.tibs.support.SmtpServer;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What the outbox promises when things go wrong, against a real SMTP server that the test stops and starts. */
@OnH2
@OnSmtp
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tibs.notifications.first-retry=50ms",
        "tibs.notifications.max-attempts=3",
        "tibs.notifications.claim=500ms"})
class OutboxFaultsH2IT {
    @RegisterExtension
    final SmtpServer smtp = new SmtpServer();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxClaims claims;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    BrokerageCaseService cases;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void outboxEmpty() {
        dispatcher.dispatchDue();
        smtp.clear();
    }

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndIsDeliveredOnceWhenItIsBack() throws Exception {
        smtp.stop();
        var id = write("down@tibs.example");
        assertThat(dispatcher.dispatchDue()).isZero();
        var waiting = notifications.findById(id).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();

        smtp.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.dispatchDue() == 1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.received()).hasSize(1);
        var delivered = smtp.received().get(0);
        assertThat(delivered.getAllRecipients()[0].toString()).isEqualTo("down@tibs.example");
        assertThat(delivered.getMessageID()).isEqualTo(waiting.getMessageId());
        assertThat(notifications.findById(id).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aStepThatRollsBackSendsNothing() {
        String company = (String) TestUsers.PL_BROKER.ensureIn(identity).client(anonymous)
                .postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class).getBody().get("id");
        long before = notifications.count();
        transaction.executeWithoutResult(status -> {
            cases.open(UUID.fromString(company));
            assertThat(notifications.count()).as("written with the step").isGreaterThan(before);
            status.setRollbackOnly();
        });
        assertThat(notifications.count()).isEqualTo(before);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void nothingIsWrittenOutsideTheTransactionOfAStep() {
        assertThatThrownBy(() -> outbox.write(Messages.toBroker("nowhere@tibs.example")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentByAnotherOnceTheClaimHasPassed() {
        var id = write("orphan@tibs.example");
        assertThat(claims.claimDue("node-that-dies")).extracting(Notification::getId).contains(id);
        assertThat(dispatcher.dispatchDue()).as("still claimed").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.dispatchDue() == 1);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void aMessageThatKeepsFailingIsShownToCoordinatorsWhoRetryIt() {
        smtp.stop();
        var id = write("failing@tibs.example");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            dispatcher.dispatchDue();
            return notifications.findById(id).orElseThrow().getStatus() == NotificationStatus.FAILED;
        });
        var coordinator = TestUsers.COORDINATOR.ensureIn(identity).client(anonymous);
        var failed = coordinator.getForObject("/api/notifications?status=FAILED", NotificationView[].class);
        assertThat(failed).extracting(NotificationView::id).contains(id);
        assertThat(failed).filteredOn(n -> n.id().equals(id)).singleElement()
                .satisfies(n -> assertThat(n.attempts()).isEqualTo(3));

        smtp.start();
        assertThat(dispatcher.dispatchDue()).as("failed messages wait for a coordinator").isZero();
        var retried = coordinator.postForEntity("/api/notifications/" + id + "/retry", null, NotificationView.class);
        assertThat(retried.getBody().status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(smtp.received()).hasSize(1);
        assertThat(coordinator.postForEntity("/api/notifications/" + id + "/retry", null, String.class)
                .getStatusCode().value()).isEqualTo(409);
    }

    private UUID write(String recipient) {
        transaction.executeWithoutResult(status -> outbox.write(Messages.toBroker(recipient)));
        return notifications.findAll().stream().filter(n -> n.getRecipient().equals(recipient))
                .map(Notification::getId).findFirst().orElseThrow();
    }
}
