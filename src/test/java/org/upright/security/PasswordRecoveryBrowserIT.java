package org.upright.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.mail.EmbeddedSmtp;
import org.upright.mail.EmbeddedSmtp.CaughtMessage;
import org.upright.mail.OutboxWorker;

/**
 * The whole recovery journey in a real browser, on the embedded default: sign-in page → "Forgot your
 * password?" → the e-mail caught by the embedded SMTP server → its link → a new password → signed in
 * with it, on the patient's start page. The link then no longer works.
 */
class PasswordRecoveryBrowserIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/(set-password/[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "amber lighthouse across quiet fields";

    @Autowired
    TestAccounts accounts;

    @Autowired
    OutboxWorker worker;

    @Autowired
    EmbeddedSmtp smtp;

    @Autowired
    PasswordLinks links;

    @Test
    void a_patient_who_forgot_their_password_gets_back_in_through_the_e_mailed_link() {
        UserAccount patient = accounts.create(Role.PATIENT);
        UserAccount admin = accounts.create(Role.ADMIN);

        open("login");
        page.getByText("Forgot your password?").click();
        page.waitForURL(Pattern.compile(".*/forgot-password$"));
        page.locator("vaadin-email-field input").fill(patient.getEmail());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link"))
                .click();
        assertThat(page.getByText("If an account uses this address, a link is on its way to it."))
                .isVisible();

        // the scheduled worker's run, here and now
        worker.sendDue();
        List<CaughtMessage> caught = accounts.as(admin, () -> smtp.caught()).stream()
                .filter(m -> m.to().contains(patient.getEmail()))
                .toList();
        assertThat(caught).hasSize(1);
        assertThat(caught.get(0).subject()).isEqualTo("Reset your Upright password");
        Matcher link = LINK.matcher(caught.get(0).text());
        assertThat(link.find()).isTrue();
        String path = link.group(1);

        open(path);
        assertThat(page.getByText("Choose a new password")).isVisible();
        page.locator("vaadin-password-field input").nth(0).fill(NEW_PASSWORD);
        page.locator("vaadin-password-field input").nth(1).fill(NEW_PASSWORD);
        screenshot("recovery-new-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the password"))
                .click();
        page.waitForURL(Pattern.compile(".*/login$"));

        signIn(patient.getEmail(), NEW_PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/today$"));

        open(path);
        assertThat(page.getByText("This link does not work any more")).isVisible();
        assertThat(page.getByText("Ask for a new link")).isVisible();
    }

    @Test
    void an_admin_follows_the_caught_messages_and_the_outbox_on_the_mail_page() {
        UserAccount patient = accounts.create(Role.PATIENT);
        links.requestReset(patient.getEmail(), "192.0.2.7-" + System.nanoTime());
        worker.sendDue();

        UserAccount therapist = accounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("admin/mail");
        assertThat(page.locator("body")).containsText("Not found or not allowed");

        context.clearCookies();
        UserAccount admin = accounts.create(Role.ADMIN);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Mail"))
                .click();
        page.waitForURL(Pattern.compile(".*/admin/mail$"));
        assertThat(page.getByText("Caught by the embedded mail server")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(patient.getEmail())))
                .not()
                .hasCount(0);
        assertThat(page.getByText(Pattern.compile("Sent: [1-9]"))).isVisible();
        screenshot("admin-mail");
    }
}
