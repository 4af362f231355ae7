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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.upright.media.ExerciseIllustration;
import org.upright.media.ExerciseMediaEditor;
import org.upright.patient.Contraindication;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplatePhase;
import org.upright.program.TemplateService;
import org.upright.security.Role;

/** The exercise library and the program templates; the clinic adds exercises and its own templates. */
@Route("library")
@Menu(title = "program.library.menu", order = 30, icon = "vaadin:book")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private final ExerciseLibrary library;
    private final TemplateService templateService;
    private final ExerciseTranslations translations;
    // each exercise's words in the reader's language, read again with the library
    private final Map<Long, ExerciseText> texts = new HashMap<>();
    final Grid<Exercise> exercises = new Grid<>(Exercise.class, false);
    final VerticalLayout templates = new VerticalLayout();
    final Button addExercise = new Button(getTranslation("program.library.add"), VaadinIcon.PLUS.create());

    LibraryView(ExerciseLibrary library, TemplateService templateService, ExerciseTranslations translations) {
        this.library = library;
        this.templateService = templateService;
        this.translations = translations;
        setMaxWidth("80rem");
        exercises
                .addComponentColumn(LibraryView::icon)
                .setHeader("")
                .setWidth("4rem")
                .setFlexGrow(0);
        exercises
                .addColumn(e -> text(e).name())
                .setHeader(getTranslation("program.library.column.exercise"))
                .setAutoWidth(true);
        exercises
                .addColumn(e -> Texts.kind(e.getKind()))
                .setHeader(getTranslation("program.library.column.kind"))
                .setAutoWidth(true);
        exercises
                .addColumn(LibraryView::defaultDose)
                .setHeader(getTranslation("program.library.column.dose"))
                .setAutoWidth(true);
        exercises
                .addColumn(e -> e.getContraindications().isEmpty()
                        ? "—"
                        : e.getContraindications().stream()
                                .map(code -> Contraindication.of(code)
                                        .map(c -> getTranslation(c.messageKey()))
                                        .orElse(code))
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("program.library.column.not-with"))
                .setAutoWidth(true);
        exercises
                .addColumn(e -> getTranslation(
                        e.isBuiltIn() ? "program.library.source.built-in" : "program.library.source.clinic"))
                .setHeader(getTranslation("program.library.column.source"))
                .setAutoWidth(true);
        exercises.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            ExerciseText text = text(e);
            Div details = new Div(ExerciseIllustration.of(e.getCode()), new Paragraph(text.instructions()));
            if (text.cautions() != null) {
                details.add(new Paragraph(getTranslation("program.library.take-care", text.cautions())));
            }
            details.add(ExerciseMediaEditor.forExercise(e.getId(), e.getName()));
            return details;
        }));
        exercises.setAllRowsVisible(true);
        addExercise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addExercise.addClickListener(click -> new AddExerciseDialog(library, this::refresh).open());
        templates.setPadding(false);

        HorizontalLayout exerciseHeader =
                new HorizontalLayout(new H3(getTranslation("program.library.exercises")), addExercise);
        exerciseHeader.setAlignItems(Alignment.BASELINE);
        add(
                exerciseHeader,
                new Paragraph(getTranslation("program.library.hint")),
                exercises,
                new H3(getTranslation("program.library.templates")),
                templates);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.library.page-title");
    }

    private ExerciseText text(Exercise exercise) {
        ExerciseText text = texts.get(exercise.getId());
        return text != null
                ? text
                : new ExerciseText(exercise.getName(), exercise.getInstructions(), exercise.getCautions());
    }

    private void refresh() {
        var all = library.all();
        texts.clear();
        texts.putAll(translations.textsOf(all, getLocale()));
        exercises.setItems(all);
        templates.removeAll();
        for (ProgramTemplate template : templateService.templates()) {
            templates.add(templateCard(template));
        }
    }

    private Component templateCard(ProgramTemplate template) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("template-card");
        card.setPadding(false);
        card.add(new H4(
                template.isBuiltIn()
                        ? getTranslation("program.library.template-built-in", template.getName())
                        : template.getName()));
        if (template.getDescription() != null) {
            card.add(new Paragraph(template.getDescription()));
        }
        UnorderedList phases = new UnorderedList();
        for (TemplatePhase phase : template.getPhases()) {
            String exercisesText = phase.getExercises().isEmpty()
                    ? getTranslation("program.library.walking-only")
                    : phase.getExercises().stream()
                            .map(te -> getTranslation(
                                    "program.exercise.item",
                                    text(te.getExercise()).name(),
                                    Texts.dose(te.getHoldSeconds(), te.getReps(), te.getSets())))
                            .collect(Collectors.joining(", "));
            phases.add(new ListItem(getTranslation(
                    "program.library.phase",
                    phase.getPhaseNumber(),
                    phase.getName(),
                    phase.getMinDays(),
                    Texts.walking(phase.getWalksPerDay(), phase.getMinutesPerWalk()),
                    getTranslation(
                            "program.library.stretch", phase.getStretchSessionsPerDay(), phase.getWarmUpMinutes()),
                    exercisesText)));
        }
        HorizontalLayout actions = new HorizontalLayout(new Button(
                getTranslation("program.library.duplicate"),
                VaadinIcon.COPY.create(),
                click -> new DuplicateTemplateDialog(templateService, template, this::refresh).open()));
        actions.setWrap(true);
        if (!template.isBuiltIn()) {
            actions.add(new Button(
                    getTranslation("program.library.edit-exercises"),
                    VaadinIcon.EDIT.create(),
                    click -> openEditExercises(template)));
        }
        card.add(phases, actions);
        return card;
    }

    /** Which exercises each phase holds, with their doses. */
    void openEditExercises(ProgramTemplate template) {
        new TemplateExercisesDialog(templateService, library, e -> text(e).name(), template, this::refresh).open();
    }

    private static Component icon(Exercise exercise) {
        String name = exercise.getIcon() == null ? "vaadin:circle-thin" : exercise.getIcon();
        Icon icon = new Icon(name);
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static String defaultDose(Exercise e) {
        if (e.getDefaultMinutes() != null) {
            return Texts.t("program.dose.minutes", e.getDefaultMinutes());
        }
        if (e.getDefaultHoldSeconds() == null && e.getDefaultReps() == null && e.getDefaultSets() == null) {
            return "—";
        }
        return Texts.dose(e.getDefaultHoldSeconds(), e.getDefaultReps(), e.getDefaultSets());
    }
}
