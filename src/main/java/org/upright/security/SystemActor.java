package org.upright.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs work as a given account outside a web request (demo data, scheduled jobs), so that it
 * passes through the same service checks and leaves the same audit trail as a user would.
 */
@Component
public class SystemActor {

    private final UserAccountRepository accounts;

    SystemActor(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public AccountPrincipal principalOf(long accountId) {
        return new AccountPrincipal(accounts.findById(accountId).orElseThrow(), false);
    }

    public <T> T runAs(AccountPrincipal principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void runAs(AccountPrincipal principal, Runnable work) {
        runAs(principal, () -> {
            work.run();
            return null;
        });
    }
}
