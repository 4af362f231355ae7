package org.upright.outcome.ui;

import com.vaadin.flow.component.Component;
import org.upright.outcome.OutcomeService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/** The outcome scores on the therapist's patient dashboard, after the adherence figures. */
@org.springframework.stereotype.Component
class ScoresDashboardSection implements PatientSection {

    private final OutcomeService outcomes;

    ScoresDashboardSection(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.DASHBOARD;
    }

    @Override
    public Component create(Patient patient) {
        return new ScoresSection(outcomes.progress(patient.getId()));
    }
}
