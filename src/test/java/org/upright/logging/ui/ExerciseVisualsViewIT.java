package org.upright.logging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.base.MessageBundles;
import org.upright.logging.LoggingTestSetup;
import org.upright.media.Illustrations;
import org.upright.media.MediaFixtures;
import org.upright.media.MediaItem;
import org.upright.media.MediaService;
import org.upright.program.DayPlan;
import org.upright.program.Exercise;
import org.upright.program.ProgramService;
import org.upright.security.UserAccount;

/** Today and the stretch form show each exercise's drawing with its text alternative, and the clinic's media. */
@SpringBootTest
@ActiveProfiles("test")
class ExerciseVisualsViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    ProgramService programs;

    @Autowired
    MediaService media;

    @Autowired
    MessageBundles bundles;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Clock clock;

    SecurityContextHolderStrategy global;
    LoggingTestSetup.Made patient;
    List<Exercise> planned;

    @BeforeEach
    void aPatientInTheStretchingPhase() {
        global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(contexts);
        patient = setup.patient(2, Set.of());
        DayPlan plan = accounts.as(
                        patient.therapist(), () -> programs.planOn(patient.patientId(), patient.today(clock)))
                .orElseThrow();
        planned = plan.exercises().stream().map(DayPlan.Item::exercise).toList();
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        global.clearContext();
    }

    @Test
    void today_shows_the_drawing_of_each_planned_exercise_with_its_alt_text_and_the_clinics_picture() {
        Exercise first = planned.get(0);
        MediaItem photo = accounts.as(
                patient.therapist(),
                () -> media.add(first.getId(), "photo.png", MediaFixtures.picture("png", 800, 600, false)));
        signIn(patient.patientAccount());

        navigate(TodayView.class);

        // Today draws its read-only list from one piece of HTML: read it as the browser gets it
        Html list = $view(Html.class).all().stream()
                .filter(html -> html.getElement().getClassList().contains("plan-exercises"))
                .findFirst()
                .orElseThrow();
        Document page = Jsoup.parseBodyFragment(list.getInnerHtml());
        List<org.jsoup.nodes.Element> drawings = page.select("img.exercise-illustration");
        assertThat(drawings)
                .extracting(img -> img.attr("src"))
                .containsExactlyElementsOf(planned.stream()
                        .filter(e -> Illustrations.svg(e.getCode()).isPresent())
                        .map(e -> Illustrations.url(e.getCode()))
                        .toList());
        assertThat(drawings).isNotEmpty();
        for (Exercise exercise : planned) {
            if (Illustrations.svg(exercise.getCode()).isPresent()) {
                assertThat(drawings)
                        .filteredOn(img -> img.attr("src").equals(Illustrations.url(exercise.getCode())))
                        .singleElement()
                        .extracting(img -> img.attr("alt"))
                        .isEqualTo(bundles.text(Locale.ENGLISH, Illustrations.altKey(exercise.getCode())));
            }
        }
        // other tests may have added pictures to the same built-in exercise: find this one by its address
        org.jsoup.nodes.Element picture = page.select("img.exercise-picture").stream()
                .filter(img -> img.attr("src").equals("media/" + photo.id() + "?size=small"))
                .findFirst()
                .orElseThrow();
        assertThat(picture.attr("alt")).isEqualTo("Picture of " + first.getName() + " from your clinic");
        // the picture is in the planned exercise's own entry
        assertThat(picture.closest("li").selectFirst(".exercise-name").text()).isEqualTo(first.getName());
    }

    @Test
    void the_stretch_form_shows_the_drawing_and_a_clinic_video_plays_with_controls_loading_only_its_metadata() {
        Exercise first = planned.get(0);
        MediaItem video =
                accounts.as(patient.therapist(), () -> media.add(first.getId(), "how-to.webm", MediaFixtures.webm()));
        signIn(patient.patientAccount());

        navigate(StretchFormView.class);

        assertThat($view(Image.class).withClassName("exercise-illustration").all())
                .extracting(image -> image.getAlt().orElse(""))
                .contains(bundles.text(Locale.ENGLISH, Illustrations.altKey(first.getCode())));
        Element player = descendants(getCurrentView().getElement()).stream()
                .filter(e -> e.getTag().equals("video") && ("media/" + video.id()).equals(e.getAttribute("src")))
                .findFirst()
                .orElseThrow();
        assertThat(player.hasAttribute("controls")).isTrue();
        assertThat(player.getAttribute("preload")).isEqualTo("metadata");
        assertThat(player.getAttribute("aria-label")).isEqualTo("Video of " + first.getName() + " from your clinic");
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new java.util.ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    private void signIn(UserAccount account) {
        accounts.signIn(account, contexts, global);
    }
}
