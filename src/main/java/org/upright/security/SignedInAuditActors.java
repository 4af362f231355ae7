package org.upright.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.upright.audit.AuditActors;

/** The signed-in account as the audit trail names it: staff by e-mail, a patient by account id only. */
@Component
class SignedInAuditActors implements AuditActors {

    private final CurrentUser currentUser;
    private final AccountDirectory accounts;

    SignedInAuditActors(CurrentUser currentUser, AccountDirectory accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Map<Long, String> emailsOf(Collection<Long> accountIds) {
        return accounts.emailsOf(accountIds);
    }

    @Override
    public List<Long> withEmailContaining(String text) {
        return accounts.withEmailContaining(text, Role.PATIENT);
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
