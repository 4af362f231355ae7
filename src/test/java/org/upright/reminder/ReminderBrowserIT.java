package org.upright.reminder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;

/**
 * On a phone: Today offers reminders once, the patient turns them on with two times, and the
 * unsubscribe link of a reminder turns them off in a browser that is not signed in; a forged link is
 * refused and changes nothing.
 */
class ReminderBrowserIT extends BrowserTest {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    ReminderQueries settings;

    @Autowired
    UnsubscribeTokens tokens;

    @BeforeEach
    void phone() {
        page.setViewportSize(360, 740);
    }

    /** The second time picker's text input (the first holds 10:00 until the patient changes it). */
    private com.microsoft.playwright.Locator second() {
        return page.locator("vaadin-time-picker").nth(1).locator("input");
    }

    @Test
    void a_patient_turns_reminders_on_from_today_and_off_with_the_link_without_signing_in() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        assertThat(page.getByText("Get reminders")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose reminder times"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/reminders$"));

        page.locator("vaadin-checkbox input").check();
        assertThat(second()).isEnabled();
        second().fill("10:00");
        second().press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Choose two different times, or leave the second one empty."))
                .isVisible();
        assertThat(settings.find(p.patientId())).isEmpty();

        second().fill("18:30");
        second().press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Reminders are on.")).isVisible();
        ReminderSetting saved = settings.find(p.patientId()).orElseThrow();
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.times().slots()).containsExactly(LocalTime.of(10, 0), LocalTime.of(18, 30));
        open("today");
        assertThat(page.getByText("Get reminders")).not().isVisible();

        // a fresh browser, signed out, as from the e-mail
        context.clearCookies();
        String token = tokens.tokenFor(p.patientId());
        int middle = token.indexOf('.') + 10;
        String forged =
                token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        open("reminders/off/" + forged);
        assertThat(page.getByText("This link is not valid.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(settings.find(p.patientId()).orElseThrow().enabled()).isTrue();

        open("reminders/off/" + token);
        assertThat(page.getByText("Your reminders are turned off.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        assertThat(settings.find(p.patientId()).orElseThrow().enabled()).isFalse();
    }
}
