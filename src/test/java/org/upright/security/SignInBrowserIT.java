package org.upright.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;

class SignInBrowserIT extends BrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_therapist_lands_on_the_caseload_and_cannot_open_the_admin_pages() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        assertThat(page.locator("h1", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Caseload")))
                .isVisible();
        assertThat(page.locator(
                        "vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Users")))
                .hasCount(0);

        open("admin/users");
        assertRefused();
    }

    @Test
    void a_patient_lands_on_today_and_cannot_open_the_caseload() {
        UserAccount patient = testAccounts.create(Role.PATIENT);
        signIn(patient.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.locator("h1")).hasText("Today");

        open("caseload");
        assertRefused();
    }

    @Test
    void an_admin_lands_on_users_and_cannot_open_a_patients_today() {
        UserAccount admin = testAccounts.create(Role.ADMIN);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator("h1", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Users")))
                .isVisible();
        screenshot("admin-landing");

        open("today");
        assertRefused();
    }

    @Test
    void a_wrong_password_gets_one_generic_message_and_is_recorded() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);

        submitSignIn(therapist.getEmail(), "not the right password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Could not sign you in")).isVisible();
        assertThat(page.getByText("Check your email and password and try again."))
                .isVisible();

        submitSignIn("nobody-" + System.nanoTime() + "@test.example", "whatever password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Could not sign you in")).isVisible();
        assertThat(page.getByText("Check your email and password and try again."))
                .isVisible();

        Integer recorded = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor_id = ?",
                Integer.class,
                therapist.getId());
        assertThat(recorded).isEqualTo(1);
        Integer failedCount = jdbc.queryForObject(
                "SELECT failed_login_count FROM user_account WHERE id = ?", Integer.class, therapist.getId());
        assertThat(failedCount).isEqualTo(1);
    }

    @Test
    void signing_out_returns_to_the_sign_in_page() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Sign out"))
                .click();
        page.waitForURL(Pattern.compile(".*/login$"));
        open("caseload");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void assertRefused() {
        // a route the user may not open is answered as if it did not exist
        assertThat(page.locator("body")).containsText("Not found or not allowed");
        screenshot("refused-" + System.nanoTime());
    }
}
