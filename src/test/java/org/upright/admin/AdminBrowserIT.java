package org.upright.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.security.Role;
import org.upright.security.UserAccount;

class AdminBrowserIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Test
    void
            an_admin_creates_a_therapist_who_signs_in_and_changes_the_password_then_gets_a_patient_and_both_show_in_the_audit_trail() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount formerTherapist = accounts.create(Role.THERAPIST);
        String unique = Long.toString(System.nanoTime(), 36);
        String patientName = "Browsa " + "Moved" + unique;
        long patientId = testPatients
                .create(formerTherapist, "Browsa", "Moved" + unique, "")
                .patient()
                .getId();
        String therapistName = "Theo New" + unique;
        String therapistEmail = "theo." + unique + "@clinic.example";

        // the admin creates the therapist and reads the one-time password
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("admin/users");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New staff account"))
                .click();
        field("Name").fill(therapistName);
        field("Email").fill(therapistEmail);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        Locator shown = page.locator(".one-time-password");
        assertThat(shown).isVisible();
        String oneTimePassword = shown.textContent().trim();
        screenshot("admin-one-time-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();
        // many staff accounts exist by now: find the new one as an admin would, by searching
        page.locator("input[placeholder='Search by name or email']").fill(therapistEmail);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(therapistEmail)))
                .isVisible();
        signOut();

        // the therapist signs in with it and must choose their own password first
        signIn(therapistEmail, oneTimePassword);
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        field("Current password").fill(oneTimePassword);
        field("New password").fill("maple river lantern 42");
        field("New password again").fill("maple river lantern 42");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        signOut();
        signIn(therapistEmail, "maple river lantern 42");
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        signOut();

        // the admin moves a patient to the new therapist
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("admin/reassign");
        Locator patientInput = combo("Patient");
        patientInput.fill("Moved" + unique);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(patientName))
                .click();
        assertThat(page.getByText("Current therapist: " + formerTherapist.getDisplayName()))
                .isVisible();
        combo("New therapist").fill(therapistName);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(therapistName))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reassign"))
                .click();
        assertThat(page.getByText("Current therapist: " + therapistName)).isVisible();

        // and reads both actions in the audit trail
        open("admin/audit");
        field("User (email)").fill(admin.getEmail());
        field("User (email)").press("Enter");
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Account created"))
                        .first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Patient reassigned"))
                        .first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("#" + patientId))
                        .first())
                .isVisible();
        screenshot("admin-audit-trail");

        field("User (email)").fill(therapistEmail);
        field("User (email)").press("Enter");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Password changed"))
                        .first())
                .isVisible();
        // names, not ids: the reassignment names both therapists as they are now
        field("User (email)").fill(admin.getEmail());
        field("User (email)").press("Enter");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("to therapist " + therapistName))
                        .first())
                .isVisible();

        // the rows the filter shows, as CSV (once the grid shows only the therapist's)
        field("User (email)").fill(therapistEmail);
        field("User (email)").press("Enter");
        // rows the grid no longer uses are hidden, not emptied: look at the shown ones
        page.waitForFunction("""
            () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                .filter(c => { const row = c.assignedSlot && c.assignedSlot.closest('tr'); return row && !row.hidden; })
                .every(c => !c.textContent.includes('Account created'))""");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Password changed"))
                        .first())
                .isVisible();
        String href = page.getByText("Export these rows as CSV").getAttribute("href");
        com.microsoft.playwright.APIResponse csv =
                page.request().get(href.startsWith("http") ? href : url(href.replaceFirst("^/", "")));
        org.assertj.core.api.Assertions.assertThat(csv.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(csv.text())
                .startsWith("when_utc,user,user_email")
                .contains("PASSWORD_CHANGED", therapistEmail, therapistName)
                .doesNotContain("ACCOUNT_CREATED");
    }

    private Locator field(String label) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private Locator combo(String label) {
        return page.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(Pattern.compile(".*/login$"));
    }
}
