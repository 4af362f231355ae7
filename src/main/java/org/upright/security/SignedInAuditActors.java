package org.upright.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.upright.audit.AuditActors;

/** The signed-in account as the audit trail names it: staff by e-mail, a patient by account id only. */
@Component
class SignedInAuditActors implements AuditActors {

    private final CurrentUser currentUser;

    SignedInAuditActors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Actor> current() {
        return currentUser
                .find()
                .map(p -> new Actor(
                        p.accountId(),
                        p.role() == Role.PATIENT ? null : p.getUsername(),
                        p.role().name()));
    }
}
