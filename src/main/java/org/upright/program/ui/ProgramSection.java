package org.upright.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.upright.base.ConflictException;
import org.upright.base.DatePickers;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.LocalFormats;
import org.upright.base.NotFoundException;
import org.upright.base.ServiceErrors;
import org.upright.media.Illustrations;
import org.upright.media.MediaItem;
import org.upright.media.MediaKind;
import org.upright.media.MediaService;
import org.upright.patient.Patient;
import org.upright.program.ExcludedExercise;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.program.Prescription;
import org.upright.program.PrescriptionExercise;
import org.upright.program.Program;
import org.upright.program.ProgramOverview;
import org.upright.program.ProgramPause;
import org.upright.program.ProgramService;
import org.upright.program.ProgramStatus;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateService;

/**
 * A patient's program on the patient page: assign one, or see the version in force, every
 * version, what is left out and why, and move the program along.
 */
class ProgramSection extends VerticalLayout {

    private final ProgramService programs;
    private final TemplateService templates;
    private final ExerciseLibrary library;
    private final ExerciseTranslations translations;
    private final MediaService media;
    private final Patient patient;
    private final boolean canChange;
    private final Clock clock;

    ProgramSection(
            ProgramService programs,
            TemplateService templates,
            ExerciseLibrary library,
            ExerciseTranslations translations,
            MediaService media,
            Patient patient,
            boolean canChange,
            Clock clock) {
        this.programs = programs;
        this.templates = templates;
        this.library = library;
        this.translations = translations;
        this.media = media;
        this.patient = patient;
        this.canChange = canChange;
        this.clock = clock;
        setPadding(false);
        addClassName("program-section");
        refresh();
    }

    private LocalDate today() {
        return patient.today(clock);
    }

    void refresh() {
        removeAll();
        add(new H3(getTranslation("program.section.heading")));
        programs.overview(patient.getId()).ifPresentOrElse(this::showProgram, this::showAssign);
    }

    private void showAssign() {
        add(new Paragraph(getTranslation("program.section.none")));
        if (!canChange) {
            return;
        }
        Select<ProgramTemplate> template = new Select<>();
        template.setLabel(getTranslation("program.assign.template"));
        template.setItems(templates.templates());
        template.setItemLabelGenerator(ProgramTemplate::getName);
        template.setWidth("24rem");
        templates.templates().stream()
                .filter(ProgramTemplate::isBuiltIn)
                .findFirst()
                .ifPresent(template::setValue);
        DatePicker start = DatePickers.localised(new DatePicker(getTranslation("program.assign.start"), today()));
        start.setMin(today().minusDays(90));
        start.setMax(today().plusDays(365));
        Button assign = new Button(getTranslation("program.assign.button"));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> {
            template.setInvalid(false);
            start.setInvalid(false);
            if (template.getValue() == null) {
                template.setErrorMessage(getTranslation("program.assign.choose-template"));
                template.setInvalid(true);
                return;
            }
            if (start.getValue() == null) {
                start.setErrorMessage(getTranslation("program.assign.choose-start"));
                start.setInvalid(true);
                return;
            }
            try {
                programs.assign(patient.getId(), template.getValue().getId(), start.getValue());
                changed();
            } catch (InvalidInputException ex) {
                Map<String, String> rest = FieldErrors.show(
                        Map.of("startDate", start, "template", template), ServiceErrors.texts(this, ex));
                if (!rest.isEmpty()) {
                    notifyError(String.join(" ", rest.values()));
                }
            }
        });
        HorizontalLayout form = new HorizontalLayout(template, start, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(form);
    }

    private void showProgram(ProgramOverview overview) {
        Program program = overview.program();
        ProgramTemplate template = program.getTemplate();
        int phase = program.getCurrentPhase();
        Map<Long, ExerciseText> texts =
                translations.textsOf(overview.exercises().values(), getLocale());
        Function<Long, String> name =
                id -> texts.containsKey(id) ? texts.get(id).name() : overview.exerciseName(id);
        Div summary = new Div(
                line("program.summary.template", template.getName()),
                line(
                        "program.summary.phase",
                        getTranslation(
                                "program.summary.phase-value",
                                phase,
                                template.phaseCount(),
                                template.phase(phase).getName(),
                                Texts.date(program.getPhaseStartedOn()))),
                line("program.summary.status", status(program)),
                line(
                        "program.summary.day",
                        overview.dayInProgram() < 1
                                ? getTranslation("program.summary.starts-on", Texts.date(program.getStartDate()))
                                : getTranslation(
                                        "program.summary.day-value",
                                        overview.dayInProgram(),
                                        Texts.date(program.getStartDate()))));
        summary.addClassName("program-summary");
        add(summary);

        if (overview.nextPhaseSuggested()) {
            Div banner = new Div(new Span(getTranslation(
                    "program.suggest.next",
                    ProgramService.WALK_DAYS_BEFORE_STRETCHES,
                    template.phase(2).getName())));
            banner.addClassName("suggestion-banner");
            banner.getElement().setAttribute("role", "status");
            add(banner);
        }

        Prescription inForce = overview.inForce();
        add(new H4(getTranslation("program.in-force.heading")));
        add(new Paragraph(
                inForce == null
                        ? getTranslation(
                                "program.in-force.nothing",
                                Texts.date(overview.versions()
                                        .get(overview.versions().size() - 1)
                                        .getEffectiveFrom()))
                        : describe(inForce)));
        if (inForce != null && !inForce.getExercises().isEmpty()) {
            add(exercisesInForce(inForce, overview, name));
        }

        if (!overview.excluded().isEmpty()) {
            add(new H4(getTranslation("program.excluded.heading")));
            UnorderedList list = new UnorderedList();
            overview.excluded()
                    .forEach(e -> list.add(new ListItem(getTranslation(
                            "program.excluded.item", name.apply(e.exercise().getId()), excludedBecause(e)))));
            list.addClassName("excluded-exercises");
            add(list);
        }

        if (canChange) {
            add(actions(overview));
        }

        add(new H4(getTranslation("program.versions.heading")));
        Grid<Prescription> versions = new Grid<>(Prescription.class, false);
        versions.addClassName("prescription-versions");
        versions.addColumn(p -> Texts.date(p.getEffectiveFrom()))
                .setHeader(getTranslation("program.versions.effective-from"))
                .setAutoWidth(true);
        versions.addColumn(p -> standing(p, overview))
                .setHeader(getTranslation("program.versions.standing"))
                .setAutoWidth(true);
        versions.addColumn(p -> LocalFormats.dayAndTime(p.getSavedAt(), patient.getZone(), getLocale(), false))
                .setHeader(getTranslation("program.versions.saved-at"))
                .setAutoWidth(true);
        versions.addColumn(p -> overview.authorOf(p).orElseGet(() -> getTranslation("program.versions.erased-account")))
                .setHeader(getTranslation("program.versions.saved-by"))
                .setAutoWidth(true);
        versions.addColumn(p -> p.getNote() == null ? "" : p.getNote())
                .setHeader(getTranslation("program.versions.why"))
                .setFlexGrow(1);
        versions.addColumn(Prescription::getPhase)
                .setHeader(getTranslation("program.versions.phase"))
                .setAutoWidth(true);
        versions.addColumn(Texts::walking)
                .setHeader(getTranslation("program.versions.walking"))
                .setAutoWidth(true);
        versions.addColumn(Prescription::getStretchSessionsPerDay)
                .setHeader(getTranslation("program.versions.stretch-sessions"))
                .setAutoWidth(true);
        versions.addColumn(p -> Texts.weekdays(p.getWeekdays()))
                .setHeader(getTranslation("program.versions.days"))
                .setAutoWidth(true);
        versions.addColumn(p -> Texts.exercises(p, name))
                .setHeader(getTranslation("program.versions.exercises"))
                .setFlexGrow(1);
        versions.setItems(overview.versions());
        versions.setAllRowsVisible(true);
        // a version that only starts later is marked on its row too, not only in its column
        versions.setPartNameGenerator(
                p -> !overview.isWithdrawn(p) && p.getEffectiveFrom().isAfter(overview.today())
                        ? "scheduled-version"
                        : null);
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(versions);
        pauses(program);
    }

    /**
     * The exercises of the version in force, each with what the patient sees of it: the built-in drawing,
     * then the clinic's own pictures (small), as on the patient's Today page.
     */
    private Component exercisesInForce(Prescription inForce, ProgramOverview overview, Function<Long, String> name) {
        UnorderedList list = new UnorderedList();
        list.addClassName("in-force-exercises");
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (PrescriptionExercise item : inForce.getExercises()) {
            Exercise exercise = overview.exercises().get(item.getExerciseId());
            String exerciseName = name.apply(item.getExerciseId());
            Div pictures = new Div();
            pictures.addClassName("exercise-thumbnails");
            pictures.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-s)")
                    .set("flex-wrap", "wrap");
            if (exercise != null) {
                pictures(exercise, exerciseName).forEach(pictures::add);
            }
            Span label = new Span(getTranslation(
                    "program.exercise.item",
                    exerciseName,
                    Texts.dose(item.getHoldSeconds(), item.getReps(), item.getSets())));
            label.addClassName("exercise-name");
            HorizontalLayout row = new HorizontalLayout(pictures, label);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.getStyle().set("flex-wrap", "wrap");
            ListItem li = new ListItem(row);
            li.addClassName("in-force-exercise");
            li.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(li);
        }
        return list;
    }

    private List<Component> pictures(Exercise exercise, String exerciseName) {
        List<Component> shown = new ArrayList<>();
        if (Illustrations.svg(exercise.getCode()).isPresent()) {
            shown.add(thumbnail(
                    Illustrations.url(exercise.getCode()),
                    getTranslation(Illustrations.altKey(exercise.getCode())),
                    "exercise-drawing"));
        }
        List<MediaItem> clinic;
        try {
            clinic = media.ofExercise(exercise.getId());
        } catch (NotFoundException gone) {
            clinic = List.of();
        }
        long videos = clinic.stream().filter(m -> m.kind() == MediaKind.VIDEO).count();
        clinic.stream()
                .filter(m -> m.kind() == MediaKind.IMAGE)
                .forEach(m -> shown.add(thumbnail(
                        m.url(true), getTranslation("program.exercise.picture", exerciseName), "exercise-picture")));
        if (videos > 0) {
            Span note = new Span(getTranslation("program.exercise.videos", videos));
            note.addClassName("exercise-videos");
            shown.add(note);
        }
        return shown;
    }

    private static Image thumbnail(String url, String alt, String className) {
        Image image = new Image(url, alt);
        image.addClassName(className);
        // a sixth of the drawing's 240 × 140 would be too small to read; about half keeps a row short
        image.getStyle().set("width", "7.5rem").set("height", "auto").set("display", "block");
        return image;
    }

    private Component actions(ProgramOverview overview) {
        Program program = overview.program();
        Button tailor = new Button(
                getTranslation("program.action.tailor"),
                click -> new TailorDialog(programs, library, translations, patient, overview, this::changed).open());
        tailor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(tailor);
        if (program.getCurrentPhase() < program.getTemplate().phaseCount()) {
            Button advance = new Button(
                    getTranslation("program.action.advance"),
                    click -> new AdvancePhaseDialog(programs, patient, today(), this::changed).open());
            advance.setId("advance-phase");
            actions.add(advance);
        }
        if (program.getStatus() == ProgramStatus.PAUSED) {
            actions.add(new Button(
                    getTranslation("program.action.resume"),
                    click -> confirmWithDate(
                            "program.resume", today(), false, day -> programs.resume(patient.getId(), day))));
        } else {
            actions.add(new Button(getTranslation("program.action.pause"), click -> confirmPause()));
        }
        Button end = new Button(
                getTranslation("program.action.end"),
                click -> confirmWithDate("program.end", today(), true, day -> programs.end(patient.getId(), day)));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(end);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    /** A confirmation with a date; its words are the keys {@code <keys>.title|text|date|confirm}. */
    private void confirmWithDate(String keys, LocalDate date, boolean destructive, Consumer<LocalDate> action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(keys + ".title"));
        DatePicker day = DatePickers.localised(new DatePicker(getTranslation(keys + ".date"), date));
        day.setRequired(true);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation(keys + ".text")), day);
        body.setPadding(false);
        confirm.setText(body);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("program.cancel"));
        confirm.setConfirmText(getTranslation(keys + ".confirm"));
        if (destructive) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            if (day.getValue() == null) {
                notifyError(getTranslation("program.choose-date"));
                return;
            }
            try {
                action.accept(day.getValue());
                changed();
            } catch (InvalidInputException | ConflictException ex) {
                notifyError(ServiceErrors.text(this, ex));
            }
        });
        confirm.open();
    }

    /** Like {@link #confirmWithDate}, with the reason a pause must give; the dialog stays open until it is valid. */
    private void confirmPause() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("program.pause.title"));
        dialog.setWidth("min(32rem, 100vw)");
        DatePicker day = DatePickers.localised(new DatePicker(getTranslation("program.pause.from"), today()));
        day.setRequired(true);
        TextArea reason = new TextArea(getTranslation("program.pause.reason"));
        reason.setHelperText(getTranslation("program.pause.reason-help"));
        reason.setRequired(true);
        reason.setMaxLength(ProgramService.PAUSE_REASON_MAX);
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("program.pause.text")), day, reason);
        body.setPadding(false);
        dialog.add(body);
        Button pause = new Button(getTranslation("program.pause.confirm"), click -> {
            day.setInvalid(false);
            reason.setInvalid(false);
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("program.choose-date"));
                day.setInvalid(true);
                day.focus();
                return;
            }
            try {
                programs.pause(patient.getId(), day.getValue(), reason.getValue());
                dialog.close();
                changed();
            } catch (InvalidInputException ex) {
                Map<String, String> rest =
                        FieldErrors.show(Map.of("from", day, "reason", reason), ServiceErrors.texts(this, ex));
                if (!rest.isEmpty()) {
                    notifyError(String.join(" ", rest.values()));
                }
            } catch (ConflictException ex) {
                notifyError(ServiceErrors.text(this, ex));
            }
        });
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("program.cancel"), click -> dialog.close()), pause);
        dialog.open();
        reason.focus();
    }

    /**
     * After a change to the program the whole patient page is drawn again, so that the sections other
     * features contribute (progress, sessions) do not describe the program as it was.
     */
    private void changed() {
        refresh();
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    /** Every pause of the program, latest first, with the reason given for it. */
    private void pauses(Program program) {
        if (program.getPauses().isEmpty()) {
            return;
        }
        add(new H4(getTranslation("program.pauses.title")));
        UnorderedList list = new UnorderedList();
        list.addClassName("program-pauses");
        program.getPauses().stream()
                .sorted(java.util.Comparator.comparing(ProgramPause::getFromDate)
                        .reversed())
                .forEach(pause -> {
                    String when = pause.getToDate() == null
                            ? getTranslation("program.pauses.open", Texts.date(pause.getFromDate()))
                            : getTranslation(
                                    "program.pauses.closed",
                                    Texts.date(pause.getFromDate()),
                                    Texts.date(pause.getToDate()));
                    String why =
                            pause.getReason() == null ? getTranslation("program.pauses.no-reason") : pause.getReason();
                    list.add(new ListItem(when + ": " + why));
                });
        add(list);
    }

    /** Why an exercise is left out, in the reader's language: the contraindication it conflicts with. */
    private String excludedBecause(ExcludedExercise excluded) {
        return ExerciseLibrary.conflict(patient, excluded.exercise())
                .map(c -> getTranslation("program.excluded.reason." + c.name()))
                .orElse(excluded.reason());
    }

    private static void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Whether a version is in force today, only scheduled, past, or withdrawn by a phase change. */
    private String standing(Prescription p, ProgramOverview overview) {
        if (overview.isWithdrawn(p)) {
            return getTranslation("program.standing.withdrawn");
        }
        if (p.getEffectiveFrom().isAfter(overview.today())) {
            return getTranslation("program.standing.scheduled");
        }
        Prescription inForce = overview.inForce();
        return getTranslation(
                inForce != null && inForce.getId() == p.getId()
                        ? "program.standing.in-force"
                        : "program.standing.past");
    }

    private String status(Program program) {
        if (program.getStatus() == ProgramStatus.PAUSED) {
            return program.openPause()
                    .map(p -> p.getReason() == null
                            ? getTranslation("program.status.paused-since", Texts.date(p.getFromDate()))
                            : getTranslation(
                                    "program.status.paused-since-why", Texts.date(p.getFromDate()), p.getReason()))
                    .orElseGet(() -> getTranslation("program.status.PAUSED"));
        }
        return getTranslation("program.status." + program.getStatus().name());
    }

    /** The dose of a version in a sentence; its exercises are listed below it, each with its pictures. */
    private String describe(Prescription p) {
        String stretch = getTranslation("program.describe.stretch", p.getStretchSessionsPerDay(), p.getWarmUpMinutes());
        return getTranslation(
                "program.describe",
                Texts.date(p.getEffectiveFrom()),
                Texts.walking(p),
                stretch,
                Texts.weekdays(p.getWeekdays()));
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation("program.summary.label", getTranslation(labelKey)) + " ");
        label.addClassName("label");
        return new Paragraph(label, new Span(value));
    }
}
