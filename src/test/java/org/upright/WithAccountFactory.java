package org.upright;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.upright.security.AccountPrincipal;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

public class WithAccountFactory implements WithSecurityContextFactory<WithAccount> {

    /** The account of the running test, for assertions about it. */
    static final ThreadLocal<UserAccount> current = new ThreadLocal<>();

    @Autowired
    TestAccounts testAccounts;

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
        return context;
    }

    public static UserAccount account() {
        return current.get();
    }
}
