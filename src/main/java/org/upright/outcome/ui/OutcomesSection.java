package org.upright.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.outcome.DueQuestionnaire;
import org.upright.outcome.OutcomeSchedule;
import org.upright.outcome.OutcomeService;
import org.upright.outcome.Questionnaire;
import org.upright.outcome.ScheduleEntry;

/**
 * The therapist chooses which questionnaires the running program asks and how often (the standard
 * schedule until they do), asks for one now, and sees what the patient has not answered yet.
 */
class OutcomesSection extends Div {

    private final OutcomeService outcomes;
    private final long patientId;
    private final boolean canChange;
    private final Div waiting = new Div();

    /** The fields of one questionnaire's line of the schedule. */
    private record Line(Questionnaire q, Checkbox atStart, Checkbox periodic, IntegerField weeks, Checkbox atEnd) {

        ScheduleEntry entry() {
            return new ScheduleEntry(
                    q.code(), atStart.getValue(), periodic.getValue() ? weeks.getValue() : null, atEnd.getValue());
        }
    }

    OutcomesSection(OutcomeService outcomes, long patientId, boolean canChange) {
        this.outcomes = outcomes;
        this.patientId = patientId;
        this.canChange = canChange;
        addClassName("outcomes-section");
        add(new H3(getTranslation("outcome.section.title")));
        List<Questionnaire> questionnaires = outcomes.questionnaires();
        Optional<OutcomeSchedule> schedule = outcomes.schedule(patientId);
        if (schedule.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.section.no-program")));
        } else {
            add(scheduleEditor(questionnaires, schedule.get()));
        }
        if (canChange) {
            add(askNow(questionnaires));
        }
        waiting.addClassName("outcomes-waiting");
        add(waiting);
        showWaiting();
    }

    private Div scheduleEditor(List<Questionnaire> questionnaires, OutcomeSchedule schedule) {
        Div editor = new Div();
        editor.addClassName("outcome-schedule");
        editor.add(new Paragraph(
                getTranslation(schedule.standard() ? "outcome.section.standard" : "outcome.section.chosen")));
        Map<String, ScheduleEntry> entries = new HashMap<>();
        schedule.entries().forEach(e -> entries.put(e.questionnaireCode(), e));
        List<Line> lines = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            ScheduleEntry e = entries.getOrDefault(q.code(), new ScheduleEntry(q.code(), false, null, false));
            Checkbox atStart = new Checkbox(getTranslation("outcome.section.at-start"), e.atStart());
            if (q.ratesChange()) {
                atStart.setValue(false);
                atStart.setEnabled(false);
                atStart.setTooltipText(getTranslation("outcome.section.rates-change"));
            }
            Checkbox periodic = new Checkbox(getTranslation("outcome.section.every"), e.everyWeeks() != null);
            IntegerField weeks = new IntegerField();
            weeks.setAriaLabel(getTranslation("outcome.section.weeks"));
            weeks.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("outcome.section.weeks")));
            weeks.setMin(1);
            weeks.setMax(ScheduleEntry.MAX_WEEKS);
            weeks.setStepButtonsVisible(true);
            weeks.setWidth("9em");
            weeks.setValue(e.everyWeeks() == null ? ScheduleEntry.DEFAULT_WEEKS : e.everyWeeks());
            Checkbox atEnd = new Checkbox(getTranslation("outcome.section.at-end"), e.atEnd());
            for (var field : List.of(atStart, periodic, atEnd)) {
                field.setReadOnly(!canChange);
            }
            weeks.setReadOnly(!canChange);
            HorizontalLayout row = new HorizontalLayout(atStart, periodic, weeks, atEnd);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            Div line = new Div(new H4(q.title(Words.locale())), row);
            line.getElement().setAttribute("data-questionnaire", q.code());
            editor.add(line);
            lines.add(new Line(q, atStart, periodic, weeks, atEnd));
        }
        if (canChange) {
            Button save = new Button(getTranslation("outcome.section.save"), click -> {
                for (Line l : lines) {
                    if (l.periodic().getValue()
                            && (l.weeks().getValue() == null || l.weeks().isInvalid())) {
                        l.weeks().setInvalid(true);
                        l.weeks().setErrorMessage(getTranslation("outcome.error.weeks"));
                        return;
                    }
                }
                try {
                    outcomes.saveSchedule(
                            patientId, lines.stream().map(Line::entry).toList());
                    Notification.show(getTranslation("outcome.section.saved"));
                    showWaiting();
                } catch (InvalidInputException ex) {
                    Notification.show(ServiceErrors.text(this, ex));
                }
            });
            editor.add(save);
        }
        return editor;
    }

    private Div askNow(List<Questionnaire> questionnaires) {
        Div ask = new Div();
        ask.addClassName("outcome-ask");
        ask.add(new H4(getTranslation("outcome.section.ask-title")));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (Questionnaire q : questionnaires) {
            Button button = new Button(getTranslation("outcome.section.ask", q.title(Words.locale())), click -> {
                outcomes.request(patientId, q.code());
                Notification.show(getTranslation("outcome.section.asked", q.title(Words.locale())));
                showWaiting();
            });
            button.getElement().setAttribute("data-questionnaire", q.code());
            buttons.add(button);
        }
        ask.add(buttons);
        return ask;
    }

    private void showWaiting() {
        waiting.removeAll();
        List<DueQuestionnaire> due = outcomes.due(patientId);
        if (due.isEmpty()) {
            waiting.add(new Paragraph(getTranslation("outcome.section.nothing-waiting")));
            return;
        }
        waiting.add(new H4(getTranslation("outcome.section.waiting")));
        UnorderedList list = new UnorderedList();
        for (DueQuestionnaire d : due) {
            list.add(new ListItem(getTranslation(
                    d.draftId() == null ? "outcome.section.waiting-item" : "outcome.section.waiting-draft",
                    d.questionnaire().title(Words.locale()),
                    Words.occasionForStaff(this, d.occasion()),
                    Words.day(Words.locale(), d.dueOn()))));
        }
        waiting.add(list);
    }
}
