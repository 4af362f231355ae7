package org.upright.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs work as a given account outside a web request (demo data, scheduled jobs), so that it
 * passes through the same service checks and leaves the same audit trail as a user would.
 */
@Component
public class SystemActor {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy contexts;

    // the strategy of this application context, the one method security reads: the static holder
    // may belong to another context when tests start several in one JVM
    SystemActor(UserAccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.accounts = accounts;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional(readOnly = true)
    public AccountPrincipal principalOf(long accountId) {
        return new AccountPrincipal(accounts.findById(accountId).orElseThrow(), false);
    }

    public <T> T runAs(AccountPrincipal principal, Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void runAs(AccountPrincipal principal, Runnable work) {
        runAs(principal, () -> {
            work.run();
            return null;
        });
    }
}
