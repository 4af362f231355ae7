package org.upright.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;

/**
 * The embedded SMTP server of the embedded default (GreenMail), as the admin's Mail page shows it: the
 * messages it caught since the app started (kept in memory only). A bean only when it runs.
 */
public class EmbeddedSmtp {

    /** A caught message: to whom, its subject and its plain text (links included, to follow them). */
    public record CaughtMessage(Instant received, String to, String subject, String text) {}

    private final GreenMail server;

    EmbeddedSmtp(GreenMail server) {
        this.server = server;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** The caught messages, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CaughtMessage> caught() {
        List<CaughtMessage> caught = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            caught.add(read(message));
        }
        caught.sort(Comparator.comparing(CaughtMessage::received).reversed());
        return caught;
    }

    static CaughtMessage read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            java.util.Date received =
                    message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
            return new CaughtMessage(
                    received == null ? Instant.EPOCH : received.toInstant(),
                    to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
                    String.valueOf(message.getSubject()),
                    String.valueOf(textOf(message, "text/plain")));
        } catch (Exception ex) {
            return new CaughtMessage(
                    Instant.EPOCH, "", "(unreadable)", ex.getClass().getSimpleName());
        }
    }

    /** The first part of this MIME type in a (multipart) message, decoded; null when there is none. */
    public static @Nullable String textOf(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = textOf(body, mimeType);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** No spring.mail.host (nor JNDI session) and the embedded database: the trial setup. */
    static final class When implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !StringUtils.hasText(env.getProperty("spring.mail.host"))
                    && !StringUtils.hasText(env.getProperty("spring.mail.jndi-name"))
                    && !StringUtils.hasText(env.getProperty("spring.datasource.url"));
        }
    }
}
