package org.upright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;
import org.upright.outcome.OutcomeService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * Every page a patient, a therapist and an admin reach from their menu, and the pages before sign-in,
 * have one H1 that no H2 repeats, one main landmark, and a skip link that a keyboard user reaches
 * first and that moves focus into the main content.
 */
class EveryPageLandmarksBrowserIT extends BrowserTest {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OutcomeService outcomes;

    @Test
    void every_page_of_each_role_has_one_h1_one_main_and_a_working_skip_link() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        UserAccount admin = accounts.create(Role.ADMIN);

        List<String> problems = new ArrayList<>();
        // a questionnaire the therapist asked for: its page is reached from Today, not from the menu
        long request = accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "NECK_DISABILITY"));
        long draft = accounts.as(p.patientAccount(), () -> outcomes.open("NECK_DISABILITY", "R" + request))
                .id();
        problems.addAll(visitEveryMenuPage(p.patientAccount(), List.of("questionnaire/" + draft)));
        problems.addAll(visitEveryMenuPage(
                p.therapist(), List.of("patients/" + p.patientId(), "patients/" + p.patientId() + "/dashboard")));
        problems.addAll(visitEveryMenuPage(admin, List.of("patients/" + p.patientId())));
        assertThat(problems).isEmpty();
    }

    private List<String> visitEveryMenuPage(UserAccount account, List<String> more) {
        signIn(account.getEmail(), TestAccounts.PASSWORD);
        List<String> routes = new ArrayList<>();
        Object paths =
                page.locator("vaadin-side-nav-item").evaluateAll("items => items.map(i => i.getAttribute('path'))");
        for (Object path : (List<?>) paths) {
            routes.add(String.valueOf(path));
        }
        assertThat(routes).as("menu of " + account.getRole()).isNotEmpty();
        routes.addAll(more);
        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            String path = route.startsWith("/") ? route.substring(1) : route;
            open(path);
            page.locator("main#main-content > *").first().waitFor();
            String where = account.getRole() + " /" + path + ": ";
            screenshot(
                    "landmarks-" + account.getRole().name().toLowerCase() + "-" + path.replaceAll("[^a-z0-9]+", "-"));
            problems.addAll(landmarkProblems(where));
        }
        signOut();
        return problems;
    }

    @Test
    void the_pages_before_sign_in_have_one_h1_one_main_and_a_working_skip_link() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("login", "forgot-password", "set-password/no-such-link")) {
            open(path);
            page.locator("main#main-content > *").first().waitFor();
            screenshot("landmarks-signed-out-" + path.replace('/', '-'));
            problems.addAll(landmarkProblems("signed out /" + path + ": "));
        }
        assertThat(problems).isEmpty();
    }

    /** One non-empty H1 that no H2 repeats, one main landmark, and a skip link reached first that leads into it. */
    private List<String> landmarkProblems(String where) {
        List<String> problems = new ArrayList<>();
        int h1 = page.locator("h1").count();
        if (h1 != 1) {
            problems.add(where + h1 + " h1 elements");
        } else if (page.locator("h1").innerText().isBlank()) {
            problems.add(where + "the h1 is empty");
        } else {
            String title = page.locator("h1").innerText().strip();
            for (String h2 : page.locator("h2").allInnerTexts()) {
                if (h2.strip().equalsIgnoreCase(title)) {
                    problems.add(where + "an h2 repeats the h1 '" + title + "'");
                }
            }
        }
        int main = page.locator("main, [role=main]").count();
        if (main != 1) {
            problems.add(where + main + " main landmarks");
        }
        page.keyboard().press("Tab");
        Object first = page.evaluate("() => document.activeElement && document.activeElement.textContent");
        if (!"Skip to content".equals(first)) {
            problems.add(where + "Tab reached '" + first + "' before the skip link");
            return problems;
        }
        page.keyboard().press("Enter");
        Object inMain = page.evaluate("() => !!document.activeElement && !!document.activeElement.closest('main')");
        if (!Boolean.TRUE.equals(inMain)) {
            problems.add(where + "the skip link did not move focus into main");
        }
        return problems;
    }

    private void signOut() {
        page.context().clearCookies();
    }
}
