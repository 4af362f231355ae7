package org.upright.patient.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.security.Role;

@Route("caseload")
@PageTitle("Caseload · Upright")
@Menu(title = "Caseload", order = 10, icon = "vaadin:users")
@RolesAllowed(Role.THERAPIST_ROLE)
class CaseloadView extends VerticalLayout {

    CaseloadView() {
        add(new H2("Caseload"));
    }
}
