package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.MessageBundles;
import org.upright.logging.LoggingTestSetup;
import org.upright.media.Illustrations;
import org.upright.program.DayPlan;
import org.upright.program.Exercise;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ProgramService;

/**
 * The handout goes home in the patient's own language, whoever prints it: headings, dates and
 * doses from the bundles, exercise names and instructions from their translations, the drawings kept.
 */
@IntegrationTest
class HandoutLanguageIT {

    @Autowired
    ExportService exports;

    @Autowired
    ProgramService programs;

    @Autowired
    ExerciseTranslations translations;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageBundles bundles;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    LoggingTestSetup.Made patient;

    @BeforeEach
    void aPatientInTheStretchingPhase() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        patient = setup.patient(2, Set.of());
    }

    @Test
    void a_german_patients_handout_is_in_german_with_german_exercise_names_and_the_drawings() throws Exception {
        String text = handoutIn("de");

        assertThat(text)
                .contains(
                        "Ihr Heimprogramm",
                        "Gehen",
                        "Übungen",
                        "So geht es",
                        "Sicherheit",
                        "Ihre Praxis",
                        "Gültig ab",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(Locale.GERMAN)
                                .format(patient.today(clock)))
                .doesNotContain("Your home program", "Walking", "How to do it", "Your clinic");
        List<Exercise> prescribed = prescribed();
        translations
                .textsOf(prescribed, Locale.GERMAN)
                .values()
                .forEach(t -> assertThat(text).contains(t.name()));
        // the built-in exercises are translated, so the English names are not what the patient reads
        assertThat(prescribed).anySatisfy(e -> assertThat(text).doesNotContain(e.getName()));
        assertDrawingsPresent("de");
        assertCaptionsIn(text, Locale.GERMAN);
    }

    @Test
    void a_spanish_patients_handout_is_in_spanish_with_spanish_exercise_names_and_the_drawings() throws Exception {
        String text = handoutIn("es");

        assertThat(text)
                .contains(
                        "Su programa en casa",
                        "Caminar",
                        "Ejercicios",
                        "Cómo hacerlo",
                        "Seguridad",
                        "Su clínica",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(Locale.of("es"))
                                .format(patient.today(clock)))
                .doesNotContain("Your home program", "Walking", "Ihr Heimprogramm");
        List<Exercise> prescribed = prescribed();
        translations
                .textsOf(prescribed, Locale.of("es"))
                .values()
                .forEach(t -> assertThat(text).contains(t.name()));
        assertThat(prescribed).anySatisfy(e -> assertThat(text).doesNotContain(e.getName()));
        assertDrawingsPresent("es");
        assertCaptionsIn(text, Locale.of("es"));
    }

    @Test
    void without_a_chosen_language_the_handout_is_in_english() throws Exception {
        String text = handoutIn(null);

        assertThat(text).contains("Your home program", "Walking", "How to do it", "Your clinic");
        prescribed().forEach(e -> assertThat(text).contains(e.getName()));
    }

    private String handoutIn(String language) throws Exception {
        jdbc.update(
                "UPDATE user_account SET language = ? WHERE id = ?",
                language,
                patient.patientAccount().getId());
        // the therapist prints: the handout follows the patient's language, not the printer's
        byte[] pdf = accounts.as(patient.therapist(), () -> exports.handout(patient.patientId()))
                .content();
        return PdfText.of(pdf);
    }

    private List<Exercise> prescribed() {
        DayPlan plan = accounts.as(
                        patient.therapist(), () -> programs.planOn(patient.patientId(), patient.today(clock)))
                .orElseThrow();
        List<Exercise> exercises =
                plan.exercises().stream().map(DayPlan.Item::exercise).toList();
        assertThat(exercises).isNotEmpty();
        return exercises;
    }

    /** Each drawing is captioned with what it shows, in the patient's language. */
    private void assertCaptionsIn(String text, Locale locale) {
        prescribed().stream()
                .filter(e -> Illustrations.svg(e.getCode()).isPresent())
                .forEach(e -> assertThat(text)
                        .contains(bundles.text(locale, Illustrations.altKey(e.getCode()))
                                .replaceAll("\\s+", " ")));
    }

    private void assertDrawingsPresent(String language) throws Exception {
        long illustrated = prescribed().stream()
                .filter(e -> Illustrations.svg(e.getCode()).isPresent())
                .count();
        assertThat(illustrated).isPositive();
        byte[] pdf = accounts.as(patient.therapist(), () -> exports.handout(patient.patientId()))
                .content();
        List<String> drawings = HandoutIllustrationIT.drawings(pdf);
        assertThat(drawings).as(language).hasSize((int) illustrated);
        drawings.forEach(operators -> assertThat(operators).contains(" m\n", " c\n", "S\n"));
    }
}
