package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.mail.Recipient;
import org.upright.mail.RenderedMessage;
import org.upright.program.ProgramService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * A reminder is due exactly on prescribed days whose plan is not yet done, at the chosen time on the
 * patient's own clock: two time zones, a pause, a day already done, a second time of day.
 */
@IntegrationTest
class DueRemindersIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    DueReminders due;

    @Autowired
    ReminderQueries settings;

    @Autowired
    LogFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramService programs;

    @Autowired
    Clock clock;

    @Autowired
    ReminderTemplate template;

    @Autowired
    SecurityContextHolderStrategy contexts;

    UserAccount therapist;
    LocalDate start;
    // a day well after the start (the built-in phase 1: two walks every day, no stretches)
    LocalDate day;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        therapist = accounts.create(Role.THERAPIST);
        start = LocalDate.now(clock).minusDays(20);
        day = LocalDate.now(clock).plusDays(30);
    }

    @Test
    void due_at_the_chosen_time_in_each_patients_own_zone_only() {
        long berta = patientAt(BERLIN, LocalTime.of(8, 0), null);
        long nora = patientAt(NEW_YORK, LocalTime.of(8, 0), null);

        assertThat(dueFor(at(day, 7, 59, BERLIN), berta, nora)).isEmpty();
        // 08:05 in Berlin is 02:05 in New York
        assertThat(dueFor(at(day, 8, 5, BERLIN), berta, nora))
                .containsExactly(new Expected(berta, day, 1, ReminderPart.WALK));
        // 08:05 in New York: Nora's turn; Berlin's 08:00 is hours past and not sent late
        assertThat(dueFor(at(day, 8, 5, NEW_YORK), berta, nora))
                .containsExactly(new Expected(nora, day, 1, ReminderPart.WALK));
        // the occasion names the patient's local day and slot: the outbox's key sends it once
        DueReminders.Due found = due.at(at(day, 8, 5, NEW_YORK)).stream()
                .filter(d -> d.patientId() == nora)
                .findFirst()
                .orElseThrow();
        assertThat(found.occasion()).isEqualTo(day + "#1");
    }

    @Test
    void a_day_already_done_gets_no_reminder_and_a_part_done_still_does() {
        long done = patientAt(BERLIN, LocalTime.of(18, 0), null);
        long half = patientAt(BERLIN, LocalTime.of(18, 0), null);
        fixture.walk(done, day, 30, null, null);
        fixture.walk(done, day, 30, null, null);
        fixture.walk(half, day, 30, null, null);

        assertThat(dueFor(at(day, 18, 1, BERLIN), done, half))
                .containsExactly(new Expected(half, day, 1, ReminderPart.WALK));
    }

    @Test
    void never_while_the_program_is_paused_and_again_once_it_is_resumed() {
        long paused = patientAt(BERLIN, LocalTime.of(9, 0), null);
        accounts.as(therapist, () -> programs.pause(paused, day.minusDays(1), "Away for a week"));

        assertThat(dueFor(at(day, 9, 1, BERLIN), paused)).isEmpty();
        assertThat(dueFor(at(day.plusDays(10), 9, 1, BERLIN), paused)).isEmpty();

        accounts.as(therapist, () -> programs.resume(paused, day.plusDays(2)));
        assertThat(dueFor(at(day.plusDays(1), 9, 1, BERLIN), paused)).isEmpty();
        assertThat(dueFor(at(day.plusDays(2), 9, 1, BERLIN), paused))
                .containsExactly(new Expected(paused, day.plusDays(2), 1, ReminderPart.WALK));
    }

    @Test
    void nothing_before_the_start_or_after_the_end_or_when_turned_off() {
        long ended = patientAt(BERLIN, LocalTime.of(9, 0), null);
        accounts.as(therapist, () -> programs.end(ended, day));
        assertThat(dueFor(at(day.minusDays(1), 9, 1, BERLIN), ended)).hasSize(1);
        assertThat(dueFor(at(day, 9, 1, BERLIN), ended)).isEmpty();
        assertThat(dueFor(at(start.minusDays(1), 9, 1, BERLIN), ended)).isEmpty();

        long off = patientAt(BERLIN, LocalTime.of(9, 0), null);
        settings.turnOff(off, Instant.now(clock));
        assertThat(dueFor(at(day, 9, 1, BERLIN), off)).isEmpty();
    }

    @Test
    void the_second_time_of_day_is_its_own_occasion() {
        long two = patientAt(NEW_YORK, LocalTime.of(19, 30), LocalTime.of(7, 0));

        assertThat(dueFor(at(day, 7, 10, NEW_YORK), two)).containsExactly(new Expected(two, day, 1, ReminderPart.WALK));
        assertThat(dueFor(at(day, 12, 0, NEW_YORK), two)).isEmpty();
        assertThat(dueFor(at(day, 19, 45, NEW_YORK), two))
                .containsExactly(new Expected(two, day, 2, ReminderPart.WALK));
    }

    @Test
    void a_reminder_says_that_a_questionnaire_waits_without_naming_it() {
        // the standard schedule asks the disability index every two weeks; the one of day 42 is not answered
        long waiting = patientAt(BERLIN, LocalTime.of(8, 0), null);
        DueReminders.Due found = due.at(at(day, 8, 5, BERLIN)).stream()
                .filter(d -> d.patientId() == waiting)
                .findFirst()
                .orElseThrow();
        assertThat(found.questionnaire()).isTrue();

        RenderedMessage message = template.render(
                new Recipient(found.accountId(), "someone@example.org", "Someone", Locale.ENGLISH, true),
                Map.of("part", found.part().name(), "patient", String.valueOf(waiting), "questionnaire", "true"),
                Locale.ENGLISH);
        assertThat(message.text()).contains("A short questionnaire is waiting for you in the app too.");
        assertThat(message.text() + message.html())
                .doesNotContainIgnoringCase("disability")
                .doesNotContain("NDI");
        RenderedMessage without = template.render(
                new Recipient(found.accountId(), "someone@example.org", "Someone", Locale.ENGLISH, true),
                Map.of("part", found.part().name(), "patient", String.valueOf(waiting), "questionnaire", "false"),
                Locale.ENGLISH);
        assertThat(without.text()).doesNotContain("questionnaire");
    }

    record Expected(long patientId, LocalDate day, int slot, ReminderPart part) {}

    private long patientAt(ZoneId zone, LocalTime first, LocalTime second) {
        long id = fixture.patientWithProgram(therapist, "Rem", zone.getId(), start);
        settings.save(id, true, new ReminderTimes(first, second), Instant.now(clock));
        return id;
    }

    private List<Expected> dueFor(Instant now, Long... patientIds) {
        Set<Long> ids = Set.of(patientIds);
        return due.at(now).stream()
                .filter(d -> ids.contains(d.patientId()))
                .map(d -> new Expected(d.patientId(), d.day(), d.slot(), d.part()))
                .toList();
    }

    private static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }
}
