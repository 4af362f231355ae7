package org.upright.adherence.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.adherence.DashboardService;
import org.upright.patient.PatientService;
import org.upright.security.Role;

/** The signed-in patient's own charts and streak. */
@Route("progress")
@PageTitle("My progress · Upright")
@Menu(title = "My progress", order = 30, icon = "vaadin:chart-line")
@RolesAllowed(Role.PATIENT_ROLE)
class MyProgressView extends VerticalLayout {

    MyProgressView(DashboardService dashboards, PatientService patients) {
        setMaxWidth("900px");
        add(
                new H2("My progress"),
                new PatientDashboard(dashboards, patients.self().getId(), false));
    }
}
