package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;

/**
 * Asserts that a message a person receives holds no health data: none of the given words (the
 * patient's names, a note's text, a diagnosis) and no words about ratings or discomfort.
 */
public final class NoHealthData {

    private static final List<String> HEALTH_WORDS =
            List.of("discomfort", "rating", "pain", "red flag", "red-flag", "chest", "neck", "/10", "schmerz", "dolor");

    private NoHealthData() {}

    /** The whole message as a reader sees it: subject and every text part. */
    public static String readable(MimeMessage message) throws Exception {
        StringBuilder all = new StringBuilder(String.valueOf(message.getSubject())).append('\n');
        collect(message.getContent(), all);
        return all.toString();
    }

    public static void assertFree(String body, String... personal) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String word : HEALTH_WORDS) {
            assertThat(lower).as("health word in a message").doesNotContain(word);
        }
        for (String word : personal) {
            assertThat(lower).as("personal data in a message").doesNotContain(word.toLowerCase(Locale.ROOT));
        }
    }

    private static void collect(Object content, StringBuilder all) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), all);
            }
        } else {
            all.append(content).append('\n');
        }
    }
}
