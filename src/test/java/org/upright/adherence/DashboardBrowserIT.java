package org.upright.adherence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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

/** The dashboards in a real browser: charts drawn by Chart.js with the stored logs' figures. */
class DashboardBrowserIT extends BrowserTest {

    static final String ZONE = "America/Los_Angeles";

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Autowired
    DashboardService dashboards;

    @Autowired
    CaseloadFiguresService caseload;

    @Test
    void the_caseload_overview_and_a_patients_dashboard_show_charts_with_the_stored_figures() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        LocalDate t = fixture.today(ZONE);
        long cara = fixture.patientWithProgram(therapist, "Cara", ZONE, t.minusDays(20));
        long dan = fixture.patientWithProgram(therapist, "Dan", ZONE, t.minusDays(20));
        // Cara: both walks every day for the last 10 days, rated 3 → 7-day adherence 100 %
        for (int d = 9; d >= 0; d--) {
            fixture.walk(cara, t.minusDays(d), 30, 3, null);
            fixture.walk(cara, t.minusDays(d), 30, 3, d == 0 ? "Felt <i>great</i>" : null);
        }
        // Dan: one walk on T−6 only → 1 of 14 → lapsing
        fixture.walk(dan, t.minusDays(6), 25, 4, null);
        CaseloadFigures expected = accounts.as(therapist, caseload::myCaseload);
        PatientDashboardFigures caraFigures =
                accounts.as(therapist, () -> dashboards.dashboard(cara, PatientDashboardFigures.Period.FOUR_WEEKS));

        signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        open("caseload/overview");

        assertThat(page.locator("upright-chart#caseload-spread canvas")).isVisible();
        assertThat(page.locator("upright-chart#caseload-spread")).hasAttribute("data-points", "4");
        Object drawn = page.evaluate("() => document.querySelector('#caseload-spread').chart.data.datasets[0].data");
        assertThat(drawn.toString()).isEqualTo(List.of(0, 1, 0, 1).toString());
        assertThat(figure("patients")).hasText("2");
        assertThat(figure("adherent")).hasText(String.valueOf(expected.adherent()));
        assertThat(figure("lapsing")).hasText(String.valueOf(expected.lapsing()));
        assertThat(expected.adherent()).isEqualTo(1);
        assertThat(expected.lapsing()).isEqualTo(1);
        // "who needs me today": the lapsing patient first
        assertThat(page.locator("#caseload-attention vaadin-grid-cell-content a")
                        .first())
                .hasText("Dan Tester");
        screenshot("caseload-overview");

        open("patients/" + cara + "/dashboard");

        assertThat(page.locator("upright-chart#walking-chart canvas")).isVisible();
        assertThat(page.locator("upright-chart#discomfort-chart canvas")).isVisible();
        Object points =
                page.evaluate("() => document.querySelector('#walking-chart').chart.data.datasets[0].data.length");
        assertThat(((Number) points).intValue()).isEqualTo(28);
        Object minutes = page.evaluate(
                "() => document.querySelector('#walking-chart').chart.data.datasets[0].data.reduce((a, b) => a + b, 0)");
        // the period ends yesterday: T−9 … T−1, 9 days × 2 walks × 30 min; today is shown apart
        assertThat(((Number) minutes).intValue()).isEqualTo(540);
        Object rated = page.evaluate("() => document.querySelector('#discomfort-chart').chart.data.datasets[0].data"
                + ".filter(v => v !== null).length");
        assertThat(((Number) rated).intValue()).isEqualTo(9);
        assertThat(figure("today-so-far")).hasText("2 of 2 done");
        assertThat(figure("adherence")).hasText(Math.round(caraFigures.adherence() * 100) + " %");
        assertThat(figure("consistency")).hasText(Math.round(caraFigures.consistency() * 100) + " %");
        assertThat(figure("streak")).hasText("10 days");
        assertThat(page.locator(".calendar-day"))
                .hasCount(caraFigures.calendar().size());
        assertThat(page.locator(".calendar-day[data-date='" + t + "']")).hasAttribute("data-completion", "2/2");
        assertThat(page.locator(".notes")).containsText("Felt <i>great</i>");
        screenshot("patient-dashboard");
    }

    private com.microsoft.playwright.Locator figure(String key) {
        return page.locator("[data-figure='" + key + "']");
    }
}
