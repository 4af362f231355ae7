package org.upright.logging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
import org.upright.security.AccountPrincipal;
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

        List<Image> drawings =
                $view(Image.class).withClassName("exercise-illustration").all();
        assertThat(drawings)
                .extracting(Image::getSrc)
                .containsExactlyElementsOf(planned.stream()
                        .filter(e -> Illustrations.svg(e.getCode()).isPresent())
                        .map(e -> Illustrations.url(e.getCode()))
                        .toList());
        assertThat(drawings)
                .isNotEmpty()
                .allSatisfy(image -> assertThat(image.isVisible()).isTrue());
        for (Exercise exercise : planned) {
            if (Illustrations.svg(exercise.getCode()).isPresent()) {
                assertThat(drawings)
                        .filteredOn(image -> image.getSrc().equals(Illustrations.url(exercise.getCode())))
                        .singleElement()
                        .extracting(image -> image.getAlt().orElse(""))
                        .isEqualTo(bundles.text(Locale.ENGLISH, Illustrations.altKey(exercise.getCode())));
            }
        }
        // other tests may have added pictures to the same built-in exercise: find this one by its address
        Image picture = $view(Image.class).withClassName("exercise-picture").all().stream()
                .filter(image -> image.getSrc().equals("media/" + photo.id() + "?size=small"))
                .findFirst()
                .orElseThrow();
        assertThat(picture.getAlt()).hasValue("Picture of " + first.getName() + " from your clinic");
        // the picture is in the planned exercise's own entry
        ListItem entry = $view(ListItem.class).all().stream()
                .filter(li -> li.getElement().getTextRecursively().contains(first.getName()))
                .findFirst()
                .orElseThrow();
        assertThat(descendants(entry.getElement())).contains(picture.getElement());
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
        AccountPrincipal principal = accounts.principal(account);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        contexts.getContext().setAuthentication(authentication);
        global.getContext().setAuthentication(authentication);
    }
}
