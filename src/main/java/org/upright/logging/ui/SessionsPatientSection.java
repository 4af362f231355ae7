package org.upright.logging.ui;

import com.vaadin.flow.component.Component;
import org.upright.logging.LoggingService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/** The patient's logged sessions on the therapist's patient page, after the progress charts. */
@org.springframework.stereotype.Component
class SessionsPatientSection implements PatientSection {

    private final LoggingService logging;

    SessionsPatientSection(LoggingService logging) {
        this.logging = logging;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.PATIENT_PAGE;
    }

    @Override
    public Component create(Patient patient) {
        return new SessionList(logging.history(patient.getId()));
    }
}
