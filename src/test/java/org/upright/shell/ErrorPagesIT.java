package org.upright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.WalkEntry;
import org.upright.security.AccountPrincipal;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** Addresses with ids that are not numbers, too large, missing or someone else's. */
@SpringBootTest
@ActiveProfiles("test")
class ErrorPagesIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    LoggingService logging;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listenToTheLog() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void signOut() {
        root.detachAppender(logged);
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_patient_address_that_is_not_a_number_too_large_or_foreign_shows_the_apps_own_page() {
        LoggingTestSetup.Made someoneElses = setup.patient(0, Set.of());
        signInAs(accounts.create(Role.THERAPIST));

        for (String id : new String[] {"zq9x", "9223372036854775808", "-1x", Long.toString(someoneElses.patientId())}) {
            assertNotFoundOrNotAllowed("patients/" + id, id);
        }
    }

    @Test
    void a_missing_or_foreign_log_id_on_the_walk_form_shows_the_apps_own_page() {
        LoggingTestSetup.Made owner = setup.patient(1, Set.of());
        LoggedSession foreign = accounts.as(
                owner.patientAccount(),
                () -> logging.logWalk(
                        WalkEntry.of("k" + System.nanoTime(), owner.today(java.time.Clock.systemUTC()), 30, 2, null)));
        LoggingTestSetup.Made me = setup.patient(1, Set.of());
        signInAs(me.patientAccount());

        for (String id : new String[] {"987654321098", Long.toString(foreign.id()), "zq9x", "99999999999999999999"}) {
            assertNotFoundOrNotAllowed("log-walk/" + id, id);
        }
    }

    private void assertNotFoundOrNotAllowed(String location, String raw) {
        logged.list.clear();
        UI.getCurrent().navigate(location);

        assertThat(getCurrentView().getElement().getTextRecursively())
                .as(location)
                .contains(NotFoundOrNotAllowedView.TITLE)
                .doesNotContain("Exception");
        assertThat(logged.list).as("log lines for " + location).allSatisfy(event -> {
            assertThat(event.getThrowableProxy()).as("a stack trace in the log").isNull();
            assertThat(event.getFormattedMessage()).doesNotContain(raw);
        });
    }

    private void signInAs(UserAccount account) {
        AccountPrincipal principal = accounts.principal(account);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        contexts.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
