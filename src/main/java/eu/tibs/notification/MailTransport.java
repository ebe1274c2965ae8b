package eu.tibs.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without an SMTP host (the demo) messages go to the mailbox folder; with {@code spring.mail.host} set, Spring Boot's
 * own SMTP sender is used.
 */
@Configuration
class MailTransport {

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
    JavaMailSender mailboxFolder(NotificationSettings settings) {
        return new MailboxFolder(settings.mailbox());
    }
}
