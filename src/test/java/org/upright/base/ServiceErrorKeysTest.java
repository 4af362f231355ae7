package org.upright.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Services throw message keys, never sentences: every key a service names (in a refusal, a
 * conflict or a {@link Problem}) is in the bundles, so no reader sees {@code !key!} or English
 * where their language was due.
 */
class ServiceErrorKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/upright");

    /** The message argument of a refusal at a field, of a conflict, of a problem. */
    private static final List<Pattern> THROWN = List.of(
            Pattern.compile("new InvalidInputException\\(\\s*\"[^\"]*\",\\s*\"([^\"]*)\""),
            Pattern.compile("new ConflictException\\(\\s*\"([^\"]*)\""),
            Pattern.compile("Problem\\.of\\(\\s*\"([^\"]*)\""));

    /** Any literal shaped like an error key, e.g. one handed to a helper that makes the Problem. */
    private static final Pattern ERROR_KEY = Pattern.compile("\"([a-z]+\\.error\\.[a-z0-9.-]+)\"");

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void every_key_a_service_throws_is_in_the_english_and_german_bundles() throws IOException {
        Set<String> thrown = new TreeSet<>();
        Set<String> errorKeys = new TreeSet<>();
        for (String source : sources()) {
            for (Pattern pattern : THROWN) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    thrown.add(m.group(1));
                }
            }
            Matcher m = ERROR_KEY.matcher(source);
            while (m.find()) {
                errorKeys.add(m.group(1));
            }
        }
        // the scan finds the services' refusals: logging, outcome, program, security and more
        assertThat(thrown).hasSizeGreaterThan(40).contains("logging.error.logged-in-future", "outcome.error.weeks");
        assertThat(errorKeys).hasSizeGreaterThan(100);

        Set<String> all = new TreeSet<>(thrown);
        all.addAll(errorKeys);
        assertThat(all).as("keys missing from the English bundles").isSubsetOf(bundles.keys(""));
        assertThat(all).as("keys missing from the German bundles").isSubsetOf(bundles.keys("de"));
    }

    @Test
    void a_refusal_reads_in_the_readers_language_with_its_arguments() {
        InvalidInputException refused = new InvalidInputException(Map.of(
                "loggedAt", Problem.of("logging.error.logged-in-future"),
                "note", Problem.of("logging.error.note-too-long", 1000)));

        assertThat(ServiceErrors.texts(bundles, Locale.GERMAN, refused))
                .containsEntry("loggedAt", "Eine vergangene Einheit kann nicht in der Zukunft eingetragen werden.")
                .containsEntry("note", "Halten Sie die Notiz bei höchstens 1000 Zeichen.");
        assertThat(ServiceErrors.texts(bundles, Locale.ENGLISH, refused))
                .containsEntry("note", "Keep the note to 1000 characters or fewer.");
        assertThat(ServiceErrors.text(
                        bundles, Locale.of("es"), new ConflictException("logging.error.changed-elsewhere")))
                .startsWith("Esta sesión se cambió en otra ventana.");
    }

    @Test
    void a_day_in_a_message_is_written_the_readers_way() {
        InvalidInputException refused =
                new InvalidInputException("date", "logging.error.before-program", LocalDate.of(2026, 3, 2));

        assertThat(ServiceErrors.text(bundles, Locale.GERMAN, refused))
                .isEqualTo("Ihr Programm beginnt am Montag, 2. März 2026. "
                        + "Einheiten vor diesem Tag können nicht eingetragen werden.");
        assertThat(ServiceErrors.text(bundles, Locale.ENGLISH, refused)).contains("Monday, March 2, 2026");
    }

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
