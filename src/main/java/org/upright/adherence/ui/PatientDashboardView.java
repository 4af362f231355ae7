package org.upright.adherence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.upright.adherence.DashboardService;
import org.upright.base.NotFoundException;
import org.upright.base.RendersEachEntry;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;
import org.upright.patient.PatientService;
import org.upright.security.Role;

/** A patient's full dashboard for their therapist (or an admin). */
@Route("patients/:patientId/dashboard")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class PatientDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, RendersEachEntry {

    @Override
    public String getPageTitle() {
        return getTranslation("adherence.patient-dashboard.page-title");
    }

    private final DashboardService dashboards;
    private final PatientService patients;
    private final List<PatientSection> contributed;

    PatientDashboardView(DashboardService dashboards, PatientService patients, List<PatientSection> contributed) {
        this.dashboards = dashboards;
        this.patients = patients;
        this.contributed = contributed.stream()
                .filter(s -> s.shownOn(PatientSection.Place.DASHBOARD))
                .sorted(java.util.Comparator.comparingInt(PatientSection::order))
                .toList();
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("patientId").orElse(""));
            Patient patient = patients.get(id);
            String name = patient.getFullName();
            String patientPage = "patients/" + id;
            add(
                    new H2(getTranslation("adherence.patient-dashboard.heading", name)),
                    new Anchor(patientPage, getTranslation("adherence.patient-dashboard.back", name)));
            add(new PatientDashboard(dashboards, id, true));
            contributed.forEach(section -> add(section.create(patient)));
        } catch (NumberFormatException | NotFoundException ex) {
            removeAll();
            add(
                    new H2(getTranslation("adherence.patient-dashboard.title")),
                    new Paragraph(getTranslation(NotFoundException.KEY)));
        }
    }
}
