package org.upright.logging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.base.LocalFormats;

/**
 * The patient's pages in the language of the browser or of the patient's own setting, with dates as
 * that language writes them; and a pseudo-locale run that shows cut or untranslated text.
 */
class LanguagesBrowserIT extends BrowserTest {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_browser_set_to_german_gets_sign_in_today_and_the_log_forms_in_german_with_german_dates() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        useBrowserLanguage("de-DE");
        open("login");
        assertThat(page.locator("vaadin-login-form")).containsText("Anmelden");
        assertThat(page.getByText("Ihr Geh- und Dehnprogramm für zu Hause")).isVisible();
        assertThat(page).hasTitle("Anmelden · Upright");

        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page).hasTitle("Heute · Upright");
        assertThat(page.locator("h1")).hasText("Heute");
        assertThat(page.locator(".today-date")).hasText(LocalFormats.weekdayDayMonth(p.today(clock), Locale.GERMAN));
        assertThat(page.locator(".today-date")).hasText(Pattern.compile("^[A-Z][a-z]+tag|^Mittwoch"));
        assertThat(page.getByText("Heute noch nichts eingetragen.")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Verlauf")))
                .isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Spaziergang eintragen"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/log-walk$"));
        assertThat(page.getByLabel("Gehminuten")).hasValue("30");
        assertThat(page.getByText("0 = keine Schmerzen, 10 = schlimmste vorstellbare Schmerzen"))
                .isVisible();
        // the date picker writes the day the German way
        assertThat(page.getByLabel("Tag")).hasValue(Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{4}$"));
        // and its calendar speaks German too: month names, weekdays, Monday first, its buttons
        page.locator("vaadin-date-picker").locator("[part~='toggle-button']").click();
        Locator calendar = page.locator("vaadin-date-picker-overlay-content");
        String month =
                p.today(clock).getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.GERMAN);
        assertThat(page.locator(
                                "vaadin-month-calendar [part~='month-header']",
                                new Page.LocatorOptions().setHasText(month))
                        .first())
                .isVisible();
        assertThat(calendar.getByText("Heute", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(calendar.getByText("Abbrechen", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("vaadin-month-calendar [part~='weekday']:not([hidden])")
                        .first())
                .containsText("Mo");
        page.keyboard().press("Escape");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Spaziergang speichern"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/today$"));
        assertThat(page.getByText("Spaziergang · 30 Min.")).isVisible();
        assertThat(page.getByText(Pattern.compile("^1 Spaziergang|^2 Spaziergänge")))
                .isVisible();

        open("log-stretches");
        assertThat(page.locator("h1")).hasText("Dehnübungen eintragen");
        assertThat(page.getByLabel("Beschwerden nach der Einheit")).isVisible();
        assertThat(page.getByText("Heute zu unangenehm").first()).isVisible();
        assertThat(page.getByText("Schreibtischarbeit")).isVisible();
        // the built-in exercises come translated
        assertThat(page.locator(".exercise-name", new Page.LocatorOptions().setHasText("Vorbeuge im Stehen")))
                .isVisible();
        assertThat(page.getByText("So geht es, und wann Sie vorsichtig sein sollten")
                        .first())
                .isVisible();

        open("history");
        assertThat(page.locator("h1")).hasText("Verlauf");
        assertThat(page.getByText("Heute · Spaziergang")).isVisible();
        screenshot("german-history");
    }

    @Test
    void a_german_patient_whose_walk_is_refused_reads_why_in_german_and_keeps_the_input() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        jdbc.update(
                "UPDATE user_account SET language = 'de' WHERE id = ?",
                p.patientAccount().getId());
        useBrowserLanguage("en-US");
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("log-walk");
        page.getByLabel("Gehminuten").fill("5000");
        page.getByLabel("Notiz (freiwillig)").fill("bleibt nach dem Fehler");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Spaziergang speichern"))
                .click();

        // the service's refusal, at the field and in the notice, in the patient's language
        assertThat(page.getByText("Geben Sie ein, wie viele Minuten Sie gegangen sind, von 1 bis 1440.")
                        .first())
                .isVisible();
        assertThat(page.getByText("Noch nicht gespeichert.", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(page.getByText("Enter how many minutes")).hasCount(0);
        assertThat(page.getByLabel("Notiz (freiwillig)")).hasValue("bleibt nach dem Fehler");
        screenshot("german-refused-walk");
    }

    @Test
    void a_patient_who_chose_spanish_gets_spanish_pages_in_an_english_browser() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        jdbc.update(
                "UPDATE user_account SET language = 'es' WHERE id = ?",
                p.patientAccount().getId());
        useBrowserLanguage("en-US");
        open("login");
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");

        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        assertThat(page).hasTitle("Hoy · Upright");
        assertThat(page.locator("h1")).hasText("Hoy");
        assertThat(page.locator(".today-date")).hasText(LocalFormats.weekdayDayMonth(p.today(clock), Locale.of("es")));
        assertThat(page.getByText("Todavía no ha registrado nada hoy.")).isVisible();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Registrar un paseo"))
                .click();
        assertThat(page.getByLabel("Minutos caminados")).hasValue("30");
        assertThat(page.getByLabel("Día")).hasValue(Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$"));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Guardar el paseo"))
                .click();
        assertThat(page.getByText("Paseo · 30 min")).isVisible();

        open("log-stretches");
        assertThat(page.locator("h1")).hasText("Registrar estiramientos");
        assertThat(page.getByText("Hoy demasiado molesto").first()).isVisible();
        assertThat(page.locator(".exercise-name", new Page.LocatorOptions().setHasText("Flexión hacia delante de pie")))
                .isVisible();

        open("account");
        assertThat(page.locator("vaadin-select")).containsText("Español");
    }

    @Test
    void the_user_changes_the_language_on_my_account_and_the_app_follows() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        useBrowserLanguage("en-US");
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("account");
        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Deutsch"))
                .click();
        assertThat(page.locator("h1")).hasText("Mein Konto");
        assertThat(jdbc.queryForObject(
                        "SELECT language FROM user_account WHERE id = ?",
                        String.class,
                        p.patientAccount().getId()))
                .isEqualTo("de");
        open("today");
        assertThat(page.locator("h1")).hasText("Heute");
    }

    @Test
    void in_the_pseudo_locale_no_patient_page_cuts_text_at_360_px_or_shows_english() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        useBrowserLanguage("en-XA");
        page.setViewportSize(360, 740);
        open("login");
        assertNothingCutOrUntranslated("login");
        signIn(p.patientAccount().getEmail(), TestAccounts.PASSWORD);
        for (String path : List.of(
                "today",
                "log-walk",
                "log-stretches",
                "red-flags",
                "history",
                "progress",
                "my-data",
                "account",
                "account/password")) {
            open(path);
            page.locator("main#main-content > *").first().waitFor();
            assertNothingCutOrUntranslated(path);
            screenshot("pseudo-" + path.replace('/', '-'));
        }
    }

    private void useBrowserLanguage(String tag) {
        context.close();
        context = browserOf(page)
                .newContext(new Browser.NewContextOptions().setLocale(tag).setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private static Browser browserOf(Page page) {
        return page.context().browser();
    }

    /**
     * Every visible text with a letter is pseudo-text (between ⟦ and ⟧) unless it is content: the
     * names and instructions of exercises (English until the clinic translates them) and the user's
     * name. No element cuts its text, and the page does not scroll sideways.
     */
    private void assertNothingCutOrUntranslated(String where) {
        Object untranslated = page.evaluate("""
                () => {
                  const content = '.exercise-name, .exercise-instructions, .exercise-cautions, .who, .brand, '
                      + '.exercise-gist, .exercise-dose, .questionnaire-title, vaadin-date-picker, script, style';
                  const found = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const text = node.textContent.trim();
                    const el = node.parentElement;
                    if (!/[A-Za-z]/.test(text) || !el || el.closest(content)) continue;
                    if (el.closest('[hidden]') || el.getClientRects().length === 0) continue;
                    if (!text.includes('⟦') && !text.includes('⟧')) found.push(text);
                  }
                  return found;
                }""");
        assertThat((List<?>) untranslated).as("plain English on " + where).isEmpty();
        Object cut = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getClientRects().length > 0 && e.children.length === 0 && /\\S/.test(e.textContent))
                    .filter(e => {
                      const style = getComputedStyle(e);
                      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip'
                          || style.textOverflow === 'ellipsis' || style.whiteSpace === 'nowrap';
                      return clips && e.scrollWidth > e.clientWidth + 1;
                    })
                    .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 60))""");
        assertThat((List<?>) cut).as("text cut on " + where).isEmpty();
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no sideways scrolling on " + where).isEqualTo(true);
    }
}
