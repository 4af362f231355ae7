package org.upright.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production install has no default account: the first admin comes from
 * UPRIGHT_ADMIN_EMAIL and UPRIGHT_ADMIN_PASSWORD, once, when no admin exists yet.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accountService;
    private final UserAccountRepository accounts;
    private final String email;
    private final String password;

    FirstAdmin(
            AccountService accountService,
            UserAccountRepository accounts,
            @Value("${upright.first-admin.email:}") String email,
            @Value("${upright.first-admin.password:}") String password) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No admin account exists. Set UPRIGHT_ADMIN_EMAIL and UPRIGHT_ADMIN_PASSWORD and restart "
                    + "to create the first one.");
            return;
        }
        accountService.createFirstAdmin(email, "Administrator", password);
        log.info("Created the first admin account, {}", email);
    }
}
