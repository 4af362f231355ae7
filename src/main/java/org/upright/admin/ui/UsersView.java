package org.upright.admin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.security.Role;

@Route("admin/users")
@PageTitle("Users · Upright")
@Menu(title = "Users", order = 10, icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends VerticalLayout {

    UsersView() {
        add(new H2("Users"));
    }
}
