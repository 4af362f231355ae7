package org.upright.program.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.upright.media.MediaService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ProgramService;
import org.upright.program.TemplateService;
import org.upright.security.CurrentUser;
import org.upright.security.Role;

/** The program comes first on the patient page; only the patient's therapist changes it, and not once archived. */
@org.springframework.stereotype.Component
class ProgramPatientSection implements PatientSection {

    private final ProgramService programs;
    private final TemplateService templates;
    private final ExerciseLibrary library;
    private final ExerciseTranslations translations;
    private final MediaService media;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgramPatientSection(
            ProgramService programs,
            TemplateService templates,
            ExerciseLibrary library,
            ExerciseTranslations translations,
            MediaService media,
            CurrentUser currentUser,
            Clock clock) {
        this.programs = programs;
        this.templates = templates;
        this.library = library;
        this.translations = translations;
        this.media = media;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.PATIENT_PAGE;
    }

    @Override
    public Component create(Patient patient) {
        boolean canChange = currentUser.is(Role.THERAPIST) && !patient.isArchived();
        return new ProgramSection(programs, templates, library, translations, media, patient, canChange, clock);
    }
}
