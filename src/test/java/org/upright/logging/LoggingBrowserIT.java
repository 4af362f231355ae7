package org.upright.logging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;

class LoggingBrowserIT extends BrowserTest {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void phone() {
        page.setViewportSize(360, 740);
    }

    @Test
    void a_patient_logs_a_walk_and_stretches_on_a_phone_and_sees_both_on_today_and_in_history() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.locator("h1")).hasText("Today");
        assertThat(page.getByText("Nothing logged yet today.")).isVisible();
        assertFitsThePhone();
        screenshot("today-phone-empty");

        button("Log a walk").click();
        assertThat(page).hasURL(Pattern.compile(".*/log-walk$"));
        assertThat(page.getByLabel("Minutes walked")).hasValue("30");
        assertThat(page.getByText("0 = no pain, 10 = worst pain imaginable")).isVisible();
        page.getByLabel("Minutes walked").fill("25");
        page.getByLabel("Discomfort after the walk").fill("3");
        page.getByLabel("Note (optional)").fill("<script>window.hacked = 1</script> felt good");
        assertFitsThePhone();
        screenshot("log-walk-phone");
        button("Save walk").dblclick();
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.getByText("Walk · 25 min · discomfort 3/10")).isVisible();
        assertThat(logCount(p)).isEqualTo(1);

        button("Log stretches").click();
        assertThat(page).hasURL(Pattern.compile(".*/log-stretches$"));
        page.locator("vaadin-radio-group")
                .first()
                .locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Too uncomfortable today"))
                .click();
        page.getByLabel("Discomfort after the session").fill("4");
        page.getByLabel("Discomfort before (optional)").fill("2");
        page.getByLabel("Desk work").check();
        assertFitsThePhone();
        screenshot("log-stretches-phone");
        button("Save stretches").click();
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.getByText("Stretch session · 20 min warm-up · discomfort 4/10"))
                .isVisible();
        assertThat(page.getByText("Last time this one was too uncomfortable").first())
                .isVisible();
        assertThat(page.locator(".streak-number")).hasText("1");
        assertFitsThePhone();
        screenshot("today-phone-done");

        open("history");
        assertThat(page.locator(".history-entry")).hasCount(2);
        assertThat(page.getByText("Today · Walk")).isVisible();
        assertThat(page.getByText("Today · Stretch session")).isVisible();
        assertThat(page.getByText("Standing forward hang: Too uncomfortable today"))
                .isVisible();
        assertThat(page.getByText("Possible causes: Desk work")).isVisible();
        // the note is shown as text: the markup is visible and never ran
        assertThat(page.getByText("<script>window.hacked = 1</script> felt good"))
                .isVisible();
        assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);
        assertFitsThePhone();
        screenshot("history-phone");
        assertThat(logCount(p)).isEqualTo(2);
    }

    @Test
    void pressing_save_twice_at_once_stores_one_walk() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("log-walk");
        page.getByLabel("Minutes walked").fill("40");
        page.getByLabel("Minutes walked").press("Tab");
        // two clicks in the same instant, before the server has answered the first
        button("Save walk").evaluate("b => { b.click(); b.click(); }");
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.getByText("Walk · 40 min")).isVisible();
        assertThat(logCount(p)).isEqualTo(1);
    }

    @Test
    void a_refused_save_says_so_and_keeps_what_was_typed() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("log-walk");
        page.getByLabel("Minutes walked").fill("5000");
        page.getByLabel("Note (optional)").fill("kept after the error");
        button("Save walk").click();
        assertThat(page.getByText("Not saved yet.")).isVisible();
        assertThat(page.getByText("Enter how many minutes you walked, from 1 to 1440."))
                .isVisible();
        assertThat(page.getByLabel("Note (optional)")).hasValue("kept after the error");
        assertThat(page).hasURL(Pattern.compile(".*/log-walk$"));
        assertThat(logCount(p)).isZero();

        page.getByLabel("Minutes walked").fill("50");
        button("Save walk").click();
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(logCount(p)).isEqualTo(1);
    }

    @Test
    void a_yes_on_the_safety_check_tells_the_patient_what_to_do_and_pauses_the_program() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        assertThat(page.getByText("Weekly safety check")).isVisible();
        button("Answer the safety check").click();
        assertThat(page).hasURL(Pattern.compile(".*/red-flags$"));
        Locator groups = page.locator("vaadin-radio-group");
        assertThat(groups).hasCount(RedFlagQuestion.values().length);
        for (int i = 0; i < RedFlagQuestion.values().length; i++) {
            boolean yes = RedFlagQuestion.values()[i] == RedFlagQuestion.CHEST;
            groups.nth(i)
                    .locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText(yes ? "Yes" : "No"))
                    .click();
        }
        assertFitsThePhone();
        button("Send answers").click();
        assertThat(page.locator(".safety-advice h2")).hasText(Pattern.compile("^Call .+ now$"));
        assertThat(page.getByText(RedFlagQuestion.CHEST.advice())).isVisible();
        screenshot("red-flag-yes-phone");
        open("today");
        assertThat(page.locator(".plan-card h2")).hasText("Your program is paused");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND severity = 'CRITICAL'",
                        Integer.class,
                        p.patientId()))
                .isEqualTo(1);
    }

    @Test
    void the_app_can_be_installed_on_a_phone() {
        APIResponse manifest = page.request().get(url("manifest.webmanifest"));
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.text()).contains("\"Upright\"").contains("icons/");
        APIResponse icon = page.request().get(url("icons/icon.png"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/png");
    }

    private Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    private void assertFitsThePhone() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at 360 px").isEqualTo(true);
        Object smallest = page.evaluate("""
            () => Math.min(...[...document.querySelectorAll('vaadin-button, vaadin-integer-field, vaadin-text-area')]
                .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().height))""");
        assertThat(((Number) smallest).doubleValue())
                .as("controls are thumb-sized")
                .isGreaterThanOrEqualTo(44);
    }

    private int logCount(LoggingTestSetup.Made p) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM session_log WHERE patient_id = ? AND deleted_at IS NULL",
                Integer.class,
                p.patientId());
    }
}
