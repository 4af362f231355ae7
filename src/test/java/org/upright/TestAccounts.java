package org.upright;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.security.AccountPrincipal;
import org.upright.security.Role;
import org.upright.security.SystemActor;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

/** Accounts for tests, each with a unique email so tests sharing one database never collide. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger counter = new AtomicInteger();

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SystemActor system;

    TestAccounts(UserAccountRepository accounts, PasswordEncoder encoder, SystemActor system) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.system = system;
    }

    @Transactional
    public UserAccount create(Role role) {
        String name = role.name().toLowerCase() + "-" + counter.incrementAndGet() + "-" + System.nanoTime();
        return accounts.save(
                new UserAccount(name + "@test.example", "Test " + name, encoder.encode(PASSWORD), role, Instant.now()));
    }

    public AccountPrincipal principal(UserAccount account) {
        return system.principalOf(account.getId());
    }

    /**
     * Signs the account in to each given strategy, as a browserless test of a view does: the test's UI
     * may read another strategy than this context's services (a browser test may have installed its own).
     */
    public void signIn(
            UserAccount account,
            org.springframework.security.core.context.SecurityContextHolderStrategy... strategies) {
        AccountPrincipal principal = principal(account);
        var authentication =
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities());
        for (var strategy : strategies) {
            strategy.getContext().setAuthentication(authentication);
        }
    }

    public <T> T as(UserAccount account, java.util.function.Supplier<T> work) {
        return system.runAs(principal(account), work);
    }

    public void as(UserAccount account, Runnable work) {
        system.runAs(principal(account), work);
    }
}
