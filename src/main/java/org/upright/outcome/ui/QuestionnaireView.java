package org.upright.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.base.ServiceErrors;
import org.upright.outcome.Answer;
import org.upright.outcome.AnswerOption;
import org.upright.outcome.OutcomeService;
import org.upright.outcome.Questionnaire;
import org.upright.outcome.QuestionnaireItem;
import org.upright.outcome.QuestionnaireResponse;
import org.upright.security.Role;

/**
 * The patient answers a questionnaire: each answer is saved as they go (a draft they can come back
 * to from Today), and "Send answers" scores it. Built for a phone: one column, whole words, big targets.
 */
@Route("questionnaire")
@RolesAllowed(Role.PATIENT_ROLE)
class QuestionnaireView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final OutcomeService outcomes;
    private @Nullable QuestionnaireResponse response;
    private final List<Row> rows = new ArrayList<>();
    private final Span saved = new Span();
    private final Paragraph error = new Paragraph();
    private String title = "";

    /** One answer on screen: its item, the activity's name (editable at baseline, fixed after) and value. */
    private record Row(
            QuestionnaireItem item,
            int position,
            @Nullable TextField activity,
            @Nullable String fixedLabel,
            RadioButtonGroup<Integer> value) {}

    QuestionnaireView(OutcomeService outcomes) {
        this.outcomes = outcomes;
        addClassName("patient-view");
        setMaxWidth("720px");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? "Upright" : title + " · Upright";
    }

    @Override
    public void setParameter(BeforeEvent event, Long responseId) {
        removeAll();
        rows.clear();
        try {
            response = outcomes.mine(responseId);
        } catch (NotFoundException ex) {
            add(new H2(getTranslation("outcome.form.not-found")));
            return;
        }
        Questionnaire q = response.questionnaire();
        // the shell shows the title as the page's H1
        title = q.title(getLocale());
        if (response.completed()) {
            add(new Paragraph(getTranslation("outcome.form.already-sent")));
            add(backToToday());
            return;
        }
        add(new Paragraph(getTranslation("outcome.form.saved-as-you-go")));
        if (q.patientNamedItems()) {
            buildActivities(q, response);
        } else {
            buildItems(q, response);
        }
        saved.addClassName("questionnaire-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        error.addClassName("questionnaire-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button send = new Button(getTranslation("outcome.form.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("big-button");
        add(error, send, saved);
    }

    private void buildItems(Questionnaire q, QuestionnaireResponse r) {
        for (QuestionnaireItem item : q.items()) {
            Answer given = r.answers().stream()
                    .filter(a -> a.linkId().equals(item.linkId()))
                    .findFirst()
                    .orElse(null);
            Div block = new Div();
            block.addClassName("questionnaire-item");
            Paragraph text = new Paragraph(q.itemText(item, getLocale()));
            text.setId("q-item-" + item.linkId());
            text.getStyle().set("font-weight", "600").set("margin-bottom", "0");
            RadioButtonGroup<Integer> group = group(q, item, text.getId().orElseThrow());
            group.getElement().setAttribute("data-item", item.linkId());
            if (given != null && given.value() != null) {
                group.setValue(given.value());
            }
            block.add(text, group);
            add(block);
            rows.add(new Row(item, item.position(), null, null, group));
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
        }
    }

    private void buildActivities(Questionnaire q, QuestionnaireResponse r) {
        QuestionnaireItem item = q.items().get(0);
        List<String> again = outcomes.activitiesAskedAgain(r.id());
        boolean baseline = again.isEmpty();
        if (baseline) {
            add(new Paragraph(getTranslation("outcome.form.name-activities", q.minNamedItems(), q.maxNamedItems())));
        } else {
            add(new Paragraph(getTranslation("outcome.form.same-activities")));
        }
        int slots = baseline ? q.maxNamedItems() : again.size();
        for (int i = 1; i <= slots; i++) {
            int position = i;
            Answer given = r.answers().stream()
                    .filter(a -> a.position() == position)
                    .findFirst()
                    .orElse(null);
            Div block = new Div();
            block.addClassName("questionnaire-item");
            block.getElement().setAttribute("data-activity", String.valueOf(i));
            TextField name = null;
            String fixed = null;
            String labelId = "q-activity-" + i;
            if (baseline) {
                name = new TextField(getTranslation("outcome.form.activity", i));
                name.setId(labelId);
                name.setMaxLength(Answer.LABEL_MAX);
                name.setWidthFull();
                if (given != null && given.label() != null) {
                    name.setValue(given.label());
                }
                name.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        saveDraft();
                    }
                });
                block.add(name);
            } else {
                fixed = again.get(i - 1);
                H2 label = new H2(fixed);
                label.setId(labelId);
                block.add(label);
            }
            Paragraph question = new Paragraph(q.itemText(item, getLocale()));
            question.setId("q-question-" + i);
            RadioButtonGroup<Integer> group = group(q, item, question.getId().orElseThrow());
            group.getElement().setAttribute("data-item", "activity-" + i);
            if (given != null && given.value() != null) {
                group.setValue(given.value());
            }
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
            block.add(question, group);
            add(block);
            rows.add(new Row(item, i, name, fixed, group));
        }
    }

    private RadioButtonGroup<Integer> group(Questionnaire q, QuestionnaireItem item, String labelledBy) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.getElement().setAttribute("aria-labelledby", labelledBy);
        group.setItems(
                IntStream.rangeClosed(item.minValue(), item.maxValue()).boxed().toList());
        if (item.everyValueNamed()) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItemLabelGenerator(v -> item.options().stream()
                    .filter(o -> o.value() == v)
                    .findFirst()
                    .map(o -> q.optionText(item, o, getLocale()))
                    .orElse(String.valueOf(v)));
        } else {
            group.setItemLabelGenerator(String::valueOf);
            List<String> ends = new ArrayList<>();
            for (AnswerOption o : item.options()) {
                ends.add(getTranslation("outcome.form.anchor", o.value(), q.optionText(item, o, getLocale())));
            }
            group.setHelperText(String.join(" · ", ends));
        }
        return group;
    }

    private List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (Row row : rows) {
            String label = row.activity() != null ? row.activity().getValue() : row.fixedLabel();
            answers.add(new Answer(
                    row.position(), row.item().linkId(), label, row.value().getValue()));
        }
        return answers;
    }

    private void saveDraft() {
        if (response == null) {
            return;
        }
        try {
            response = outcomes.saveDraft(response.id(), response.rowVersion(), answers());
            error.setVisible(false);
            saved.setText(getTranslation("outcome.form.saved"));
        } catch (InvalidInputException | ConflictException ex) {
            showError(ServiceErrors.text(this, ex));
        }
    }

    private void send() {
        if (response == null) {
            return;
        }
        try {
            QuestionnaireResponse sent = outcomes.complete(response.id(), response.rowVersion(), answers());
            showResult(sent);
        } catch (InvalidInputException | ConflictException ex) {
            showError(ServiceErrors.text(this, ex));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showResult(QuestionnaireResponse sent) {
        removeAll();
        response = sent;
        Questionnaire q = sent.questionnaire();
        Div result = new Div();
        result.addClassNames("card", "questionnaire-result");
        result.add(new H2(getTranslation("outcome.form.thanks")));
        if (sent.score() != null) {
            result.add(new Paragraph(
                    q.ratesChange()
                            ? getTranslation("outcome.form.your-answer", answerText(q, sent))
                            : getTranslation("outcome.form.your-score", Words.score(this, q, sent.score()))));
        } else {
            result.add(new Paragraph(
                    Words.notScored(this, q, sent.notScored(), sent.scored().missing())));
        }
        result.add(new Paragraph(getTranslation("outcome.form.therapist-sees")));
        add(result, backToToday());
    }

    private String answerText(Questionnaire q, QuestionnaireResponse sent) {
        QuestionnaireItem item = q.items().get(0);
        int value = sent.score() == null ? 0 : sent.score().intValue();
        return item.options().stream()
                .filter(o -> o.value() == value)
                .findFirst()
                .map(o -> q.optionText(item, o, getLocale()))
                .orElse(String.valueOf(value));
    }

    private Component backToToday() {
        Button back = new Button(
                getTranslation("outcome.form.back"), e -> UI.getCurrent().navigate("today"));
        back.addClickShortcut(Key.ESCAPE);
        return back;
    }
}
