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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.function.Consumer;
import org.upright.base.ConflictException;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.patient.Patient;
import org.upright.program.ExerciseLibrary;
import org.upright.program.Prescription;
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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final ProgramService programs;
    private final TemplateService templates;
    private final ExerciseLibrary library;
    private final Patient patient;
    private final boolean canChange;
    private final Clock clock;

    ProgramSection(
            ProgramService programs,
            TemplateService templates,
            ExerciseLibrary library,
            Patient patient,
            boolean canChange,
            Clock clock) {
        this.programs = programs;
        this.templates = templates;
        this.library = library;
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
        add(new H3("Program"));
        programs.overview(patient.getId()).ifPresentOrElse(this::showProgram, this::showAssign);
    }

    private void showAssign() {
        add(new Paragraph("No program yet."));
        if (!canChange) {
            return;
        }
        Select<ProgramTemplate> template = new Select<>();
        template.setLabel("Template");
        template.setItems(templates.templates());
        template.setItemLabelGenerator(ProgramTemplate::getName);
        template.setWidth("24rem");
        templates.templates().stream()
                .filter(ProgramTemplate::isBuiltIn)
                .findFirst()
                .ifPresent(template::setValue);
        DatePicker start = new DatePicker("Start date", today());
        start.setMin(today().minusDays(90));
        start.setMax(today().plusDays(365));
        Button assign = new Button("Assign program");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> {
            template.setInvalid(false);
            start.setInvalid(false);
            if (template.getValue() == null) {
                template.setErrorMessage("Choose a program template.");
                template.setInvalid(true);
                return;
            }
            if (start.getValue() == null) {
                start.setErrorMessage("Choose a start date.");
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
        Div summary = new Div(
                line("Template", template.getName()),
                line(
                        "Phase",
                        phase + " of " + template.phaseCount() + ": "
                                + template.phase(phase).getName() + " (since "
                                + DATE.format(program.getPhaseStartedOn()) + ")"),
                line("Status", status(program)),
                line(
                        "Day in program",
                        overview.dayInProgram() < 1
                                ? "Starts on " + DATE.format(program.getStartDate())
                                : overview.dayInProgram() + " (started " + DATE.format(program.getStartDate()) + ")"));
        summary.addClassName("program-summary");
        add(summary);

        if (overview.nextPhaseSuggested()) {
            Div banner = new Div(new Span("Walked on " + ProgramService.WALK_DAYS_BEFORE_STRETCHES
                    + " days of phase 1 — consider moving to phase 2 ("
                    + template.phase(2).getName()
                    + "). You decide when."));
            banner.addClassName("suggestion-banner");
            banner.getElement().setAttribute("role", "status");
            add(banner);
        }

        Prescription inForce = overview.inForce();
        add(new H4("In force today"));
        add(new Paragraph(
                inForce == null
                        ? "Nothing yet: the first version starts on "
                                + DATE.format(overview.versions()
                                        .get(overview.versions().size() - 1)
                                        .getEffectiveFrom())
                                + "."
                        : describe(inForce, overview)));

        if (!overview.excluded().isEmpty()) {
            add(new H4("Left out for this patient"));
            UnorderedList list = new UnorderedList();
            overview.excluded().forEach(e -> list.add(new ListItem(e.exercise().getName() + " — " + e.reason())));
            list.addClassName("excluded-exercises");
            add(list);
        }

        if (canChange) {
            add(actions(overview));
        }

        add(new H4("Prescription versions"));
        Grid<Prescription> versions = new Grid<>(Prescription.class, false);
        versions.addClassName("prescription-versions");
        versions.addColumn(p -> DATE.format(p.getEffectiveFrom()))
                .setHeader("Effective from")
                .setAutoWidth(true);
        versions.addColumn(p -> standing(p, overview)).setHeader("Standing").setAutoWidth(true);
        versions.addColumn(p ->
                        SAVED.format(p.getSavedAt().atZone(ZoneId.of("UTC")).withZoneSameInstant(patient.getZone())))
                .setHeader("Saved at")
                .setAutoWidth(true);
        versions.addColumn(p -> overview.authorOf(p).orElseGet(() -> getTranslation("program.versions.erased-account")))
                .setHeader(getTranslation("program.versions.saved-by"))
                .setAutoWidth(true);
        versions.addColumn(p -> p.getNote() == null ? "" : p.getNote())
                .setHeader(getTranslation("program.versions.why"))
                .setFlexGrow(1);
        versions.addColumn(Prescription::getPhase).setHeader("Phase").setAutoWidth(true);
        versions.addColumn(Texts::walking).setHeader("Walking").setAutoWidth(true);
        versions.addColumn(Prescription::getStretchSessionsPerDay)
                .setHeader("Stretch sessions")
                .setAutoWidth(true);
        versions.addColumn(p -> Texts.weekdays(p.getWeekdays()))
                .setHeader("Days")
                .setAutoWidth(true);
        versions.addColumn(p -> Texts.exercises(p, overview))
                .setHeader("Exercises")
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

    private Component actions(ProgramOverview overview) {
        Program program = overview.program();
        Button tailor = new Button(
                "Tailor", click -> new TailorDialog(programs, library, patient, overview, this::changed).open());
        tailor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(tailor);
        if (program.getCurrentPhase() < program.getTemplate().phaseCount()) {
            Button advance = new Button(
                    "Advance phase", click -> new AdvancePhaseDialog(programs, patient, today(), this::changed).open());
            advance.setId("advance-phase");
            actions.add(advance);
        }
        if (program.getStatus() == ProgramStatus.PAUSED) {
            actions.add(new Button(
                    "Resume",
                    click -> confirmWithDate(
                            "Resume the program?",
                            "Sessions are prescribed again from this day.",
                            "Resume on",
                            today(),
                            "Resume",
                            false,
                            day -> programs.resume(patient.getId(), day))));
        } else {
            actions.add(new Button("Pause", click -> confirmPause()));
        }
        Button end = new Button(
                "End",
                click -> confirmWithDate(
                        "End the program?",
                        "Nothing is prescribed from this day on. The program and its history are kept.",
                        "Ends on",
                        today(),
                        "End program",
                        true,
                        day -> programs.end(patient.getId(), day)));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(end);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    private void confirmWithDate(
            String header,
            String text,
            String dateLabel,
            LocalDate date,
            String confirmText,
            boolean destructive,
            Consumer<LocalDate> action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        DatePicker day = new DatePicker(dateLabel, date);
        day.setRequired(true);
        VerticalLayout body = new VerticalLayout(new Paragraph(text), day);
        body.setPadding(false);
        confirm.setText(body);
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.setConfirmText(confirmText);
        if (destructive) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            if (day.getValue() == null) {
                notifyError("Choose a date.");
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
        dialog.setHeaderTitle("Pause the program?");
        dialog.setWidth("min(32rem, 100vw)");
        DatePicker day = new DatePicker("Pause from", today());
        day.setRequired(true);
        TextArea reason = new TextArea(getTranslation("program.pause.reason"));
        reason.setHelperText(getTranslation("program.pause.reason-help"));
        reason.setRequired(true);
        reason.setMaxLength(ProgramService.PAUSE_REASON_MAX);
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(
                new Paragraph(
                        "Nothing is prescribed from this day until you resume it; adherence is not counted meanwhile."),
                day,
                reason);
        body.setPadding(false);
        dialog.add(body);
        Button pause = new Button("Pause", click -> {
            day.setInvalid(false);
            reason.setInvalid(false);
            if (day.getValue() == null) {
                day.setErrorMessage("Choose a date.");
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
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), pause);
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
                            ? getTranslation("program.pauses.open", DATE.format(pause.getFromDate()))
                            : getTranslation(
                                    "program.pauses.closed",
                                    DATE.format(pause.getFromDate()),
                                    DATE.format(pause.getToDate()));
                    String why =
                            pause.getReason() == null ? getTranslation("program.pauses.no-reason") : pause.getReason();
                    list.add(new ListItem(when + ": " + why));
                });
        add(list);
    }

    private static void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Whether a version is in force today, only scheduled, past, or withdrawn by a phase change. */
    private static String standing(Prescription p, ProgramOverview overview) {
        if (overview.isWithdrawn(p)) {
            return "Withdrawn";
        }
        if (p.getEffectiveFrom().isAfter(overview.today())) {
            return "Scheduled";
        }
        Prescription inForce = overview.inForce();
        return inForce != null && inForce.getId() == p.getId() ? "In force" : "Past";
    }

    private static String status(Program program) {
        return switch (program.getStatus()) {
            case ACTIVE -> "Active";
            case PAUSED ->
                program.openPause()
                        .map(p -> "Paused since " + DATE.format(p.getFromDate())
                                + (p.getReason() == null ? "" : ". Why: " + p.getReason()))
                        .orElse("Paused");
            case ENDED -> "Ended";
        };
    }

    private static String describe(Prescription p, ProgramOverview overview) {
        String stretch = p.getStretchSessionsPerDay() == 0
                ? "no stretch sessions"
                : p.getStretchSessionsPerDay() + " stretch session" + (p.getStretchSessionsPerDay() == 1 ? "" : "s")
                        + " a day after a " + p.getWarmUpMinutes() + "-minute warm-up walk";
        return "From " + DATE.format(p.getEffectiveFrom()) + ": " + Texts.walking(p) + " a day, " + stretch + ". Days: "
                + Texts.weekdays(p.getWeekdays()) + ". Exercises: " + Texts.exercises(p, overview) + ".";
    }

    private static Paragraph line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("label");
        return new Paragraph(name, new Span(value));
    }
}
