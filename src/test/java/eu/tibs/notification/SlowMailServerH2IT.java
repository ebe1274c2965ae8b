package eu.tibs.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.support.OnH2;
import eu.tibs.support.OnSmtp;
import eu.tibs.support.SmtpServer;
import eu.tibs.support.TestUsers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that answers slowly: a node's claim on a batch runs out while it sends, yet no message is sent by
 * two nodes. Time is the test's clock (TIBS's clock in this test), which the slow server moves on with each answer.
 */
@OnH2
@OnSmtp
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tibs.notifications.claim=1m")
class SlowMailServerH2IT {
    /** How long the slow server takes to accept one message: under a claim, but a batch of three takes longer. */
    private static final Duration ANSWER = Duration.ofSeconds(40);

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
    NotificationSettings settings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClock clock;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void outboxEmpty() {
        // Past every claim an earlier test left, so that nothing earlier is due during this test.
        clock.pass(settings.claim().plusSeconds(1));
        dispatcher.dispatchDue();
        smtp.clear();
    }

    @Test
    void aMessageWhoseClaimRanOutMidBatchIsSentByOneNodeOnly() {
        Set<UUID> written = Set.of(write("slow1@tibs.example"), write("slow2@tibs.example"), write("slow3@tibs.example"));
        // The other node's connection answers at once: only the first node's slowness is in question.
        var otherNode = new NotificationDispatcher(claims, smtpClient(Duration.ZERO, () -> { }), settings);
        var sentByOther = new int[1];
        // While the slow server takes the first node's second message, the claim on its third runs out and the
        // other node, polling, finds that one due.
        var firstNode = new NotificationDispatcher(claims, smtpClient(ANSWER, new Runnable() {
            private int answers;

            @Override
            public void run() {
                if (++answers == 2) {
                    sentByOther[0] = otherNode.dispatchDue();
                }
            }
        }), settings);

        int sentByFirst = firstNode.dispatchDue();

        assertThat(sentByOther[0]).isEqualTo(1);
        assertThat(sentByFirst + sentByOther[0]).isEqualTo(written.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.received().size() >= written.size());
        assertThat(smtp.received()).hasSize(written.size());
        assertThat(smtp.received().stream().map(SlowMailServerH2IT::messageId).collect(Collectors.toSet()))
                .hasSize(written.size());
    }

    @Test
    void aCoordinatorCannotRetryAMessageALiveNodeHolds() {
        var id = write("held@tibs.example");
        long versionBefore = notifications.findById(id).orElseThrow().getVersion();
        assertThat(claims.claimDue("live-node")).extracting(Notification::getId).containsExactly(id);

        var coordinator = TestUsers.COORDINATOR.ensureIn(identity).client(anonymous);
        var answer = coordinator.postForEntity("/api/notifications/" + id + "/retry", null, Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        var held = notifications.findById(id).orElseThrow();
        assertThat(held.isClaimedBy("live-node")).isTrue();
        assertThat(held.getVersion()).isGreaterThan(versionBefore);
    }

    /** A JavaMail client of the test's GreenMail whose answer to each message takes this long. */
    private JavaMailSenderImpl smtpClient(Duration answer, Runnable meanwhile) {
        var client = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                super.doSend(messages, originals);
                clock.pass(answer);
                meanwhile.run();
            }
        };
        client.setHost("127.0.0.1");
        client.setPort(SmtpServer.PORT);
        return client;
    }

    private UUID write(String recipient) {
        transaction.executeWithoutResult(status -> outbox.write(Messages.toBroker(recipient)));
        return notifications.findAll().stream().filter(n -> n.getRecipient().equals(recipient))
                .map(Notification::getId).findFirst().orElseThrow();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        TestClock testClock() {
            // Whole milliseconds: a column rounds finer fractions, possibly up, to a time not yet due.
            return new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    /** Time that passes only when the test says so. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
