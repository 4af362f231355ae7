package org.upright.outcome;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;

/**
 * A patient answers the due disability index on a 360 px phone (leaving it half-way and coming back
 * to the draft), then the therapist's dashboard shows the score against the baseline, and the caseload
 * its change.
 */
class OutcomesPhoneBrowserIT extends BrowserTest {

    static final String[] ITEMS = {
        "pain", "self-care", "lifting", "reading", "headaches", "concentrating", "work", "travel", "sleep", "leisure"
    };

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OutcomeService outcomes;

    @Test
    void a_patient_answers_on_a_phone_and_the_therapist_sees_the_score_and_its_change() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        // a baseline of 40 of 50, from a questionnaire the therapist asked for earlier
        long request = accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "NECK_DISABILITY"));
        accounts.as(p.patientAccount(), () -> {
            QuestionnaireResponse d = outcomes.open("NECK_DISABILITY", "R" + request);
            List<Answer> fours = java.util.stream.IntStream.range(0, 10)
                    .mapToObj(i -> new Answer(i + 1, ITEMS[i], null, 4))
                    .toList();
            outcomes.complete(d.id(), d.rowVersion(), fours);
        });

        page.setViewportSize(360, 740);
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("today");
        Locator card = page.locator(".questionnaire-card[data-questionnaire=NECK_DISABILITY]");
        assertThat(card).containsText("Neck and upper back disability index");
        assertThat(card).containsText("in week 4 of your program");
        card.locator("vaadin-button").click();

        // the first three answers, then away to Today: the draft keeps them
        page.waitForURL(url -> url.contains("/questionnaire/"));
        for (int i = 0; i < 3; i++) {
            choose(ITEMS[i], 2);
        }
        assertThat(page.locator(".questionnaire-saved")).hasText("Saved");
        assertFitsThePhone();
        screenshot("questionnaire-phone");
        open("today");
        assertThat(card).containsText("You have started this");
        card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Continue"))
                .click();
        page.waitForURL(url -> url.contains("/questionnaire/"));
        for (int i = 0; i < 3; i++) {
            assertThat(checked(ITEMS[i])).isEqualTo(2);
        }
        for (int i = 3; i < 10; i++) {
            choose(ITEMS[i], 2);
        }
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send answers"))
                .click();
        Locator result = page.locator(".questionnaire-result");
        assertThat(result).containsText("Your score: 20 of 50 (40 %).");
        assertFitsThePhone();
        screenshot("questionnaire-sent-phone");
        open("today");
        assertThat(page.locator(".questionnaire-card[data-questionnaire=PSFS]")).isVisible();
        assertThat(card).hasCount(0);

        // the therapist, on a desk-sized screen
        context.clearCookies();
        page.setViewportSize(1280, 800);
        signIn(p.therapist().getEmail(), TestAccounts.PASSWORD);
        open("patients/" + p.patientId() + "/dashboard");
        Locator series = page.locator(".outcome-series[data-questionnaire=NECK_DISABILITY]");
        assertThat(series.locator("upright-chart canvas")).isVisible();
        assertThat(series.locator("upright-chart")).hasAttribute("data-points", "2");
        assertThat(series.locator(".outcome-change")).containsText("Latest: 20 of 50 (40 %)");
        assertThat(series.locator(".outcome-change"))
                .containsText("20 points lower than the baseline of 40: a meaningful improvement (MCID 7.5 points).");
        series.scrollIntoViewIfNeeded();
        screenshot("outcome-dashboard");

        open("caseload");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("−20, improved")))
                .hasCount(1);
    }

    private void choose(String item, int value) {
        page.locator("vaadin-radio-group[data-item=" + item + "] vaadin-radio-button")
                .nth(value)
                .click();
        assertThat(checked(item)).isEqualTo(value);
    }

    /** The index of the checked answer of an item, -1 while none is. */
    private int checked(String item) {
        return ((Number) page.locator("vaadin-radio-group[data-item=" + item + "]")
                        .evaluate("g => [...g.querySelectorAll('vaadin-radio-button')].findIndex(r => r.checked)"))
                .intValue();
    }

    private void assertFitsThePhone() {
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling at 360 px")
                .isEqualTo(true);
    }
}
