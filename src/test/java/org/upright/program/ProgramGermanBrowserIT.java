package org.upright.program;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.base.LocalFormats;
import org.upright.base.MessageBundles;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * A therapist whose language setting is German, in an English browser: the caseload, the patient page
 * with the program and the tailor dialog speak German, write dates the German way, and keep none of
 * their English words.
 */
class ProgramGermanBrowserIT extends BrowserTest {

    /** Words of these pages in English that must not be left over in German. */
    private static final List<String> CASELOAD_ENGLISH =
            List.of("Caseload", "New patient", "Show archived", "Day in program", "Last activity", "Nothing logged");

    private static final List<String> PROGRAM_ENGLISH = List.of(
            "Program",
            "Template",
            "Day in program",
            "In force today",
            "Prescription versions",
            "Effective from",
            "Saved at",
            "Stretch sessions",
            "Tailor",
            "Pause",
            "Advance phase",
            "walks \u00d7",
            "Every day",
            "hold",
            "repetition",
            "repetitions");

    private static final List<String> TAILOR_ENGLISH = List.of(
            "Tailor the program",
            "Walks a day",
            "Minutes per walk",
            "Days of the week",
            "Takes effect from",
            "Save as new version",
            "Cancel",
            "This version will be in force",
            "Tick the exercises",
            "Mon",
            "Tue");

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    MessageBundles bundles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_german_therapist_gets_the_caseload_the_program_and_the_tailor_dialog_in_german_with_german_dates() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        jdbc.update("UPDATE user_account SET language = 'de' WHERE id = ?", therapist.getId());
        long patientId = fixtures.patientWithProgram(therapist);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        accounts.as(therapist, () -> programs.advancePhase(patientId, today));
        LocalDate start =
                jdbc.queryForObject("SELECT start_date FROM program WHERE patient_id = ?", LocalDate.class, patientId);
        String name = jdbc.queryForObject(
                "SELECT CONCAT(given_name, ' ', family_name) FROM patient WHERE id = ?", String.class, patientId);
        page.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", "en-US,en;q=0.9"));

        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        assertThat(page).hasTitle("Patientenliste \u00b7 Upright");
        assertThat(page.locator("h1")).hasText("Patientenliste");
        Locator view = page.locator("#main-content");
        assertThat(view.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Neuer Patient")))
                .isVisible();
        assertThat(view.getByText("Archivierte zeigen")).isVisible();
        assertThat(view.locator("input[placeholder='Nach Namen suchen']")).isVisible();
        assertThat(cell(view, "Tag im Programm")).isVisible();
        assertThat(cell(view, "Letzte Aktivit\u00e4t")).isVisible();
        assertThat(cell(view, "Noch nichts eingetragen")).isVisible();
        assertThat(cell(view, "Aktiv")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Programmbibliothek")))
                .isVisible();
        assertNoEnglish(view, CASELOAD_ENGLISH);
        screenshot("german-caseload");

        view.locator("a", new Locator.LocatorOptions().setHasText(name)).click();
        assertThat(page).hasURL(Pattern.compile(".*/patients/" + patientId + "$"));
        assertThat(page).hasTitle("Patient \u00b7 Upright");
        Locator program = page.locator(".program-section");
        assertThat(program.locator("h3").first()).hasText("Programm");
        assertThat(program.locator("h4", new Locator.LocatorOptions().setHasText("Heute g\u00fcltig")))
                .isVisible();
        assertThat(program.locator(".program-summary"))
                .containsText("(begonnen am " + LocalFormats.date(start, Locale.GERMAN) + ")");
        assertThat(program.locator(".program-summary")).containsText(Pattern.compile("\\d{1,2}\\. \\S+ \\d{4}"));
        assertThat(program).containsText("2 Spazierg\u00e4nge \u00d7 30 Min. pro Tag");
        assertThat(program).containsText("1 Dehneinheit pro Tag nach 20 Minuten Aufw\u00e4rmen beim Gehen");
        assertThat(program).containsText("Tage: Jeden Tag");
        // the exercises by their German names, each with its drawing described in German
        Locator forwardHang =
                program.locator(".in-force-exercise", new Locator.LocatorOptions().setHasText("Vorbeuge im Stehen"));
        assertThat(forwardHang).isVisible();
        assertThat(forwardHang.locator("img.exercise-drawing"))
                .hasAttribute("alt", bundles.text(Locale.GERMAN, "media.illustration.FORWARD_HANG"));
        assertThat(cell(program, "G\u00fcltig ab")).isVisible();
        assertThat(cell(program, "Gespeichert am")).isVisible();
        assertThat(cell(program, "G\u00fcltig")).isVisible();
        assertThat(cell(program, LocalFormats.date(start, Locale.GERMAN))).isVisible();
        assertThat(program.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Pausieren")))
                .isVisible();
        assertNoEnglish(program, PROGRAM_ENGLISH);
        screenshot("german-patient-program");

        program.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Anpassen"))
                .click();
        Locator dialog =
                page.locator("vaadin-dialog").filter(new Locator.FilterOptions().setHasText("Programm anpassen"));
        assertThat(dialog).containsText("Programm anpassen");
        assertThat(page.getByLabel("Spazierg\u00e4nge pro Tag")).hasValue("2");
        assertThat(page.getByLabel("Minuten pro Spaziergang")).hasValue("30");
        assertThat(dialog).containsText("Wochentage");
        assertThat(dialog.getByText("Mo.", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(dialog).containsText("Diese Version gilt ab");
        assertThat(dialog).containsText("0 bis 6");
        assertThat(page.getByLabel("G\u00fcltig ab")).hasValue(Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{4}$"));
        assertThat(dialog.locator(
                        "vaadin-button", new Locator.LocatorOptions().setHasText("Als neue Version speichern")))
                .isVisible();
        assertNoEnglish(dialog, TAILOR_ENGLISH);
        screenshot("german-tailor");
    }

    @Test
    void a_german_therapist_gets_the_program_library_in_german() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        jdbc.update("UPDATE user_account SET language = 'de' WHERE id = ?", therapist.getId());
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("library");
        assertThat(page).hasTitle("Programmbibliothek \u00b7 Upright");
        assertThat(page.locator("h1")).hasText("Programmbibliothek");
        Locator view = page.locator("#main-content");
        assertThat(view.locator("h3", new Locator.LocatorOptions().setHasText("Vorlagen")))
                .isVisible();
        assertThat(cell(view, "\u00dcbung")).isVisible();
        assertThat(cell(view, "Standarddosis")).isVisible();
        assertThat(cell(view, "Vorbeuge im Stehen")).isVisible();
        assertThat(cell(view, "Mitgeliefert")).isVisible();
        assertThat(cell(view, "Dehnung")).isVisible();
        assertThat(view)
                .containsText("Phase 1, Walking base: mindestens 7 Tage; 2 Spazierg\u00e4nge \u00d7 30 Min. pro Tag;"
                        + " keine Dehneinheiten; nur Spazierg\u00e4nge.");
        assertThat(view.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Vorlage duplizieren"))
                        .first())
                .isVisible();
        assertNoEnglish(
                view,
                // only words of the page itself: exercise and template names are the clinic's content
                List.of(
                        "Default dose",
                        "Not with",
                        "Built in",
                        "Duplicate template",
                        "Edit exercises",
                        "walking only",
                        "no stretch sessions",
                        "Select an exercise"));
        screenshot("german-library");
    }

    /** The grid cell whose whole text is {@code text} (the pattern goes to the browser, so no \Q…\E quoting). */
    private static Locator cell(Locator within, String text) {
        return within.locator(
                        "vaadin-grid-cell-content",
                        new Locator.LocatorOptions()
                                .setHasText(Pattern.compile(
                                        "^\\s*" + text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\s*$")))
                .first();
    }

    private static void assertNoEnglish(Locator within, List<String> english) {
        String shown = within.innerText();
        for (String word : english) {
            // as a word of its own: "Program" is not in "Programm"
            Pattern alone = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})");
            assertThat(alone.matcher(shown).find())
                    .as("English left over: " + word + " in " + shown)
                    .isFalse();
        }
    }
}
