package org.upright.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;
import org.upright.program.DayPlan;
import org.upright.program.ProgramService;
import org.upright.security.FormBrowser;

/** A clinic's media over real HTTP: only to those who may see the exercise, cached privately, in ranges. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MediaServingIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    ProgramService programs;

    @Autowired
    MediaService media;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    LoggingTestSetup.Made patient;
    byte[] video;
    MediaItem videoItem;
    MediaItem pictureItem;

    @BeforeEach
    void aVideoAndAPictureOfAnExerciseInThePatientsPlan() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        patient = setup.patient(2, Set.of());
        DayPlan plan = accounts.as(
                        patient.therapist(), () -> programs.planOn(patient.patientId(), patient.today(clock)))
                .orElseThrow();
        long exerciseId = plan.exercises().get(0).exercise().getId();
        video = MediaFixtures.mp4(5000);
        videoItem = accounts.as(patient.therapist(), () -> media.add(exerciseId, "how-to.mp4", video));
        pictureItem = accounts.as(
                patient.therapist(),
                () -> media.add(exerciseId, "photo.jpg", MediaFixtures.picture("jpeg", 1600, 900, false)));
    }

    @Test
    void a_signed_out_request_gets_nothing_but_the_way_to_sign_in() throws Exception {
        HttpResponse<byte[]> answer = new FormBrowser(port, null).getBytes("/media/" + videoItem.id());

        assertThat(answer.statusCode()).isIn(302, 401);
        assertThat(answer.headers().firstValue("Location").orElse(""))
                .satisfiesAnyOf(
                        location -> assertThat(location).endsWith("/login"),
                        location -> assertThat(answer.statusCode()).isEqualTo(401));
        assertThat(answer.body()).hasSizeLessThan(video.length);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).doesNotContain("video");
    }

    @Test
    void the_patient_gets_the_video_cached_privately_with_a_tag_and_a_304_for_a_tag_they_have() throws Exception {
        FormBrowser browser = signedIn(patient.patientAccount().getEmail());

        HttpResponse<byte[]> whole = browser.getBytes("/media/" + videoItem.id());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Cache-Control").orElseThrow())
                .contains("private")
                .contains("max-age=3600")
                .doesNotContain("public");
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = browser.getBytes("/media/" + videoItem.id(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void a_range_request_gets_206_with_exactly_those_bytes() throws Exception {
        FormBrowser browser = signedIn(patient.patientAccount().getEmail());

        HttpResponse<byte[]> middle = browser.getBytes("/media/" + videoItem.id(), "Range", "bytes=100-1123");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 100-1123/" + video.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(video, 100, 1124));

        HttpResponse<byte[]> rest = browser.getBytes("/media/" + videoItem.id(), "Range", "bytes=4000-");
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(video, 4000, video.length));

        HttpResponse<byte[]> last = browser.getBytes("/media/" + videoItem.id(), "Range", "bytes=-16");
        assertThat(last.body()).isEqualTo(Arrays.copyOfRange(video, video.length - 16, video.length));

        HttpResponse<byte[]> beyond =
                browser.getBytes("/media/" + videoItem.id(), "Range", "bytes=" + video.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + video.length);
    }

    @Test
    void a_picture_comes_in_its_small_width_with_its_own_tag() throws Exception {
        FormBrowser browser = signedIn(patient.patientAccount().getEmail());

        HttpResponse<byte[]> full = browser.getBytes("/media/" + pictureItem.id());
        HttpResponse<byte[]> small = browser.getBytes("/media/" + pictureItem.id() + "?size=small");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(full.body()))
                        .getWidth())
                .isEqualTo(1280);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small.body()))
                        .getWidth())
                .isEqualTo(480);
        assertThat(small.headers().firstValue("ETag"))
                .isNotEqualTo(full.headers().firstValue("ETag"));
    }

    @Test
    void another_patient_and_a_made_up_address_get_not_found_while_staff_get_the_file() throws Exception {
        LoggingTestSetup.Made other = setup.patient(2, Set.of());
        LoggingTestSetup.Made noProgram = setup.patient(0, Set.of());
        // the other patient's plan holds the same built-in exercise; the one without a program has none
        FormBrowser stranger = signedIn(noProgram.patientAccount().getEmail());
        assertThat(stranger.getBytes("/media/" + videoItem.id()).statusCode()).isEqualTo(404);
        assertThat(stranger.getBytes("/media/" + videoItem.id(), "Range", "bytes=0-10")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.getBytes("/media/zq9").statusCode()).isEqualTo(404);
        assertThat(stranger.getBytes("/media/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);

        assertThat(signedIn(other.patientAccount().getEmail())
                        .getBytes("/media/" + videoItem.id())
                        .statusCode())
                .isEqualTo(200);
        assertThat(signedIn(patient.therapist().getEmail())
                        .getBytes("/media/" + videoItem.id())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_drawings_are_served_as_svg_to_the_pages_that_show_them() throws Exception {
        HttpResponse<byte[]> walk =
                signedIn(patient.patientAccount().getEmail()).getBytes("/illustrations/walk.svg");

        assertThat(walk.statusCode()).isEqualTo(200);
        assertThat(walk.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(new String(walk.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Illustrations.svg("WALK").orElseThrow());
    }

    private FormBrowser signedIn(String email) throws Exception {
        FormBrowser browser = new FormBrowser(port, null);
        assertThat(browser.signIn(email, TestAccounts.PASSWORD)).doesNotContain("error");
        return browser;
    }
}
