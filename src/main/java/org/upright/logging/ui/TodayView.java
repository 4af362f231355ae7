package org.upright.logging.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.security.Role;

@Route("today")
@PageTitle("Today · Upright")
@Menu(title = "Today", order = 10, icon = "vaadin:sun-o")
@RolesAllowed(Role.PATIENT_ROLE)
class TodayView extends VerticalLayout {

    TodayView() {
        add(new H2("Today"));
    }
}
