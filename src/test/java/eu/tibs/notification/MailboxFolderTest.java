package eu.tibs.notification;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxFolderTest {

    @Test
    void aMessageBecomesOneFileNamedByItsMessageIdEvenWhenSentTwice(@TempDir Path folder) throws Exception {
        var mailbox = new MailboxFolder(folder);
        for (int attempt = 0; attempt < 2; attempt++) {
            mailbox.send(message(mailbox));
        }
        var file = folder.resolve("42@tibs.eu.eml");
        assertThat(Files.list(folder)).containsExactly(file);
        assertThat(Files.readString(file)).contains("Message-ID: <42@tibs.eu>", "To: company@example.com", "Hej");
    }

    private static MimeMessage message(MailboxFolder mailbox) throws Exception {
        var message = mailbox.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("tibs@localhost");
        helper.setTo("company@example.com");
        helper.setSubject("Hello");
        helper.setText("Hej");
        message.setHeader("Message-ID", "<42@tibs.eu>");
        return message;
    }
}
