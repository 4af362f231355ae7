package org.upright.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.BrowserTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.alert.AlertRule;
import org.upright.alert.Alerts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * The staff pages for an admin and a therapist whose language setting is German: German headings,
 * column headers, buttons and dates, and none of the pages' English words left over.
 */
class StaffGermanBrowserIT extends BrowserTest {

    static final String ZONE = "Europe/Berlin";
    // a German date with the time, as the trail and the alerts write it: 29.11.2026, 09:31
    static final Pattern GERMAN_DATE_TIME = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_german_admin_reads_the_users_the_audit_trail_the_clinic_overview_and_the_alert_settings_in_german() {
        UserAccount admin = german(accounts.create(Role.ADMIN));
        UserAccount therapist = accounts.create(Role.THERAPIST);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);

        open("admin/users");
        assertThat(page).hasTitle("Benutzer · Upright");
        assertThat(header("E-Mail")).isVisible();
        assertThat(header("Rolle")).isVisible();
        assertThat(header("Letzte Anmeldung")).isVisible();
        assertThat(button("Neues Mitarbeiterkonto")).isVisible();
        // rows found by the German search field: the suite's many accounts would push them out of sight
        page.getByLabel("Nach Name oder E-Mail suchen").fill(therapist.getEmail());
        assertThat(cell("Therapeut:in").first()).isVisible();
        // the admin's own sign-in, just now, written the German way
        page.getByLabel("Nach Name oder E-Mail suchen").fill(admin.getEmail());
        assertThat(cell(Pattern.compile("^" + GERMAN_DATE_TIME.pattern() + " UTC$"))
                        .first())
                .isVisible();
        assertNoEnglish(
                "users",
                "New staff account",
                "Last sign-in",
                "Therapist",
                "Disable",
                "Reset password",
                "Search by name");

        open("admin/audit");
        assertThat(page).hasTitle("Prüfprotokoll · Upright");
        assertThat(header("Zeitpunkt (UTC)")).isVisible();
        assertThat(header("Aktion")).isVisible();
        page.getByLabel("Benutzer (E-Mail)").fill(admin.getEmail());
        page.getByLabel("Benutzer (E-Mail)").press("Enter");
        assertThat(cell("Anmeldung").first()).isVisible();
        assertThat(cell(GERMAN_DATE_TIME).first()).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ (Eintrag|Einträge)$"))).isVisible();
        assertNoEnglish("audit", "Audit trail", "When (UTC)", "Action", " events", "Login", "Export these rows");
        // the date picker's own buttons
        page.getByLabel("Von (UTC)").click();
        assertThat(button("Heute")).isVisible();
        page.keyboard().press("Escape");

        open("admin/overview");
        assertThat(page).hasTitle("Praxisübersicht · Upright");
        assertThat(header("Aktive Patient:innen")).isVisible();
        assertThat(header("Therapietreue (7 Tage)")).isVisible();
        assertNoEnglish("clinic-overview", "Active patients", "Adherence", "Lapsing", "Therapist");

        open("admin/alert-settings");
        assertThat(page).hasTitle("Hinweis-Einstellungen · Upright");
        assertThat(page.getByLabel("Tage in Folge ohne Einheit")).isVisible();
        assertThat(button("Schwellenwerte speichern")).isVisible();
        assertNoEnglish("alert-settings", "Save thresholds", "Pain rating", "Days in a row", "When to tell");
        screenshot("alert-settings-de");
    }

    @Test
    void a_german_therapist_reads_the_caseload_overview_and_the_alerts_in_german() {
        UserAccount therapist = german(accounts.create(Role.THERAPIST));
        LocalDate today = fixture.today(ZONE);
        long patient = fixture.patientWithProgram(therapist, "Grete", ZONE, today.minusDays(20));
        fixture.walk(patient, today.minusDays(2), 30, 8, null);
        transactions.executeWithoutResult(
                tx -> alerts.raise(patient, AlertRule.MISSED_DAYS, "de-test", "3 Tage ohne Einheit", "3"));
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);

        open("caseload/overview");
        assertThat(page).hasTitle("Fallübersicht · Upright");
        assertThat(page.getByText("Wer Sie heute braucht")).isVisible();
        assertThat(header("Braucht Aufmerksamkeit")).isVisible();
        assertThat(header("Letzter Eintrag")).isVisible();
        assertThat(cell("Hoher Hinweis offen")).isVisible();
        // the last walk's day, as German writes a short date ("27. Nov.")
        assertThat(cell(Pattern.compile("^\\d{1,2}\\. [A-Za-zä]{3,4}\\.?$")).first())
                .isVisible();
        assertNoEnglish(
                "caseload-overview",
                "Who needs you",
                "Needs attention",
                "Last log",
                "Open alerts",
                "Dashboard",
                "High alert open",
                "Lapsing");

        open("alerts");
        assertThat(page).hasTitle("Hinweise · Upright");
        assertThat(header("Dringlichkeit")).isVisible();
        assertThat(header("Was passiert ist")).isVisible();
        assertThat(cell("hoch")).isVisible();
        assertThat(cell(GERMAN_DATE_TIME)).isVisible();
        assertThat(button("Bestätigen")).isVisible();
        assertNoEnglish("alerts", "Acknowledge", "Severity", "What happened", "Raised", "All severities", "Show");
        screenshot("alerts-de");
    }

    private UserAccount german(UserAccount account) {
        jdbc.update("UPDATE user_account SET language = 'de' WHERE id = ?", account.getId());
        return account;
    }

    private Locator header(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
    }

    private Locator cell(Pattern text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .first();
    }

    /** The page's own content (not the menu of pages other parts still have in English) holds none of these. */
    private void assertNoEnglish(String where, String... words) {
        String text = (String)
                page.evaluate("() => document.getElementById('main-content').textContent" + " + ' ' + document.title");
        assertThat(List.of(words))
                .as(where)
                .allSatisfy(word -> assertThat(text).as(where).doesNotContain(word));
    }
}
