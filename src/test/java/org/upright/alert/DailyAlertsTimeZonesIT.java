package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * The daily rules run per patient in their own time zone: each patient once per local day, once their
 * local clock has passed 06:00, however often the job runs.
 */
@IntegrationTest
class DailyAlertsTimeZonesIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    AlertEvaluation evaluation;

    @Autowired
    LogFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void thisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @Test
    void each_patient_is_evaluated_once_per_local_day_after_six_in_their_own_zone() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        // a day far from today, so no other test's run of the job claims it first
        LocalDate day = LocalDate.now(clock).plusDays(400);
        long berlin = fixture.patientWithProgram(
                therapist, "Berta", BERLIN.getId(), LocalDate.now(clock).minusDays(20));
        long newYork = fixture.patientWithProgram(
                therapist, "Nora", NEW_YORK.getId(), LocalDate.now(clock).minusDays(20));

        // 06:30 in Berlin is 00:30 in New York: only Berta's day has begun for the rules
        Instant berlinMorning = day.atTime(LocalTime.of(6, 30)).atZone(BERLIN).toInstant();
        evaluation.dailyAt(berlinMorning);
        assertThat(runs(berlin)).containsExactly(day);
        assertThat(runs(newYork)).isEmpty();

        // 05:59 in New York: still too early there; Berlin is not evaluated twice on its day
        evaluation.dailyAt(day.atTime(LocalTime.of(5, 59)).atZone(NEW_YORK).toInstant());
        assertThat(runs(newYork)).isEmpty();
        assertThat(runs(berlin)).containsExactly(day);

        // 06:30 in New York: Nora's turn; run again the same local day and nobody is evaluated twice
        Instant newYorkMorning =
                day.atTime(LocalTime.of(6, 30)).atZone(NEW_YORK).toInstant();
        evaluation.dailyAt(newYorkMorning);
        evaluation.dailyAt(newYorkMorning.plusSeconds(900));
        assertThat(runs(newYork)).containsExactly(day);
        assertThat(runs(berlin)).containsExactly(day);

        // the next local day in Berlin begins a new run for Berta only
        evaluation.dailyAt(
                day.plusDays(1).atTime(LocalTime.of(6, 1)).atZone(BERLIN).toInstant());
        assertThat(runs(berlin)).containsExactly(day, day.plusDays(1));
        assertThat(runs(newYork)).containsExactly(day);
    }

    private List<LocalDate> runs(long patientId) {
        return jdbc
                .queryForList(
                        "SELECT local_date FROM alert_daily_run WHERE patient_id = ? ORDER BY local_date",
                        java.sql.Date.class,
                        patientId)
                .stream()
                .map(java.sql.Date::toLocalDate)
                .toList();
    }
}
