package org.upright.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.BrowserTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The caseload's sorters order the patients in the database, and the sort shown is the one applied. */
class CaseloadSortBrowserIT extends BrowserTest {

    static final String ZONE = "Europe/Berlin";

    /** The names of the rows as they stand on screen, top to bottom. */
    static final String NAMES_ON_SCREEN = """
        () => [...document.querySelectorAll('vaadin-grid.caseload-grid vaadin-grid-cell-content a')]
                .filter(a => a.getClientRects().length > 0)
                .sort((a, b) => a.getBoundingClientRect().y - b.getBoundingClientRect().y)
                .map(a => a.textContent.trim())""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Test
    void a_click_on_a_sorter_orders_the_caseload_by_that_column_and_a_second_click_reverses_it() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        LocalDate today = fixture.today(ZONE);
        fixture.patientWithProgram(therapist, "Alma", ZONE, today.minusDays(10));
        fixture.patientWithProgram(therapist, "Bruno", ZONE, today.minusDays(30));
        fixture.patientWithProgram(therapist, "Carla", ZONE, today.minusDays(3));

        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("caseload");
        awaitOrder(List.of("Alma Tester", "Bruno Tester", "Carla Tester"));
        assertThat(sorter("NAME").getAttribute("direction")).isEqualTo("asc");

        sorter("DAY_IN_PROGRAM").click();
        awaitOrder(List.of("Carla Tester", "Alma Tester", "Bruno Tester"));
        assertThat(sorter("DAY_IN_PROGRAM").getAttribute("direction")).isEqualTo("asc");
        assertThat(sorter("NAME").getAttribute("direction")).isNull();

        sorter("DAY_IN_PROGRAM").click();
        awaitOrder(List.of("Bruno Tester", "Alma Tester", "Carla Tester"));

        sorter("NAME").click();
        awaitOrder(List.of("Alma Tester", "Bruno Tester", "Carla Tester"));
        sorter("NAME").click();
        awaitOrder(List.of("Carla Tester", "Bruno Tester", "Alma Tester"));
        screenshot("caseload-sorted-by-name-descending");
    }

    private com.microsoft.playwright.Locator sorter(String path) {
        return page.locator("vaadin-grid.caseload-grid vaadin-grid-sorter[path=" + path + "]");
    }

    private void awaitOrder(List<String> names) {
        page.waitForFunction(
                "expected => JSON.stringify((" + NAMES_ON_SCREEN + ")()) === JSON.stringify(expected)", names);
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) page.evaluate(NAMES_ON_SCREEN);
        assertThat(shown).containsExactlyElementsOf(names);
    }
}
