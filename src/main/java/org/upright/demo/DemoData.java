package org.upright.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.base.db.EmbeddedDatabaseConfig;
import org.upright.security.AccountService;
import org.upright.security.Role;
import org.upright.security.SystemActor;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

/**
 * Demo accounts, patients and weeks of logs for trying Upright out. Only on the embedded
 * database, only into an empty one, and made through the same services the screens use.
 */
@Component
@Order(10)
@Conditional(EmbeddedDatabaseConfig.NoDatasourceUrl.class)
@ConditionalOnProperty(name = "upright.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "upright-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final SystemActor system;

    DemoData(UserAccountRepository accounts, AccountService accountService, SystemActor system) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        UserAccount admin = accountService.createFirstAdmin("admin@upright.demo", "Alex Admin", DEMO_PASSWORD);
        system.runAs(system.principalOf(admin.getId()), () -> {
            accountService.createStaff("therapist@upright.demo", "Tara Therapist", Role.THERAPIST, DEMO_PASSWORD);
            accountService.createStaff("sam.physio@upright.demo", "Sam Physio", Role.THERAPIST, DEMO_PASSWORD);
        });
        log.info("Loaded demo data; sign in as therapist@upright.demo with password {}", DEMO_PASSWORD);
    }
}
