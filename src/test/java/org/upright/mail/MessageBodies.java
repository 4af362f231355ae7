package org.upright.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a message carries no health data. Use it on every message a feature sends: pass the
 * facts of the patient concerned (names for staff-facing messages, notes, diagnosis, contraindication
 * labels, exercise names, ratings as text); the subject, the plain text and the HTML must hold none of
 * them, nor the words that would give health facts away.
 */
public final class MessageBodies {

    /** Words no message of the app needs; they would tell something about someone's health. */
    public static final List<String> HEALTH_WORDS = List.of(
            "pain",
            "rating",
            "rated",
            "diagnos",
            "contraindicat",
            "red flag",
            "symptom",
            "discomfort",
            "exercise",
            "stretch",
            "note:");

    private MessageBodies() {}

    /** The subject, plain text and HTML of a sent message, for asserting on. */
    public static String allText(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + EmbeddedSmtp.textOf(message, "text/plain") + "\n"
                    + EmbeddedSmtp.textOf(message, "text/html");
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static void assertNoHealthData(MimeMessage message, Collection<String> facts) {
        assertNoHealthData(allText(message), facts);
    }

    public static void assertNoHealthData(RenderedMessage message, Collection<String> facts) {
        assertNoHealthData(message.subject() + "\n" + message.text() + "\n" + message.html(), facts);
    }

    public static void assertNoHealthData(String body, Collection<String> facts) {
        String lower = body.toLowerCase(Locale.ROOT);
        List<String> forbidden = new ArrayList<>(HEALTH_WORDS);
        facts.stream().filter(f -> !f.isBlank()).forEach(forbidden::add);
        for (String fact : forbidden) {
            assertThat(lower).as("a message holds \"%s\"", fact).doesNotContain(fact.toLowerCase(Locale.ROOT));
        }
    }
}
