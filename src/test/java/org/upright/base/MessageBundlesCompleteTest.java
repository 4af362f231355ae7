package org.upright.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every key of the English bundles (the reference) is in German, and in Spanish for the modules a
 * patient sees; nothing is in a translation that English lacks; every text is a valid pattern.
 */
class MessageBundlesCompleteTest {

    /** The texts a patient may read (by key prefix), so they also need Spanish. */
    static final List<String> PATIENT_KEYS = List.of(
            "base.",
            "security.",
            "shell.",
            "logging.",
            "adherence.progress.",
            "adherence.period.",
            "adherence.trend.",
            "adherence.dashboard.",
            "export.mydata.",
            "reminder.",
            "media.",
            "outcome.");

    /** Staff-only keys inside the patient-facing modules (the therapist's view of the sessions, a reset link). */
    static final List<String> STAFF_KEYS =
            List.of("logging.sessions.", "security.staff.", "outcome.caseload.", "outcome.scores.", "outcome.section.");

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void german_has_every_english_key_of_every_module() {
        assertThat(missing("de", bundles.keys(""))).isEmpty();
    }

    @Test
    void spanish_has_every_key_of_the_patient_facing_modules() {
        Set<String> patientKeys = new TreeSet<>();
        for (String key : bundles.keys("")) {
            if (PATIENT_KEYS.stream().anyMatch(key::startsWith)
                    && STAFF_KEYS.stream().noneMatch(key::startsWith)) {
                patientKeys.add(key);
            }
        }
        assertThat(patientKeys).isNotEmpty();
        assertThat(missing("es", patientKeys)).isEmpty();
    }

    @Test
    void no_translation_has_a_key_that_english_lacks() {
        for (String language : List.of("de", "es")) {
            Set<String> extra = new TreeSet<>(bundles.keys(language));
            extra.removeAll(bundles.keys(""));
            assertThat(extra).as(language).isEmpty();
        }
    }

    @Test
    void every_text_is_a_valid_pattern_in_every_language() {
        for (Locale locale : MessageBundles.LANGUAGES) {
            for (String key : bundles.keys("")) {
                // the way the bundles are read: a plain apostrophe is text
                new MessageFormat(bundles.text(locale, key).replace("'", "''"), locale);
                assertThat(bundles.text(locale, key, 1, 2, 3, 4)).as(key).doesNotContain("!" + key + "!");
            }
        }
    }

    @Test
    void the_pseudo_locale_marks_and_lengthens_every_text() {
        String english = bundles.text(Locale.ENGLISH, "logging.today.log-walk");
        String pseudo = bundles.text(MessageBundles.PSEUDO, "logging.today.log-walk");
        assertThat(pseudo).startsWith("⟦").endsWith("⟧").doesNotContain("Log a walk");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (english.length() * 1.4));
    }

    private Set<String> missing(String language, Set<String> reference) {
        Set<String> missing = new TreeSet<>(reference);
        missing.removeAll(bundles.keys(language));
        return missing;
    }
}
