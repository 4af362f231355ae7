package org.upright.media;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.base.MessageBundles;
import org.upright.logging.LoggingTestSetup;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** In Chromium: the drawings load in the library and on a phone, and a therapist uploads and removes a picture. */
class MediaBrowserIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    MessageBundles bundles;

    @Test
    void a_therapist_sees_the_drawing_in_the_library_then_adds_a_picture_and_removes_it_after_confirming() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("library");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Supported forward hang"))
                .first()
                .click();

        Locator drawing = page.locator("img.exercise-illustration[src='illustrations/supported_hang.svg']");
        assertThat(drawing).isVisible();
        assertThat(drawing).hasAttribute("alt", bundles.text(Locale.ENGLISH, "media.illustration.SUPPORTED_HANG"));
        assertThat(loaded(drawing)).isTrue();

        page.locator(".exercise-media-editor vaadin-upload input[type=file]")
                .first()
                .setInputFiles(
                        new FilePayload("photo.png", "image/png", MediaFixtures.picture("png", 900, 600, false)));
        assertThat(page.locator(".media-status")).hasText("Added.");
        Locator picture = page.locator(".exercise-media-editor img.exercise-picture");
        assertThat(picture).isVisible();
        assertThat(loaded(picture)).isTrue();

        page.locator(".exercise-media-editor vaadin-button", new Page.LocatorOptions().setHasText("Remove"))
                .first()
                .click();
        assertThat(page.getByText("Remove this picture?")).isVisible();
        page.locator(
                        "vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button",
                        new Page.LocatorOptions().setHasText("Remove"))
                .first()
                .click();
        assertThat(page.locator(".media-status")).hasText("Removed.");
        assertThat(page.locator(".exercise-media-editor img.exercise-picture")).hasCount(0);
    }

    @Test
    void a_patient_on_a_phone_sees_each_planned_exercise_drawn_within_the_screen() {
        page.setViewportSize(360, 740);
        LoggingTestSetup.Made patient = setup.patient(2, Set.of());
        signIn(patient.patientAccount().getEmail(), TestAccounts.PASSWORD);
        open("today");

        Locator drawings = page.locator(".plan-exercises img.exercise-illustration");
        assertThat(drawings.first()).isVisible();
        for (int i = 0; i < drawings.count(); i++) {
            Locator drawing = drawings.nth(i);
            drawing.scrollIntoViewIfNeeded();
            assertThat(loaded(drawing)).isTrue();
            assertThat(drawing.boundingBox().width).isBetween(200.0, 360.0);
        }
        screenshot("today-illustrations-360");
    }

    private static boolean loaded(Locator image) {
        image.evaluate("img => img.decode()");
        return (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0");
    }
}
