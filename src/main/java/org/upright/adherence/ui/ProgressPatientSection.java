package org.upright.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.upright.adherence.DashboardService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/** The patient's progress (the therapist's dashboard) on the patient page, after the program. */
@org.springframework.stereotype.Component
class ProgressPatientSection implements PatientSection {

    private final DashboardService dashboards;

    ProgressPatientSection(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.PATIENT_PAGE;
    }

    @Override
    public Component create(Patient patient) {
        H3 heading = new H3();
        heading.setText(heading.getTranslation("adherence.section.progress"));
        return new Div(heading, new PatientDashboard(dashboards, patient.getId(), true));
    }
}
