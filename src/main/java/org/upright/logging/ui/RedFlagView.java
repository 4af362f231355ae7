package org.upright.logging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagResult;
import org.upright.logging.RedFlagService;
import org.upright.security.Role;

/** The safety check: warning signs that need a clinician now, asked as plain yes/no questions. */
@Route("red-flags")
@Menu(title = "logging.menu.safety-check", order = 30, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.PATIENT_ROLE)
class RedFlagView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("logging.redflag.page-title");
    }

    private final RedFlagService redFlags;
    private final ClinicSettingsService clinic;
    private final Map<RedFlagQuestion, RadioButtonGroup<Boolean>> questions = new EnumMap<>(RedFlagQuestion.class);
    private final Div form = new Div();

    RedFlagView(RedFlagService redFlags, ClinicSettingsService clinic) {
        this.redFlags = redFlags;
        this.clinic = clinic;
        addClassName("patient-view");
        form.setWidthFull();
        form.add(new Paragraph(getTranslation("logging.redflag.intro")));
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            // the question is its own paragraph, so it wraps in body text and is read before its answers;
            // the group names itself by it, so a screen reader reads the two together
            Paragraph text = new Paragraph(SafetyAdvice.question(q));
            text.setId("red-flag-q-" + q.name());
            text.addClassName("red-flag-question-text");
            RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
            group.setAriaLabelledBy(text.getId().orElseThrow());
            group.setItems(Boolean.TRUE, Boolean.FALSE);
            group.setItemLabelGenerator(yes -> getTranslation(yes ? "logging.redflag.yes" : "logging.redflag.no"));
            group.setRequiredIndicatorVisible(true);
            group.addClassName("red-flag-question");
            group.getElement().setAttribute("data-question", q.name());
            group.setWidthFull();
            questions.put(q, group);
            Div block = new Div(text, group);
            block.addClassName("red-flag-block");
            form.add(block);
        }
        Button send = new Button(getTranslation("logging.redflag.send"));
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
            FieldErrors.show(byName, ServiceErrors.texts(this, ex));
            LogUi.showNotSaved(getTranslation("logging.redflag.answer-all"));
            send.setEnabled(true);
        } catch (RuntimeException ex) {
            LogUi.showNotSaved(getTranslation("logging.redflag.send-failed"));
            send.setEnabled(true);
        }
    }

    private void showResult(RedFlagResult result) {
        remove(form);
        if (result.anyYes()) {
            Div advice = SafetyAdvice.redFlags(
                    result.yes(),
                    clinic.current(),
                    getTranslation(result.programPaused() ? "logging.redflag.paused" : "logging.redflag.told"));
            add(advice);
            advice.scrollIntoView();
        } else {
            Div outcome = new Div();
            outcome.addClassNames("card", "red-flag-clear");
            outcome.add(
                    new H2(getTranslation("logging.redflag.thanks")),
                    new Paragraph(getTranslation("logging.redflag.clear")));
            add(outcome);
        }
        add(SafetyAdvice.backToToday());
    }
}
