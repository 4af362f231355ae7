package org.upright.adherence.ui;

import com.vaadin.flow.component.Component;
import org.upright.adherence.DashboardService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/** The patient's own charts on their History page: walking minutes against the target, discomfort over time. */
@org.springframework.stereotype.Component
class OwnChartsSection implements PatientSection {

    private final DashboardService dashboards;

    OwnChartsSection(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.OWN_HISTORY;
    }

    @Override
    public Component create(Patient patient) {
        return new PatientDashboard(dashboards, patient.getId(), false);
    }
}
