package eu.tibs.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's mail server: every message becomes an .eml file (open it in any mail program) in a folder, named by its
 * Message-ID, so that sending a message again rewrites the same file.
 */
class MailboxFolder extends JavaMailSenderImpl {
    private final Path folder;

    MailboxFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
        try {
            Files.createDirectories(folder);
            for (MimeMessage message : messages) {
                String id = message.getMessageID();
                // saveChanges() makes up a new Message-ID; the outbox's own is put back, as JavaMailSenderImpl does.
                message.saveChanges();
                message.setHeader("Message-ID", id);
                String fileName = id.replaceAll("[^A-Za-z0-9@.-]", "") + ".eml";
                try (OutputStream file = Files.newOutputStream(folder.resolve(fileName))) {
                    message.writeTo(file);
                }
            }
        } catch (IOException | MessagingException e) {
            throw new MailSendException("Not written to the mailbox folder " + folder, e);
        }
    }
}
