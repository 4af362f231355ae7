package org.upright.program.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.upright.base.ConflictException;
import org.upright.base.DatePickers;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.patient.Patient;
import org.upright.program.Dose;
import org.upright.program.Exercise;
import org.upright.program.ExerciseKind;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.program.Prescription;
import org.upright.program.PrescriptionDraft;
import org.upright.program.ProgramOverview;
import org.upright.program.ProgramService;

/**
 * Tailors the prescription: every value of the latest version, editable, saved as a new version
 * from the date chosen. Field limits are the service's limits.
 */
class TailorDialog extends Dialog {

    final IntegerField walksPerDay = number("program.tailor.walks", 1, ProgramService.MAX_WALKS);
    final IntegerField minutesPerWalk = number("program.tailor.minutes", 1, ProgramService.MAX_MINUTES);
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>(getTranslation("program.tailor.weekdays"));
    final IntegerField stretchSessions = number("program.tailor.stretch-sessions", 0, ProgramService.MAX_SESSIONS);
    final IntegerField warmUpMinutes = number("program.tailor.warm-up", 0, ProgramService.MAX_MINUTES);
    final IntegerField phaseMinDays = number("program.tailor.min-days", 0, ProgramService.MAX_MIN_DAYS);
    final DatePicker effectiveFrom =
            DatePickers.localised(new DatePicker(getTranslation("program.tailor.effective-from")));
    final Paragraph formError = new Paragraph();
    final Button save = new Button(getTranslation("program.tailor.save"));
    final List<ExerciseRow> exerciseRows = new ArrayList<>();
    private final Span exercisesError = new Span();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final ProgramService programs;
    private final Patient patient;
    private final PrescriptionDraft draft;
    private final Runnable onSaved;

    /** One exercise of the library: in or out, with its dose. */
    static final class ExerciseRow {
        final Exercise exercise;
        final Checkbox included;
        final IntegerField hold = number("program.tailor.hold", Dose.MIN, Dose.MAX_HOLD_SECONDS);
        final IntegerField reps = number("program.tailor.reps", Dose.MIN, Dose.MAX_REPS);
        final IntegerField sets = number("program.tailor.sets", Dose.MIN, Dose.MAX_SETS);

        ExerciseRow(
                Exercise exercise,
                String name,
                PrescriptionDraft.@Nullable Item item,
                Optional<String> excludedBecause) {
            this.exercise = exercise;
            this.included = new Checkbox(name, item != null);
            hold.setValue(item != null ? item.holdSeconds() : exercise.getDefaultHoldSeconds());
            reps.setValue(item != null ? item.reps() : exercise.getDefaultReps());
            sets.setValue(item != null ? item.sets() : exercise.getDefaultSets());
            List.of(hold, reps, sets).forEach(f -> f.setWidth("6.5rem"));
            excludedBecause.ifPresent(reason -> {
                included.setValue(false);
                included.setEnabled(false);
                List.of(hold, reps, sets).forEach(f -> f.setEnabled(false));
                included.setLabel(Texts.t("program.excluded.item", name, reason));
            });
        }

        PrescriptionDraft.Item item() {
            return new PrescriptionDraft.Item(exercise.getId(), hold.getValue(), reps.getValue(), sets.getValue());
        }
    }

    /**
     * Which version is in force on which day once this one is saved from {@code from}: the one before it
     * keeps the earlier days, and a later-dated version takes over on its own date.
     */
    static String schedule(ProgramOverview overview, LocalDate from) {
        Prescription next = overview.nextAfter(from);
        String text = next == null
                ? Texts.t("program.tailor.schedule.open", Texts.date(from))
                : Texts.t(
                        "program.tailor.schedule.until",
                        Texts.date(from),
                        Texts.date(next.getEffectiveFrom().minusDays(1)),
                        Texts.date(next.getEffectiveFrom()),
                        next.getPhase());
        Prescription before = overview.inForceOn(from.minusDays(1));
        if (before != null) {
            text += " " + Texts.t("program.tailor.schedule.before", Texts.date(before.getEffectiveFrom()));
        }
        return text;
    }

    TailorDialog(
            ProgramService programs,
            ExerciseLibrary library,
            ExerciseTranslations translations,
            Patient patient,
            ProgramOverview overview,
            Runnable onSaved) {
        this.programs = programs;
        this.patient = patient;
        this.onSaved = onSaved;
        this.draft = programs.draft(patient.getId());
        setHeaderTitle(getTranslation("program.tailor.title"));
        setWidth("min(56rem, 100vw)");

        walksPerDay.setValue(draft.walksPerDay());
        minutesPerWalk.setValue(draft.minutesPerWalk());
        weekdays.setItems(EnumSet.allOf(DayOfWeek.class));
        weekdays.setItemLabelGenerator(Texts::weekday);
        weekdays.setValue(draft.weekdays());
        stretchSessions.setValue(draft.stretchSessionsPerDay());
        warmUpMinutes.setValue(draft.warmUpMinutes());
        phaseMinDays.setValue(draft.phaseMinDays());
        effectiveFrom.setValue(draft.effectiveFrom());
        effectiveFrom.setMin(overview.program().getStartDate());
        effectiveFrom.setRequired(true);
        effectiveFrom.setId("tailor-effective-from");
        effectiveFrom.setHelperText(schedule(overview, draft.effectiveFrom()));
        effectiveFrom.addValueChangeListener(
                e -> effectiveFrom.setHelperText(e.getValue() == null ? "" : schedule(overview, e.getValue())));

        fields.put("walksPerDay", walksPerDay);
        fields.put("minutesPerWalk", minutesPerWalk);
        fields.put("weekdays", weekdays);
        fields.put("stretchSessionsPerDay", stretchSessions);
        fields.put("warmUpMinutes", warmUpMinutes);
        fields.put("phaseMinDays", phaseMinDays);
        fields.put("effectiveFrom", effectiveFrom);
        FieldErrors.manual(fields);

        FormLayout dose = new FormLayout(
                walksPerDay, minutesPerWalk, stretchSessions, warmUpMinutes, phaseMinDays, effectiveFrom, weekdays);
        dose.setColspan(weekdays, 2);
        dose.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));

        VerticalLayout exercises = new VerticalLayout();
        exercises.setPadding(false);
        exercises.setSpacing(false);
        Map<Long, PrescriptionDraft.Item> current = new LinkedHashMap<>();
        draft.exercises().forEach(i -> current.put(i.exerciseId(), i));
        List<Exercise> choices = library.byId().values().stream()
                .filter(e -> e.getKind() != ExerciseKind.WALK)
                .toList();
        Map<Long, ExerciseText> texts = translations.textsOf(choices, getLocale());
        choices.stream()
                .sorted(Comparator.comparing((Exercise e) -> !current.containsKey(e.getId()))
                        .thenComparing(Exercise::getKind)
                        .thenComparing(e -> texts.get(e.getId()).name()))
                .forEach(e -> {
                    ExerciseRow row = new ExerciseRow(
                            e,
                            texts.get(e.getId()).name(),
                            current.get(e.getId()),
                            ExerciseLibrary.reasonExcluded(patient, e)
                                    .map(reason -> ExerciseLibrary.conflict(patient, e)
                                            .map(c -> getTranslation("program.excluded.reason." + c.name()))
                                            .orElse(reason)));
                    exerciseRows.add(row);
                    HorizontalLayout line = new HorizontalLayout(row.included, row.hold, row.reps, row.sets);
                    line.setAlignItems(FlexComponent.Alignment.BASELINE);
                    line.getStyle().set("flex-wrap", "wrap");
                    line.setWidthFull();
                    line.expand(row.included);
                    exercises.add(line);
                });
        exercisesError.addClassName("form-error");
        formError.addClassName("form-error");
        formError.setVisible(false);

        add(
                dose,
                new H4(getTranslation("program.tailor.exercises")),
                new Paragraph(getTranslation("program.tailor.exercises-hint")),
                exercisesError,
                exercises,
                formError);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("program.cancel"), click -> close()), save);
    }

    private static IntegerField number(String labelKey, int min, int max) {
        IntegerField field = Texts.bounded(labelKey, min, max);
        field.setStepButtonsVisible(true);
        return field;
    }

    PrescriptionDraft value() {
        List<PrescriptionDraft.Item> items = exerciseRows.stream()
                .filter(r -> r.included.getValue())
                .map(ExerciseRow::item)
                .toList();
        return new PrescriptionDraft(
                draft.basedOnPrescriptionId(),
                effectiveFrom.getValue() == null ? draft.effectiveFrom() : effectiveFrom.getValue(),
                orMinusOne(walksPerDay),
                orMinusOne(minutesPerWalk),
                orMinusOne(stretchSessions),
                orMinusOne(warmUpMinutes),
                weekdays.getValue(),
                orMinusOne(phaseMinDays),
                items,
                null);
    }

    // an emptied field is sent as an impossible value, so the service names the field
    private static int orMinusOne(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    void save() {
        FieldErrors.clear(fields);
        exercisesError.setText("");
        formError.setVisible(false);
        if (effectiveFrom.getValue() == null) {
            effectiveFrom.setErrorMessage(getTranslation("program.tailor.choose-effective"));
            effectiveFrom.setInvalid(true);
            return;
        }
        try {
            programs.save(patient.getId(), value());
            close();
            onSaved.run();
        } catch (InvalidInputException ex) {
            Map<String, String> rest = FieldErrors.show(fields, ServiceErrors.texts(this, ex));
            String exercises = rest.remove("exercises");
            exercisesError.setText(exercises == null ? "" : exercises);
            formError.setText(String.join(" ", rest.values()));
            formError.setVisible(!rest.isEmpty());
        } catch (ConflictException ex) {
            formError.setText(ServiceErrors.text(this, ex));
            formError.setVisible(true);
        }
    }
}
