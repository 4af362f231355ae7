package org.upright.adherence.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.adherence.DashboardService;
import org.upright.patient.PatientService;
import org.upright.security.Role;

/** The signed-in patient's own charts and streak. */
@Route("progress")
@Menu(title = "adherence.progress.menu", order = 30, icon = "vaadin:chart-line")
@RolesAllowed(Role.PATIENT_ROLE)
class MyProgressView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("adherence.progress.page-title");
    }

    MyProgressView(DashboardService dashboards, PatientService patients) {
        setMaxWidth("900px");
        add(new PatientDashboard(dashboards, patients.self().getId(), false));
    }
}
