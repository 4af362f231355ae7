package org.upright.outcome.ui;

import com.vaadin.flow.component.Component;
import org.upright.outcome.OutcomeService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;
import org.upright.security.CurrentUser;
import org.upright.security.Role;

/** "Outcome measures" on the therapist's patient page: the schedule, asking now, what is waiting. */
@org.springframework.stereotype.Component
class OutcomesPatientSection implements PatientSection {

    private final OutcomeService outcomes;
    private final CurrentUser currentUser;

    OutcomesPatientSection(OutcomeService outcomes, CurrentUser currentUser) {
        this.outcomes = outcomes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.PATIENT_PAGE;
    }

    @Override
    public Component create(Patient patient) {
        boolean canChange = currentUser.is(Role.THERAPIST) && !patient.isArchived();
        return new OutcomesSection(outcomes, patient.getId(), canChange);
    }
}
