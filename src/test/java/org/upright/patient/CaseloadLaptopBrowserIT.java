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

/** The caseload on a 1366 × 768 laptop: every header and cell shows its whole text, nothing scrolls sideways. */
class CaseloadLaptopBrowserIT extends BrowserTest {

    static final String ZONE = "Europe/Berlin";

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Test
    void at_1366_px_no_header_or_cell_of_the_caseload_is_cut() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        LocalDate today = fixture.today(ZONE);
        long rising = fixture.patientWithProgram(therapist, "Maximiliane-Alexandra", ZONE, today.minusDays(30));
        for (int d = 20; d >= 1; d--) {
            fixture.walk(rising, today.minusDays(d), 30, d > 8 ? 2 : 6, null);
        }
        fixture.patientWithProgram(therapist, "Bo", ZONE, today.minusDays(3));

        page.setViewportSize(1366, 768);
        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("caseload");
        page.locator(
                        "vaadin-grid.caseload-grid vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Maximiliane-Alexandra"))
                .first()
                .waitFor();
        screenshot("caseload-1366");

        Object horizontal = page.evaluate("""
            () => { const t = document.querySelector('vaadin-grid.caseload-grid').$.table;
                    return t.scrollWidth - t.clientWidth; }""");
        assertThat(((Number) horizontal).intValue())
                .as("sideways scroll of the grid")
                .isLessThanOrEqualTo(0);

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> cells = (java.util.Map<String, Object>) page.evaluate("""
            () => { const shown = [...document.querySelectorAll('vaadin-grid.caseload-grid > vaadin-grid-cell-content')]
                        .filter(c => c.getClientRects().length > 0 && c.textContent.trim() !== '');
                    return { checked: shown.length,
                             cut: shown.filter(c => c.scrollWidth > c.clientWidth + 1)
                                       .map(c => c.textContent.trim() + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ')') }; }""");
        // ten headers and the two patients' rows
        assertThat(((Number) cells.get("checked")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat((List<?>) cells.get("cut")).as("cut texts").isEmpty();
    }
}
