package org.upright.logging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.base.DatePickers;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.ContextTag;
import org.upright.logging.ExerciseOutcome;
import org.upright.logging.ExerciseResult;
import org.upright.logging.HighRating;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.StretchEntry;
import org.upright.logging.TodayOverview;
import org.upright.logging.TodayService;
import org.upright.media.ExerciseVisuals;
import org.upright.program.DayPlan;
import org.upright.program.Exercise;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.security.Role;

/**
 * Log a stretch session (or change today's one): the warm-up walk, how each exercise went,
 * discomfort after (required) and before, a note and what may have brought the pain on.
 */
@Route("log-stretches")
@RolesAllowed(Role.PATIENT_ROLE)
class StretchFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LoggingService logging;
    private final TodayService todayService;
    private final HighRating alerts;
    private final ClinicSettingsService clinic;
    private final ExerciseTranslations translations;
    // made once when the form opens: saving this form again returns the first log
    private final String clientKey = UUID.randomUUID().toString();
    private final DatePicker date = DatePickers.localised(new DatePicker(getTranslation("logging.form.day")));
    private final Checkbox warmUpDone = new Checkbox(getTranslation("logging.stretch.warm-up-done"));
    private final IntegerField warmUpMinutes = LogUi.minutesField(getTranslation("logging.stretch.warm-up-minutes"));
    private final Div exerciseList = new Div();
    private final List<ExerciseRow> rows = new ArrayList<>();
    private final IntegerField discomfortAfter =
            LogUi.discomfortField(getTranslation("logging.stretch.discomfort-after"));
    private final IntegerField discomfortBefore =
            LogUi.discomfortField(getTranslation("logging.stretch.discomfort-before"));
    private final CheckboxGroup<ContextTag> tags = new CheckboxGroup<>(getTranslation("logging.stretch.tags"));
    private final TextArea note = LogUi.noteField();
    private final Button save = new Button(getTranslation("logging.stretch.save"));
    private @Nullable LoggedSession editing;

    private record ExerciseRow(long exerciseId, RadioButtonGroup<ExerciseOutcome> outcome, IntegerField discomfort) {}

    StretchFormView(
            LoggingService logging,
            TodayService todayService,
            HighRating alerts,
            ClinicSettingsService clinic,
            ExerciseTranslations translations) {
        this.translations = translations;
        this.alerts = alerts;
        this.clinic = clinic;
        this.logging = logging;
        this.todayService = todayService;
        addClassNames("patient-view", "log-form");
        LogUi.dayField(date, todayService.todayForMe());
        warmUpDone.setValue(true);
        warmUpDone.addValueChangeListener(e -> warmUpMinutes.setEnabled(e.getValue()));
        discomfortAfter.setRequiredIndicatorVisible(true);
        exerciseList.setWidthFull();
        tags.setItems(ContextTag.values());
        tags.setItemLabelGenerator(LogUi::tag);
        tags.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        tags.setWidthFull();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("big-button");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        Button cancel = new Button(
                getTranslation("logging.form.cancel"),
                e -> UI.getCurrent().navigate(editing == null ? "today" : "history"));
        cancel.addClassName("big-button");
        add(warmUpDone, warmUpMinutes, exerciseList, discomfortAfter, discomfortBefore, date, tags, note, save, cancel);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long logId) {
        if (logId != null) {
            LoggedSession session = logging.ownLog(logId);
            editing = session;
            date.setValue(session.date());
            warmUpDone.setValue(session.warmUpMinutes() != null);
            warmUpMinutes.setValue(session.warmUpMinutes());
            DayPlan plan = todayService.today().plan();
            Map<Long, Exercise> planned = plan == null
                    ? Map.of()
                    : plan.exercises().stream()
                            .collect(Collectors.toMap(i -> i.exercise().getId(), DayPlan.Item::exercise, (a, b) -> a));
            for (LoggedSession.Exercise e : session.exercises()) {
                addRow(e.exerciseId(), e.name(), null, planned.get(e.exerciseId()), e.outcome(), e.discomfort());
            }
            discomfortAfter.setValue(session.discomfortAfter());
            discomfortBefore.setValue(session.discomfortBefore());
            tags.setValue(
                    session.contextTags().isEmpty()
                            ? EnumSet.noneOf(ContextTag.class)
                            : EnumSet.copyOf(session.contextTags()));
            note.setValue(session.note() == null ? "" : session.note());
        } else {
            TodayOverview today = todayService.today();
            DayPlan plan = today.plan();
            warmUpMinutes.setValue(plan != null && plan.warmUpMinutes() > 0 ? plan.warmUpMinutes() : 20);
            if (plan != null) {
                for (DayPlan.Item item : plan.exercises()) {
                    addRow(
                            item.exercise().getId(),
                            item.exercise().getName(),
                            item.dose(),
                            item.exercise(),
                            ExerciseOutcome.DONE,
                            null);
                }
            }
        }
        if (rows.isEmpty()) {
            exerciseList.add(new Paragraph(getTranslation("logging.stretch.none-planned")));
        }
    }

    private void addRow(
            long exerciseId,
            String name,
            @Nullable String dose,
            @Nullable Exercise exercise,
            ExerciseOutcome outcome,
            @Nullable Integer rating) {
        Div card = new Div();
        card.addClassName("exercise-card");
        ExerciseText text = exercise == null
                ? null
                : translations.textsOf(List.of(exercise), getLocale()).get(exercise.getId());
        if (text != null) {
            name = text.name();
        }
        H2 heading = new H2(name);
        heading.addClassName("exercise-name");
        card.add(heading);
        if (dose != null && !dose.isEmpty()) {
            Span doseText = new Span(dose);
            doseText.addClassName("exercise-dose");
            card.add(doseText);
        }
        if (exercise != null && text != null) {
            card.add(ExerciseVisuals.of(exercise.getCode(), exerciseId, name));
            card.add(LogUi.howTo(text.instructions(), text.cautions()));
        }
        RadioButtonGroup<ExerciseOutcome> outcomeGroup = new RadioButtonGroup<>();
        outcomeGroup.setAriaLabel(getTranslation("logging.stretch.how-did-it-go", name));
        outcomeGroup.setItems(ExerciseOutcome.values());
        outcomeGroup.setItemLabelGenerator(LogUi::outcome);
        outcomeGroup.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcomeGroup.setValue(outcome);
        IntegerField discomfort = LogUi.discomfortField(getTranslation("logging.stretch.discomfort-during"));
        discomfort.setValue(rating);
        card.add(outcomeGroup, discomfort);
        exerciseList.add(card);
        rows.add(new ExerciseRow(exerciseId, outcomeGroup, discomfort));
    }

    @Override
    public String getPageTitle() {
        // the shell shows this as the page's one H1
        return getTranslation(editing == null ? "logging.stretch.page-title" : "logging.stretch.page-title-change");
    }

    private void save() {
        List<ExerciseResult> results = rows.stream()
                .map(r -> new ExerciseResult(
                        r.exerciseId(),
                        r.outcome().getValue() == null
                                ? ExerciseOutcome.SKIPPED
                                : r.outcome().getValue(),
                        r.discomfort().getValue()))
                .toList();
        StretchEntry entry = new StretchEntry(
                clientKey,
                date.getValue() == null ? LocalDate.MIN : date.getValue(),
                Boolean.TRUE.equals(warmUpDone.getValue()) ? warmUpMinutes.getValue() : null,
                results,
                discomfortBefore.getValue(),
                discomfortAfter.getValue(),
                LogUi.blankToNull(note.getValue()),
                tags.getValue());
        LogUi.saveKeepingInput(
                () -> LogUi.afterSave(
                        this,
                        editing == null
                                ? logging.logStretch(entry)
                                : logging.edit(editing.id(), editing.version(), entry),
                        editing != null,
                        alerts,
                        clinic),
                Map.of(
                        "date",
                        date,
                        "warmUpMinutes",
                        warmUpMinutes,
                        "discomfortAfter",
                        discomfortAfter,
                        "discomfortBefore",
                        discomfortBefore,
                        "note",
                        note),
                save,
                "stretch session");
    }
}
