package org.upright.logging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagResult;
import org.upright.logging.RedFlagService;
import org.upright.security.Role;

/** The safety check: warning signs that need a clinician now, asked as plain yes/no questions. */
@Route("red-flags")
@PageTitle("Safety check · Upright")
@Menu(title = "Safety check", order = 30, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.PATIENT_ROLE)
class RedFlagView extends VerticalLayout {

    private final RedFlagService redFlags;
    private final ClinicSettingsService clinic;
    private final Map<RedFlagQuestion, RadioButtonGroup<Boolean>> questions = new EnumMap<>(RedFlagQuestion.class);
    private final Div form = new Div();

    RedFlagView(RedFlagService redFlags, ClinicSettingsService clinic) {
        this.redFlags = redFlags;
        this.clinic = clinic;
        addClassName("patient-view");
        add(new H2("Safety check"));
        form.setWidthFull();
        form.add(new Paragraph("Back pain is rarely serious, but a few signs mean a clinician should look at you "
                + "soon. Please answer each question for how you are now or since your last check."));
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            // the question is its own paragraph, so it wraps in body text and is read before its answers;
            // the group names itself by it, so a screen reader reads the two together
            Paragraph text = new Paragraph(q.question());
            text.setId("red-flag-q-" + q.name());
            text.addClassName("red-flag-question-text");
            RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
            group.setAriaLabelledBy(text.getId().orElseThrow());
            group.setItems(Boolean.TRUE, Boolean.FALSE);
            group.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
            group.setRequiredIndicatorVisible(true);
            group.addClassName("red-flag-question");
            group.getElement().setAttribute("data-question", q.name());
            group.setWidthFull();
            questions.put(q, group);
            Div block = new Div(text, group);
            block.addClassName("red-flag-block");
            form.add(block);
        }
        Button send = new Button("Send answers");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("big-button");
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(send));
        form.add(send);
        add(form);
    }

    private void send(Button send) {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        questions.forEach((q, group) -> {
            group.setInvalid(false);
            if (group.getValue() != null) {
                answers.put(q, group.getValue());
            }
        });
        try {
            showResult(redFlags.answer(answers));
        } catch (InvalidInputException ex) {
            Map<String, RadioButtonGroup<Boolean>> byName = new LinkedHashMap<>();
            questions.forEach((question, group) -> byName.put(question.name(), group));
            FieldErrors.show(byName, ex.fieldErrors());
            LogUi.showNotSaved("Please answer every question with yes or no. Your answers so far are kept.");
            send.setEnabled(true);
        } catch (RuntimeException ex) {
            LogUi.showNotSaved("Could not send your answers just now. They are still here; please try again.");
            send.setEnabled(true);
        }
    }

    private void showResult(RedFlagResult result) {
        remove(form);
        if (result.anyYes()) {
            Div advice = SafetyAdvice.redFlags(
                    result.yes(),
                    clinic.current(),
                    result.programPaused()
                            ? "We have paused your program, and your therapist has been told. Please do not continue the "
                                    + "exercises until you have spoken with them."
                            : "Your therapist has been told.");
            add(advice);
            advice.scrollIntoView();
        } else {
            Div outcome = new Div();
            outcome.addClassNames("card", "red-flag-clear");
            outcome.add(
                    new H3("Thank you"),
                    new Paragraph("None of the warning signs applies to you now. "
                            + "Carry on with your program, and do this check again whenever something changes."));
            add(outcome);
        }
        add(SafetyAdvice.backToToday());
    }
}
