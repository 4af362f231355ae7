package org.upright.logging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;

/** The patient forms on a phone: valid values look valid, errors lead to the field, safe defaults, offline. */
class PatientFormsBrowserIT extends BrowserTest {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void phone() {
        page.setViewportSize(360, 740);
    }

    @Test
    void minutes_walked_opens_valid_with_its_30_and_stays_valid_after_leaving_it() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("log-walk");
        Locator minutes = page.locator("vaadin-integer-field").first();
        assertThat(page.getByLabel("Minutes walked")).hasValue("30");
        assertThat(minutes).not().hasAttribute("invalid", "");
        page.getByLabel("Minutes walked").focus();
        page.getByLabel("Minutes walked").press("Tab");
        assertThat(minutes).not().hasAttribute("invalid", "");
        page.getByLabel("Minutes walked").fill("35");
        page.getByLabel("Minutes walked").press("Tab");
        assertThat(minutes).not().hasAttribute("invalid", "");
    }

    @Test
    void a_refused_stretch_session_shows_its_message_beside_not_over_the_fields_and_focuses_the_first_bad_one() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("log-stretches");
        // the after-session rating is required; left empty, the save is refused
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save stretches"))
                .click();
        Locator notice =
                page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Not saved yet"));
        assertThat(notice).isVisible();
        Locator after = page.locator(
                "vaadin-integer-field", new Page.LocatorOptions().setHasText("Discomfort after the session"));
        assertThat(after).hasAttribute("invalid", "");
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('vaadin-integer-field') "
                + "&& document.activeElement.closest('vaadin-integer-field').hasAttribute('invalid')");
        Object focused = page.evaluate(
                "() => document.activeElement.closest('vaadin-integer-field').querySelector('label').textContent");
        assertThat(String.valueOf(focused)).contains("Discomfort after the session");
        BoundingBox field = after.boundingBox();
        BoundingBox message = notice.boundingBox();
        boolean overlaps = field.y < message.y + message.height && message.y < field.y + field.height;
        assertThat(overlaps).as("the message covers the field to correct").isFalse();
        screenshot("stretch-refused-phone");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM session_log WHERE patient_id = ?", Integer.class, p.patientId()))
                .isZero();
    }

    @Test
    void the_delete_confirmation_focuses_keep_it_so_enter_keeps_the_session() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("log-walk");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save walk"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        open("history");
        page.locator(".history-actions vaadin-button", new Page.LocatorOptions().setHasText("Delete"))
                .click();
        assertThat(page.getByText("Delete this walk?")).isVisible();
        page.waitForFunction(
                "() => document.activeElement && document.activeElement.classList.contains('keep-session')");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Delete this walk?")).not().isVisible();
        assertThat(page.locator(".history-entry")).hasCount(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM session_log WHERE patient_id = ?", Integer.class, p.patientId()))
                .isEqualTo(1);
    }

    @Test
    void tapping_log_a_walk_offline_says_why_nothing_happens() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        Locator notice = page.locator(".offline-notice");
        assertThat(notice).isHidden();
        context.setOffline(true);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log a walk"))
                .click();
        assertThat(notice).isVisible();
        assertThat(notice).hasText(Pattern.compile("You are offline"));
        assertThat(notice).hasAttribute("role", "alert");
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        screenshot("today-offline-phone");
        context.setOffline(false);
        assertThat(notice).isHidden();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log a walk"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/log-walk$"));
    }
}
