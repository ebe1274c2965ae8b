package eu.tibs.notification;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.tibs.support.OnPostgres;
import eu.tibs.support.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two nodes' dispatchers on one PostgreSQL outbox, at the same time: each message is delivered exactly once. */
@OnPostgres
// The test's two dispatchers only: the scheduled one waits. OnPostgres already sends to the SmtpServer's port.
@SpringBootTest(properties = "tibs.notifications.poll-interval=1h")
class TwoDispatchersPostgresIT {
    static final int MESSAGES = 60;

    @RegisterExtension
    final SmtpServer smtp = new SmtpServer();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxClaims claims;
    @Autowired
    JavaMailSender mail;
    @Autowired
    NotificationSettings settings;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void twoNodesNeverSendTheSameMessage() {
        dispatcher.dispatchDue();
        smtp.clear();
        transaction.executeWithoutResult(status -> IntStream.range(0, MESSAGES).forEach(i -> outbox.write(
                Messages.toBroker("broker" + i + "@tibs.example"))));
        var first = new NotificationDispatcher(claims, mail, settings);
        var second = new NotificationDispatcher(claims, mail, settings);
        var sent = new AtomicInteger();

        var one = CompletableFuture.runAsync(() -> sent.addAndGet(first.dispatchDue()));
        var other = CompletableFuture.runAsync(() -> sent.addAndGet(second.dispatchDue()));
        CompletableFuture.allOf(one, other).join();

        assertThat(sent.get()).isEqualTo(MESSAGES);
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.received().size() >= MESSAGES);
        var ids = smtp.received().stream().map(TwoDispatchersPostgresIT::messageId).collect(Collectors.toSet());
        assertThat(smtp.received()).hasSize(MESSAGES);
        assertThat(ids).hasSize(MESSAGES);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
