package org.upright.logging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.alert.AlertSettings;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.RedFlagQuestion;
import org.upright.program.ProgramService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * What a patient reads after a warning sign or a high rating, and the exercises in full, run
 * server-side as a patient in the stretching phase whose clinic has set its phone number.
 */
@SpringBootTest
@ActiveProfiles("test")
class SafetyAdviceViewIT extends SpringBrowserlessTest {

    static final String PHONE = "+49 30 5550 1234";

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    ClinicSettingsService clinic;

    @Autowired
    AlertSettings alertSettings;

    @Autowired
    ProgramService programs;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Clock clock;

    UserAccount admin;
    ClinicContact before;
    SecurityContextHolderStrategy global;
    LoggingTestSetup.Made patient;

    @BeforeEach
    void aPatientWhoseClinicHasAPhone() {
        // a browser test's context may have installed its own strategy, which this test's UI may have read
        // already; acting as a user must reach this context's services, so sign in to both
        global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(contexts);
        admin = accounts.create(Role.ADMIN);
        before = accounts.as(admin, () -> clinic.current());
        accounts.as(admin, () -> clinic.save(new ClinicContact("Praxis am Park", PHONE, "", "", "112")));
        patient = setup.patient(2, Set.of());
        signIn(patient.patientAccount());
    }

    @AfterEach
    void signOutAndPutBack() {
        accounts.as(admin, () -> clinic.save(before));
        contexts.clearContext();
        global.clearContext();
    }

    @Test
    void a_yes_gives_each_answers_advice_most_urgent_first_and_today_repeats_it_while_paused() {
        navigate(RedFlagView.class);
        answer(RedFlagQuestion.CONSTANT_PAIN, RedFlagQuestion.BALANCE_BLADDER_BOWEL, RedFlagQuestion.CHEST);
        test($view(Button.class).withText("Send answers").single()).click();

        Div advice = $view(Div.class).withClassName("safety-advice").single();
        assertThat(headline(advice)).isEqualTo("Call 112 now");
        assertThat(adviceOrder(advice)).containsExactly("CHEST", "BALANCE_BLADDER_BOWEL", "CONSTANT_PAIN");
        assertThat(text(advice))
                .contains(RedFlagQuestion.CHEST.advice())
                .contains(RedFlagQuestion.BALANCE_BLADDER_BOWEL.advice())
                .contains("emergency department today")
                .contains(RedFlagQuestion.CONSTANT_PAIN.advice())
                .contains("Praxis am Park")
                .contains(PHONE)
                .contains("Emergency number: 112")
                .contains("We have paused your program");

        // the next page says the same, just as urgently
        navigate(TodayView.class);
        Div today = $view(Div.class).withClassName("safety-advice").single();
        assertThat(headline(today)).isEqualTo("Call 112 now");
        assertThat(adviceOrder(today)).containsExactly("CHEST", "BALANCE_BLADDER_BOWEL", "CONSTANT_PAIN");
        assertThat(text(today)).contains(RedFlagQuestion.CHEST.advice()).contains(PHONE);
        assertThat(text($view(Div.class).withClassName("plan-card").single()))
                .contains("Your program is paused")
                .contains(PHONE);

        // once the therapist has resumed the program, Today is back to the plan
        accounts.as(patient.therapist(), () -> programs.resume(patient.patientId(), patient.today(clock)));
        navigate(TodayView.class);
        // the page already shown is shown afresh in the response to the click, as the browser gets it
        roundTrip();
        assertThat($view(Div.class).withClassName("safety-advice").all()).isEmpty();
    }

    @Test
    void a_yes_that_needs_the_clinic_today_says_so_and_gives_the_clinics_phone() {
        navigate(RedFlagView.class);
        answer(RedFlagQuestion.FALL_OR_INJURY);
        test($view(Button.class).withText("Send answers").single()).click();

        Div advice = $view(Div.class).withClassName("safety-advice").single();
        assertThat(headline(advice)).isEqualTo("Please contact your clinic today");
        assertThat(adviceOrder(advice)).containsExactly("FALL_OR_INJURY");
        assertThat(text(advice))
                .contains(RedFlagQuestion.FALL_OR_INJURY.advice())
                .contains(PHONE);

        navigate(TodayView.class);
        assertThat(headline($view(Div.class).withClassName("safety-advice").single()))
                .isEqualTo("Please contact your clinic today");
    }

    @Test
    void a_walk_rated_at_the_critical_rating_gets_calm_advice_instead_of_praise() {
        int critical = alertSettings.current().criticalRating();
        UI.getCurrent().navigate("log-walk");
        test($view(IntegerField.class).withCaptionContaining("Discomfort after").single())
                .setValue(critical);
        test($view(Button.class).withText("Save walk").single()).click();

        assertThat(notices()).noneMatch(n -> n.contains("Well done"));
        assertThat(getCurrentView()).isInstanceOf(WalkFormView.class);
        Div advice = $view(Div.class).withClassName("high-rating-advice").single();
        assertThat(headline(advice)).isEqualTo("Please stop and rest for today");
        assertThat(text(advice))
                .contains("You rated your discomfort " + critical + " out of 10")
                .contains("your therapist has been told")
                .contains(PHONE)
                .contains("Emergency number: 112");
        assertThat($view(Button.class).withText("Back to Today").all()).hasSize(1);

        // one point lower is an ordinary walk, with praise: the form already shown comes afresh
        UI.getCurrent().navigate("log-walk");
        roundTrip();
        test($view(IntegerField.class).withCaptionContaining("Discomfort after").single())
                .setValue(critical - 1);
        test($view(Button.class).withText("Save walk").single()).click();
        assertThat(notices()).anyMatch(n -> n.contains("Well done"));
        assertThat(getCurrentView()).isInstanceOf(TodayView.class);
    }

    @Test
    void a_stretch_session_rated_high_gets_the_same_advice() {
        int rating = Math.min(10, alertSettings.current().criticalRating() + 1);
        UI.getCurrent().navigate("log-stretches");
        test($view(IntegerField.class)
                        .withCaption("Discomfort after the session")
                        .single())
                .setValue(rating);
        test($view(Button.class).withText("Save stretches").single()).click();

        assertThat(notices()).noneMatch(n -> n.contains("Well done"));
        Div advice = $view(Div.class).withClassName("high-rating-advice").single();
        assertThat(text(advice))
                .contains("Please stop and rest for today")
                .contains("You rated your discomfort " + rating + " out of 10")
                .contains(PHONE);
    }

    @Test
    void today_and_the_stretch_form_show_each_exercise_in_full_with_its_cautions() {
        navigate(TodayView.class);
        // Today's list is one piece of HTML: read the exercise's entry as the browser gets it
        Html list = $view(Html.class).all().stream()
                .filter(html -> html.getElement().getClassList().contains("plan-exercises"))
                .findFirst()
                .orElseThrow();
        org.jsoup.nodes.Element hang = Jsoup.parseBodyFragment(list.getInnerHtml()).select("li").stream()
                .filter(li -> li.selectFirst(".exercise-name").text().equals("Standing forward hang"))
                .findFirst()
                .orElseThrow()
                .selectFirst("vaadin-details.exercise-how-to");
        assertThat(hang.text())
                .contains("uncurl slowly until you are standing")
                .contains("Take care: ")
                .contains("Come up slowly to avoid feeling dizzy.");
        assertThat(hang.selectFirst("[slot=summary]").text()).isEqualTo("How to do it, and when to take care");

        UI.getCurrent().navigate("log-stretches");
        Details inForm = howTo(
                "Standing forward hang",
                $view(Div.class).withClassName("exercise-card").all());
        assertThat(text(inForm))
                .contains("uncurl slowly until you are standing")
                .contains("Come up slowly to avoid feeling dizzy.");
    }

    private Details howTo(String exercise, List<? extends Component> containers) {
        Component holder = containers.stream()
                .filter(c -> text(c).contains(exercise))
                .findFirst()
                .orElseThrow();
        return holder.getChildren()
                .filter(Details.class::isInstance)
                .map(Details.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void answer(RedFlagQuestion... yes) {
        for (RadioButtonGroup<?> group : $view(RadioButtonGroup.class).all()) {
            RedFlagQuestion q = RedFlagQuestion.valueOf(group.getElement().getAttribute("data-question"));
            test((RadioButtonGroup<Boolean>) group).selectItem(Set.of(yes).contains(q) ? "Yes" : "No");
        }
    }

    private List<String> notices() {
        return $(Notification.class).all().stream()
                .map(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .toList();
    }

    private static String headline(Div card) {
        return card.getChildren()
                .filter(H2.class::isInstance)
                .map(c -> ((H2) c).getText())
                .findFirst()
                .orElse("");
    }

    private static List<String> adviceOrder(Div card) {
        return card.getElement()
                .getChildren()
                .flatMap(e -> e.getChildren())
                .filter(e -> e.hasAttribute("data-question"))
                .map(e -> e.getAttribute("data-question"))
                .toList();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private void signIn(UserAccount account) {
        accounts.signIn(account, contexts, global);
    }
}
