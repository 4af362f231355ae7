package org.upright.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.upright.security.AccountService;

/**
 * Someone signed in with a one-time password goes to "Change password" whatever page they open,
 * until they have chosen their own.
 */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final AccountService accountService;

    MustChangePasswordGuard(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Class<?> target = enter.getNavigationTarget();
                    if (target != ChangePasswordView.class
                            && target != LoginView.class
                            && accountService.mustChangePassword()) {
                        enter.forwardTo(ChangePasswordView.class);
                    }
                }));
    }
}
