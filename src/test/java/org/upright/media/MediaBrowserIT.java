package org.upright.media;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaService media;

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
    void a_german_therapist_gets_the_upload_and_its_refusals_in_german() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        jdbc.update("UPDATE user_account SET language = 'de' WHERE id = ?", therapist.getId());
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("library");
        page.locator(
                        "vaadin-grid-cell-content",
                        new Page.LocatorOptions()
                                .setHasText(Pattern.compile("^(Gestützte Vorbeuge|Supported forward hang)$")))
                .first()
                .click();

        Locator editor = page.locator(".exercise-media-editor");
        assertThat(editor.locator("vaadin-upload vaadin-button").first()).hasText("Bild oder Video hinzufügen");
        assertThat(editor.getByText(bundles.text(Locale.GERMAN, "media.editor.drop"))
                        .first())
                .isVisible();
        Locator file = editor.locator("vaadin-upload input[type=file]").first();

        // refused by the browser: not a type the upload accepts
        file.setInputFiles(new FilePayload("notes.txt", "text/plain", "Notizen".getBytes()));
        assertThat(page.locator(".media-status")).hasText(bundles.text(Locale.GERMAN, "media.refused.type"));

        // refused by the server: a picture above the pictures' limit (the upload takes videos up to more)
        byte[] png = MediaFixtures.picture("png", 40, 30, false);
        byte[] large = Arrays.copyOf(png, (int) media.maxImageBytes() + 1024);
        file.setInputFiles(new FilePayload("gross.png", "image/png", large));
        String tooBig = bundles.text(
                Locale.GERMAN,
                "media.refused.image-too-big",
                MediaService.megabytes(large.length),
                MediaService.megabytes(media.maxImageBytes()));
        assertThat(page.locator(".media-status")).hasText(tooBig);
        assertThat(tooBig).startsWith("Dieses Bild ist ");
        assertThat(page.locator(".exercise-media-editor img.exercise-picture")).hasCount(0);

        String text = editor.textContent();
        assertThat(text).doesNotContain("Add a picture", "drop a file", "Upload", "This picture", "not a PNG");
        screenshot("media-upload-de");
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
