package org.upright.program;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.base.MessageBundles;
import org.upright.media.MediaFixtures;
import org.upright.media.MediaItem;
import org.upright.media.MediaService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * The therapist's view of a patient's program shows each prescribed exercise with what the patient sees
 * of it: the drawing with its text alternative, and the clinic's own picture.
 */
class ProgramDrawingsBrowserIT extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    MediaService media;

    @Autowired
    MessageBundles bundles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void each_exercise_in_force_shows_its_drawing_and_the_clinics_picture_and_every_image_loads_for_the_therapist() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long patientId = fixtures.patientWithProgram(therapist);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        // phase 2 of the built-in program brings the stretches
        accounts.as(therapist, () -> programs.advancePhase(patientId, today));
        List<String> codes = jdbc.queryForList("""
                SELECT e.code FROM prescription_exercise pe
                JOIN exercise e ON e.id = pe.exercise_id
                JOIN prescription pr ON pr.id = pe.prescription_id
                JOIN program p ON p.id = pr.program_id
                WHERE p.patient_id = ? AND pr.phase = 2""", String.class, patientId);
        assertThat(codes).contains("FORWARD_HANG");
        long forwardHang = jdbc.queryForObject("SELECT id FROM exercise WHERE code = 'FORWARD_HANG'", Long.class);
        MediaItem picture = accounts.as(
                therapist, () -> media.add(forwardHang, "photo.png", MediaFixtures.picture("png", 900, 600, false)));
        try {
            signIn(therapist.getEmail(), TestAccounts.PASSWORD);
            open("patients/" + patientId);

            Locator exercises = page.locator(".in-force-exercises .in-force-exercise");
            assertThat(exercises).hasCount(codes.size());
            for (String code : codes) {
                Locator drawing = page.locator(".in-force-exercises img.exercise-drawing[src='illustrations/"
                        + code.toLowerCase(Locale.ROOT) + ".svg']");
                assertThat(drawing).hasAttribute("alt", bundles.text(Locale.ENGLISH, "media.illustration." + code));
            }
            // the drawings and this picture, and any picture other tests left on the shared built-in exercises
            Locator images = page.locator(".in-force-exercises img");
            assertThat(images.count()).isGreaterThanOrEqualTo(codes.size() + 1);
            for (int i = 0; i < images.count(); i++) {
                Locator image = images.nth(i);
                assertThat(image.getAttribute("alt")).isNotBlank();
                image.scrollIntoViewIfNeeded();
                assertThat(loaded(image)).isTrue();
                String src = (String) image.evaluate("img => img.currentSrc || img.src");
                assertThat(context.request().get(src).status()).as(src).isEqualTo(200);
            }
            Locator clinicPicture = page.locator(
                            ".in-force-exercise", new Page.LocatorOptions().setHasText("Standing forward hang"))
                    .locator("img.exercise-picture[src='" + picture.url(true) + "']");
            assertThat(clinicPicture).hasAttribute("alt", "Picture of Standing forward hang from your clinic");
            screenshot("program-section-drawings");
        } finally {
            accounts.as(therapist, () -> media.remove(picture.id()));
        }
    }

    private static boolean loaded(Locator image) {
        image.evaluate("img => img.decode()");
        return (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0");
    }
}
