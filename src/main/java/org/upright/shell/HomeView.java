package org.upright.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.upright.security.AccountService;
import org.upright.security.CurrentUser;
import org.upright.security.Role;

/** Sends each role to its own landing page after sign-in. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final AccountService accountService;

    public HomeView(CurrentUser currentUser, AccountService accountService) {
        this.currentUser = currentUser;
        this.accountService = accountService;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accountService.mustChangePassword()) {
            event.forwardTo("account/password");
            return;
        }
        Role role = currentUser.require().role();
        event.forwardTo(landingPath(role));
    }

    public static String landingPath(Role role) {
        return switch (role) {
            case THERAPIST -> "caseload";
            case PATIENT -> "today";
            case ADMIN -> "admin/users";
        };
    }
}
