package org.upright.logging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The weekly safety check on a 360 px phone: read in full, answered by keyboard, and a "yes" says whom to call. */
class SafetyCheckPhoneBrowserIT extends BrowserTest {

    static final String PHONE = "+49 30 5550 1234";

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicSettingsService clinic;

    UserAccount admin;
    ClinicContact before;

    @BeforeEach
    void aPhoneAndAClinicWithItsNumberSet() {
        page.setViewportSize(360, 740);
        admin = accounts.create(Role.ADMIN);
        before = accounts.as(admin, () -> clinic.current());
        accounts.as(admin, () -> clinic.save(new ClinicContact("Praxis am Park", PHONE, "", "", "112")));
    }

    @AfterEach
    void putBack() {
        accounts.as(admin, () -> clinic.save(before));
    }

    @Test
    void every_question_reads_in_full_each_answer_is_keyboard_reachable_and_a_yes_shows_whom_to_call() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("red-flags");

        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            Locator text = page.locator("#red-flag-q-" + q.name());
            assertThat(text).isVisible();
            assertThat(text).hasText(q.question());
            assertThat(text.evaluate("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight"))
                    .as("%s is not cut off", q)
                    .isEqualTo(true);
            assertThat(((Number) text.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue())
                    .as("%s is in body-size text", q)
                    .isGreaterThanOrEqualTo(16);
            Locator group = group(q);
            assertThat(group.getAttribute("aria-labelledby"))
                    .as("the answers are named by their question")
                    .contains("red-flag-q-" + q.name());
            assertThat(text.evaluate(
                            "(e, g) => !!(e.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING)",
                            group.elementHandle()))
                    .as("%s is read before its answers", q)
                    .isEqualTo(true);
        }
        assertFitsThePhone();
        screenshot("safety-check-phone");

        // keyboard only: from the first question, Tab reaches each group's answers, Space picks one, arrows change it
        page.locator("#red-flag-q-" + RedFlagQuestion.values()[0].name()).click();
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            page.keyboard().press("Tab");
            assertThat(group(q).evaluate("g => g.contains(document.activeElement) || g === document.activeElement"))
                    .as("Tab reaches the answers of %s", q)
                    .isEqualTo(true);
            assertThat(checked(q)).isEqualTo("");
            page.keyboard().press("Space");
            assertThat(checked(q)).isEqualTo("Yes");
            page.keyboard().press("ArrowDown");
            assertThat(checked(q)).isEqualTo("No");
            if (q == RedFlagQuestion.BALANCE_BLADDER_BOWEL) {
                page.keyboard().press("ArrowUp");
                assertThat(checked(q)).isEqualTo("Yes");
            }
        }

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send answers"))
                .click();
        Locator advice = page.locator(".safety-advice");
        assertThat(advice.locator("h2")).hasText("Go to an emergency department today");
        assertThat(advice).containsText(RedFlagQuestion.BALANCE_BLADDER_BOWEL.advice());
        assertThat(advice.locator(".clinic-phone")).containsText(PHONE);
        assertThat(advice.locator(".clinic-phone a")).hasAttribute("href", "tel:+493055501234");
        assertThat(advice.locator(".clinic-emergency a")).hasText("112");
        assertFitsThePhone();
        screenshot("safety-check-yes-phone");

        // Today says the same while the program is paused
        open("today");
        assertThat(page.locator(".safety-advice h2")).hasText("Go to an emergency department today");
        assertThat(page.locator(".safety-advice .clinic-phone")).containsText(PHONE);
        assertThat(page.locator(".plan-card h2")).hasText("Your program is paused");
        assertFitsThePhone();
        screenshot("today-paused-phone");
    }

    @Test
    void today_shows_each_exercise_in_full_and_a_high_rating_gets_calm_advice_on_a_phone() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        Locator hang = page.locator(".plan-exercises li")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(
                                ".exercise-name", new Page.LocatorOptions().setHasText("Standing forward hang"))));
        hang.locator("vaadin-details").click();
        assertThat(hang.locator(".exercise-instructions")).containsText("uncurl slowly until you are standing");
        assertThat(hang.locator(".exercise-cautions")).isVisible();
        assertThat(hang.locator(".exercise-cautions")).containsText("Come up slowly to avoid feeling dizzy.");
        assertFitsThePhone();
        screenshot("today-exercise-in-full-phone");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log a walk"))
                .click();
        page.getByLabel("Discomfort after the walk").fill("9");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save walk"))
                .click();
        assertThat(page.locator(".high-rating-advice h2")).hasText("Please stop and rest for today");
        assertThat(page.locator(".high-rating-advice .clinic-phone")).containsText(PHONE);
        assertThat(page.getByText("Well done")).hasCount(0);
        assertFitsThePhone();
        screenshot("high-rating-advice-phone");
    }

    private Locator group(RedFlagQuestion q) {
        return page.locator("vaadin-radio-group[data-question=" + q.name() + "]");
    }

    /** The label of the checked answer, or "" while none is. */
    private String checked(RedFlagQuestion q) {
        return (String) group(q).evaluate("""
            g => { const b = [...g.querySelectorAll('vaadin-radio-button')].find(r => r.checked);
                   return b ? b.textContent.trim() : ''; }""");
    }

    private void assertFitsThePhone() {
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling at 360 px")
                .isEqualTo(true);
    }
}
