package org.upright.program;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

class AssignAndTailorBrowserIT extends BrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_therapist_creates_a_patient_with_a_neck_injury_assigns_and_tailors_the_program_and_the_patient_signs_in() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        assertThat(page.getByText("No patients on your caseload yet.", new Page.GetByTextOptions()))
                .isVisible();

        button("New patient").click();
        String email = "nora." + System.nanoTime() + "@example.org";
        page.getByLabel("First name").fill("Nora");
        page.getByLabel("Last name").fill("Hill");
        page.getByLabel("Email (their login)").fill(email);
        page.getByLabel("Neck injury").check();
        button("Create patient").click();

        Locator password = page.locator(".one-time-password");
        assertThat(password).isVisible();
        assertThat(page.locator(".login-email")).hasText(email);
        assertThat(page.getByText("Give these to the patient in person", new Page.GetByTextOptions()))
                .isVisible();
        String oneTimePassword = password.textContent().trim();
        screenshot("new-patient-password");
        button("Open their record").click();

        assertThat(page).hasURL(Pattern.compile(".*/patients/\\d+$"));
        assertThat(heading("Nora Hill")).isVisible();
        assertThat(page.getByText("No program yet.")).isVisible();
        button("Assign program").click();

        assertThat(page.locator(".excluded-exercises"))
                .hasText("Chin to chest — Left out: not suitable with neck injury");
        assertThat(versionRows()).hasCount(1);

        button("Tailor").click();
        Locator minutes = page.getByLabel("Minutes per walk");
        minutes.fill("20");
        LocalDate nextMonday = LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String effective = page.getByLabel("Takes effect from").inputValue();
        assertThat(effective).isNotBlank();
        button("Save as new version").click();

        assertThat(versionRows()).hasCount(2);
        assertThat(page.locator(".prescription-versions")).containsText("2 walks × 20 min");
        assertThat(page.locator(".prescription-versions")).containsText("2 walks × 30 min");
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        screenshot("patient-two-versions");
        LocalDate saved = jdbc.queryForObject("""
            SELECT MAX(pr.effective_from) FROM prescription pr JOIN program p ON p.id = pr.program_id
            JOIN patient pa ON pa.id = p.patient_id JOIN user_account a ON a.id = pa.account_id
            WHERE a.email = ?""", LocalDate.class, email);
        assertThat(saved).isEqualTo(nextMonday);

        // the patient, on their own device, with what the therapist was shown
        Browser browser = context.browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        signIn(email, oneTimePassword);
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        assertThat(heading("Change your password")).isVisible();
    }

    @Test
    void the_caseload_lists_the_new_patient_and_a_search_that_matches_nobody_says_so() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        button("New patient").click();
        page.getByLabel("First name").fill("Ada");
        page.getByLabel("Last name").fill("Quill");
        page.getByLabel("Email (their login)").fill("ada." + System.nanoTime() + "@example.org");
        button("Create patient").click();
        button("Done, I have noted it").click();
        assertThat(page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("Ada Quill")))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("No program")))
                .isVisible();
        screenshot("caseload");
        page.locator("input[placeholder='Search by name']").fill("zzz");
        assertThat(page.getByText("No patient matches", new Page.GetByTextOptions()))
                .isVisible();
    }

    @Test
    void the_library_shows_the_built_in_program_and_a_therapist_adds_an_exercise_that_a_neck_injury_rules_out() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Program library"))
                .click();
        assertThat(heading("Program library")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Chin to chest")))
                .hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content vaadin-icon").first()).isVisible();
        assertThat(page.getByText("Phase 2, Gentle stretches", new Page.GetByTextOptions())
                        .first())
                .isVisible();

        button("Add exercise").click();
        button("Add to library").click();
        assertThat(page.getByText("Enter the exercise's name.")).isVisible();
        String name = "Neck nod " + System.nanoTime();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Stretch"))
                .click();
        page.getByLabel("Instructions for the patient").fill("Nod slowly, as if saying yes, five times.");
        page.getByLabel("Neck injury").check();
        button("Add to library").click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name)))
                .hasCount(1);
        screenshot("library");
    }

    private Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private Locator heading(String text) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private Locator versionRows() {
        return page.locator(
                ".prescription-versions vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(Pattern.compile("^\\d walks? × \\d+ min$")));
    }
}
