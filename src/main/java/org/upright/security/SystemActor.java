package org.upright.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
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
    private final SecurityContextHolderStrategy holder;

    // The context's own strategy bean, which method security also reads: with several application
    // contexts in one JVM (tests), the static holder belongs to whichever context started last.
    SystemActor(UserAccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.accounts = accounts;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional(readOnly = true)
    public AccountPrincipal principalOf(long accountId) {
        return new AccountPrincipal(accounts.findById(accountId).orElseThrow(), false);
    }

    public <T> T runAs(AccountPrincipal principal, Supplier<T> work) {
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        holder.setContext(context);
        try {
            return work.get();
        }
        finally {
            holder.setContext(previous);
        }
    }

    public void runAs(AccountPrincipal principal, Runnable work) {
        runAs(principal, () -> {
            work.run();
            return null;
        });
    }
}
