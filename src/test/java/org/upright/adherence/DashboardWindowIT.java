package org.upright.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * The dashboard of a fixed period reads only its window of days (about 13 weeks) plus the days kept
 * by key; what reaches further back must still come out as if every day had been read: a walk every
 * day for 150 days, most of them before the program (a streak longer than the window), and a
 * baseline rated long before the window.
 */
@IntegrationTest
class DashboardWindowIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Autowired
    DashboardService dashboards;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    UserAccount therapist;
    LocalDate t;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        therapist = accounts.create(Role.THERAPIST);
        t = fixture.today("UTC");
    }

    @Test
    void a_streak_longer_than_the_window_and_an_old_baseline_are_the_same_as_with_every_day_read() {
        long cara = fixture.patientWithProgram(therapist, "Cara", "UTC", t.minusDays(89));
        for (int d = 150; d >= 1; d--) {
            fixture.walk(cara, t.minusDays(d), 30, d > 143 ? 4 : 1, null);
        }

        var twelveWeeks =
                accounts.as(therapist, () -> dashboards.dashboard(cara, PatientDashboardFigures.Period.TWELVE_WEEKS));
        var all = accounts.as(therapist, () -> dashboards.dashboard(cara, PatientDashboardFigures.Period.ALL));

        assertThat(twelveWeeks.streak()).isEqualTo(150).isEqualTo(all.streak());
        assertThat(twelveWeeks.baseline()).isEqualTo(4.0).isEqualTo(all.baseline());
        assertThat(twelveWeeks.sevenDayMean()).isEqualTo(1.0);
        assertThat(twelveWeeks.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(twelveWeeks.consistency()).isEqualTo(1.0);
        assertThat(twelveWeeks.days()).hasSize(84);
    }

    @Test
    void a_short_streak_is_counted_from_the_window_alone() {
        long dan = fixture.patientWithProgram(therapist, "Dan", "UTC", t.minusDays(60));
        for (int d = 110; d >= 106; d--) {
            fixture.walk(dan, t.minusDays(d), 30, 3, null);
        }
        for (int d = 4; d >= 1; d--) {
            fixture.walk(dan, t.minusDays(d), 30, 2, null);
        }

        var fourWeeks =
                accounts.as(therapist, () -> dashboards.dashboard(dan, PatientDashboardFigures.Period.FOUR_WEEKS));

        assertThat(fourWeeks.streak()).isEqualTo(4);
        // the baseline is the first 7 rated days, five of them long before the window
        assertThat(fourWeeks.baseline()).isEqualTo((5 * 3.0 + 2 * 2) / 7);
    }
}
