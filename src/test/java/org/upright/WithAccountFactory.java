package org.upright;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.upright.security.AccountPrincipal;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

public class WithAccountFactory implements WithSecurityContextFactory<WithAccount> {

    /** The account of the running test, for assertions about it. */
    static final ThreadLocal<UserAccount> current = new ThreadLocal<>();

    @Autowired
    TestAccounts testAccounts;

    // this application context's strategy, which views and services read; with several contexts in
    // one test JVM (browser tests start their own), the static holder may belong to another one
    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    UserAccountRepository accounts;

    @Override
    public SecurityContext createSecurityContext(WithAccount annotation) {
        UserAccount account = testAccounts.create(annotation.value());
        if (annotation.mustChangePassword()) {
            account.setMustChangePassword(true);
            account = accounts.save(account);
        }
        current.set(account);
        AccountPrincipal principal = testAccounts.principal(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        // views and services of this context read its strategy; make it the JVM's too, whatever context ran before
        SecurityContextHolder.setContextHolderStrategy(contexts);
        contexts.setContext(context);
        return context;
    }

    public static UserAccount account() {
        return current.get();
    }
}
