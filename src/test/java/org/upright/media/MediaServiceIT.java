package org.upright.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.MessageBundles;
import org.upright.base.NotFoundException;
import org.upright.logging.LoggingTestSetup;
import org.upright.program.Exercise;
import org.upright.program.ExerciseForm;
import org.upright.program.ExerciseKind;
import org.upright.program.ExerciseLibrary;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** A clinic adds, replaces and removes pictures and videos of an exercise; only real ones of fitting size get in. */
@IntegrationTest
class MediaServiceIT {

    @Autowired
    MediaService media;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    MessageBundles bundles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    UserAccount therapist;
    long exerciseId;

    @BeforeEach
    void aClinicExercise() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        therapist = accounts.create(Role.THERAPIST);
        Exercise exercise = accounts.as(
                therapist,
                () -> library.add(new ExerciseForm(
                        "Media test " + System.nanoTime(),
                        ExerciseKind.STRETCH,
                        "Stand and stretch.",
                        null,
                        10,
                        3,
                        1,
                        null,
                        Set.of())));
        exerciseId = exercise.getId();
    }

    @Test
    void real_pictures_and_videos_are_taken_and_listed_in_order() {
        MediaItem png = add("knee.png", MediaFixtures.picture("png", 640, 480, false));
        MediaItem jpeg = add("knee.jpg", MediaFixtures.picture("jpeg", 200, 100, false));
        MediaItem webp = add("knee.webp", MediaFixtures.webp());
        MediaItem mp4 = add("how-to.mp4", MediaFixtures.mp4(2000));
        MediaItem webm = add("how-to.webm", MediaFixtures.webm());

        assertThat(png.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(png.width()).isEqualTo(640);
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(webp.contentType()).isIn("image/png", "image/jpeg");
        assertThat(mp4.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(mp4.contentType()).isEqualTo("video/mp4");
        assertThat(mp4.byteSize()).isEqualTo(MediaFixtures.mp4(2000).length);
        assertThat(webm.contentType()).isEqualTo("video/webm");
        assertThat(accounts.as(therapist, () -> media.ofExercise(exerciseId)))
                .extracting(MediaItem::id)
                .containsExactly(png.id(), jpeg.id(), webp.id(), mp4.id(), webm.id());
    }

    @Test
    void a_picture_named_as_a_video_and_programs_pages_or_drawings_named_as_pictures_are_refused() {
        assertRefused(
                "exercise.mp4", MediaFixtures.picture("png", 20, 20, false), "media.refused.picture-named-as-video");
        assertRefused("exercise.png", MediaFixtures.exe(), "media.refused.type");
        assertRefused("exercise.png", MediaFixtures.html(), "media.refused.type");
        assertRefused("exercise.png", MediaFixtures.svg(), "media.refused.svg");
        assertRefused("exercise.png", MediaFixtures.mp4(10), "media.refused.video-named-as-picture");
        assertThat(stored()).isZero();
        assertThat(bundles.text(Locale.ENGLISH, "media.refused.svg")).contains("SVG drawings are not accepted");
    }

    @Test
    void an_oversized_picture_is_refused_with_its_size_and_the_limit_and_nothing_is_stored() {
        // a picture of noise does not compress: well over 5 MB as PNG
        java.awt.image.BufferedImage noise =
                new java.awt.image.BufferedImage(1600, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(noise, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] big = png.toByteArray();
        assertThat((long) big.length).isGreaterThan(media.maxImageBytes());

        MediaRefused refused = refusal("noise.png", big);
        assertThat(refused.key()).isEqualTo("media.refused.image-too-big");
        assertThat(bundles.text(Locale.ENGLISH, refused.key(), refused.args()))
                .matches("This picture is \\d+(\\.\\d)? MB; pictures may be at most 5 MB\\.");
        assertThat(stored()).isZero();
    }

    @Test
    void an_oversized_video_is_refused_with_a_clear_message() {
        byte[] video = MediaFixtures.mp4((int) media.maxVideoBytes() + 1024 * 1024);
        MediaRefused refused = refusal("long.mp4", video);
        assertThat(bundles.text(Locale.ENGLISH, refused.key(), refused.args()))
                .isEqualTo(
                        "This video is 51 MB; videos may be at most 50 MB. Shorten it or save it at a lower quality.");
        assertThat(stored()).isZero();
    }

    @Test
    void replacing_and_removing_are_audited_without_health_data() {
        MediaItem first = add("a.png", MediaFixtures.picture("png", 100, 100, false));
        MediaItem replaced = accounts.as(
                therapist, () -> media.replace(first.id(), "b.jpg", MediaFixtures.picture("jpeg", 300, 150, false)));
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.width()).isEqualTo(300);
        accounts.as(therapist, () -> media.remove(first.id()));

        assertThat(accounts.as(therapist, () -> media.ofExercise(exerciseId))).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE entity = 'exercise_media' AND entity_id = ? ORDER BY id",
                        String.class,
                        first.id()))
                .containsExactly("MEDIA_ADDED", "MEDIA_REPLACED", "MEDIA_REMOVED");
        assertThat(jdbc.queryForList(
                        "SELECT actor_id FROM audit_event WHERE entity = 'exercise_media' AND entity_id = ?",
                        Long.class,
                        first.id()))
                .containsOnly(therapist.getId());
        assertThat(jdbc.queryForList(
                        "SELECT patient_id FROM audit_event WHERE entity = 'exercise_media' AND entity_id = ?",
                        Long.class,
                        first.id()))
                .containsOnlyNulls();
    }

    @Test
    void patients_cannot_change_media_and_see_only_their_own_exercises() {
        LoggingTestSetup.Made patient = setup.patient(2, Set.of());
        add("a.png", MediaFixtures.picture("png", 100, 100, false));

        assertThatThrownBy(() -> accounts.as(
                        patient.patientAccount(), () -> media.add(exerciseId, "b.png", MediaFixtures.webp())))
                .isInstanceOf(AccessDeniedException.class);
        // the clinic's new exercise is in no program of theirs: the same answer as a missing one
        assertThatThrownBy(() -> accounts.as(patient.patientAccount(), () -> media.ofExercise(exerciseId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(patient.patientAccount(), () -> media.ofExercise(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    private MediaItem add(String name, byte[] bytes) {
        return accounts.as(therapist, () -> media.add(exerciseId, name, bytes));
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThat(refusal(name, bytes).key()).as(name).isEqualTo(key);
    }

    private MediaRefused refusal(String name, byte[] bytes) {
        try {
            add(name, bytes);
        } catch (MediaRefused refused) {
            return refused;
        }
        throw new AssertionError(name + " was taken");
    }

    private int stored() {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM exercise_media WHERE exercise_id = ?", Integer.class, exerciseId);
        return count == null ? 0 : count;
    }
}
