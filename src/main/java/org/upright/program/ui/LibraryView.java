package org.upright.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.upright.media.ExerciseIllustration;
import org.upright.media.ExerciseMediaEditor;
import org.upright.patient.Contraindication;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplatePhase;
import org.upright.program.TemplateService;
import org.upright.security.Role;

/** The exercise library and the program templates; the clinic adds exercises and its own templates. */
@Route("library")
@PageTitle("Program library · Upright")
@Menu(title = "Program library", order = 30, icon = "vaadin:book")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class LibraryView extends VerticalLayout {

    private final ExerciseLibrary library;
    private final TemplateService templateService;
    final Grid<Exercise> exercises = new Grid<>(Exercise.class, false);
    final VerticalLayout templates = new VerticalLayout();
    final Button addExercise = new Button("Add exercise", VaadinIcon.PLUS.create());

    LibraryView(ExerciseLibrary library, TemplateService templateService) {
        this.library = library;
        this.templateService = templateService;
        setMaxWidth("80rem");
        exercises
                .addComponentColumn(LibraryView::icon)
                .setHeader("")
                .setWidth("4rem")
                .setFlexGrow(0);
        exercises.addColumn(Exercise::getName).setHeader("Exercise").setAutoWidth(true);
        exercises.addColumn(e -> Texts.kind(e.getKind())).setHeader("Kind").setAutoWidth(true);
        exercises.addColumn(LibraryView::defaultDose).setHeader("Default dose").setAutoWidth(true);
        exercises
                .addColumn(e -> e.getContraindications().isEmpty()
                        ? "—"
                        : e.getContraindications().stream()
                                .map(Contraindication::labelOf)
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .setHeader("Not with")
                .setAutoWidth(true);
        exercises
                .addColumn(e -> e.isBuiltIn() ? "Built in" : "Clinic")
                .setHeader("Source")
                .setAutoWidth(true);
        exercises.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            Div details = new Div(ExerciseIllustration.of(e.getCode()), new Paragraph(e.getInstructions()));
            if (e.getCautions() != null) {
                details.add(new Paragraph("Take care: " + e.getCautions()));
            }
            details.add(ExerciseMediaEditor.forExercise(e.getId(), e.getName()));
            return details;
        }));
        exercises.setAllRowsVisible(true);
        addExercise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addExercise.addClickListener(click -> new AddExerciseDialog(library, this::refresh).open());
        templates.setPadding(false);

        HorizontalLayout exerciseHeader = new HorizontalLayout(new H3("Exercises"), addExercise);
        exerciseHeader.setAlignItems(Alignment.BASELINE);
        add(
                exerciseHeader,
                new Paragraph("Select an exercise to read its instructions and cautions."),
                exercises,
                new H3("Templates"),
                templates);
        refresh();
    }

    private void refresh() {
        exercises.setItems(library.all());
        templates.removeAll();
        for (ProgramTemplate template : templateService.templates()) {
            templates.add(templateCard(template));
        }
    }

    private Component templateCard(ProgramTemplate template) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("template-card");
        card.setPadding(false);
        card.add(new H4(template.getName() + (template.isBuiltIn() ? " (built in)" : "")));
        if (template.getDescription() != null) {
            card.add(new Paragraph(template.getDescription()));
        }
        UnorderedList phases = new UnorderedList();
        for (TemplatePhase phase : template.getPhases()) {
            String exercisesText = phase.getExercises().isEmpty()
                    ? "walking only"
                    : phase.getExercises().stream()
                            .map(te -> te.getExercise().getName() + " ("
                                    + Texts.dose(te.getHoldSeconds(), te.getReps(), te.getSets()) + ")")
                            .collect(Collectors.joining(", "));
            phases.add(new ListItem("Phase " + phase.getPhaseNumber() + ", " + phase.getName() + ": at least "
                    + phase.getMinDays() + " days; " + phase.getWalksPerDay() + " walks × " + phase.getMinutesPerWalk()
                    + " min a day; " + phase.getStretchSessionsPerDay() + " stretch sessions"
                    + (phase.getStretchSessionsPerDay() > 0
                            ? " after a " + phase.getWarmUpMinutes() + "-minute warm-up"
                            : "")
                    + "; " + exercisesText + "."));
        }
        HorizontalLayout actions = new HorizontalLayout(new Button(
                "Duplicate template",
                VaadinIcon.COPY.create(),
                click -> new DuplicateTemplateDialog(templateService, template, this::refresh).open()));
        actions.setWrap(true);
        if (!template.isBuiltIn()) {
            actions.add(new Button("Edit exercises", VaadinIcon.EDIT.create(), click -> openEditExercises(template)));
        }
        card.add(phases, actions);
        return card;
    }

    /** Which exercises each phase holds, with their doses. */
    void openEditExercises(ProgramTemplate template) {
        new TemplateExercisesDialog(templateService, library, template, this::refresh).open();
    }

    private static Component icon(Exercise exercise) {
        String name = exercise.getIcon() == null ? "vaadin:circle-thin" : exercise.getIcon();
        Icon icon = new Icon(name);
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static String defaultDose(Exercise e) {
        if (e.getDefaultMinutes() != null) {
            return e.getDefaultMinutes() + " min";
        }
        if (e.getDefaultHoldSeconds() == null && e.getDefaultReps() == null && e.getDefaultSets() == null) {
            return "—";
        }
        return Texts.dose(e.getDefaultHoldSeconds(), e.getDefaultReps(), e.getDefaultSets());
    }
}
