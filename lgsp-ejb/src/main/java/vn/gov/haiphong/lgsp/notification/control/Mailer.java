package vn.gov.haiphong.lgsp.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one plain-text UTF-8 e-mail through the server's mail session {@code java:jboss/mail/lgsp}
 * (wildfly-config/cli/80-mail.cli: SMTP host and port are server configuration).
 */
@ApplicationScoped
public class Mailer {

    @Resource(lookup = "java:jboss/mail/lgsp")
    Session session;

    @Inject
    @ConfigProperty(name = "lgsp.notification.from")
    String from;

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
