package org.upright.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.program.Pause;
import org.upright.program.ProgramSpan;

/** When scheduled questionnaires come due, from hand-worked dates. */
class OutcomeCalendarTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final ScheduleEntry STANDARD = new ScheduleEntry("NECK_DISABILITY", true, 2, true);

    final Questionnaire index = Instruments.disabilityIndex();

    @Test
    void at_the_start_the_start_occasion_is_due() {
        var due =
                OutcomeCalendar.latestDue(STANDARD, index, 7, running(), START).orElseThrow();
        assertThat(due.occasion().key()).isEqualTo("P7-START");
        assertThat(due.dueOn()).isEqualTo(START);
    }

    @Test
    void nothing_is_due_before_the_program_starts() {
        assertThat(OutcomeCalendar.latestDue(STANDARD, index, 7, running(), START.minusDays(1)))
                .isEmpty();
    }

    @Test
    void two_weeks_after_the_start_week_2_is_due_and_stays_the_latest_until_week_4() {
        var day14 = OutcomeCalendar.latestDue(STANDARD, index, 7, running(), START.plusDays(14))
                .orElseThrow();
        assertThat(day14.occasion().key()).isEqualTo("P7-W2");
        assertThat(day14.dueOn()).isEqualTo(START.plusDays(14));
        var day27 = OutcomeCalendar.latestDue(STANDARD, index, 7, running(), START.plusDays(27))
                .orElseThrow();
        assertThat(day27.occasion().key()).isEqualTo("P7-W2");
        var day28 = OutcomeCalendar.latestDue(STANDARD, index, 7, running(), START.plusDays(28))
                .orElseThrow();
        assertThat(day28.occasion().key()).isEqualTo("P7-W4");
    }

    @Test
    void on_and_after_the_end_the_end_occasion_is_due_and_no_later_periodic_one() {
        ProgramSpan ended = new ProgramSpan(START, START.plusDays(30), List.of(), List.of());
        var due = OutcomeCalendar.latestDue(STANDARD, index, 7, ended, START.plusDays(60))
                .orElseThrow();
        assertThat(due.occasion().key()).isEqualTo("P7-END");
        assertThat(due.dueOn()).isEqualTo(START.plusDays(30));
    }

    @Test
    void an_end_on_a_periodic_day_asks_once_for_the_end() {
        ProgramSpan ended = new ProgramSpan(START, START.plusDays(28), List.of(), List.of());
        var due = OutcomeCalendar.latestDue(STANDARD, index, 7, ended, START.plusDays(28))
                .orElseThrow();
        assertThat(due.occasion().key()).isEqualTo("P7-END");
    }

    @Test
    void a_questionnaire_that_rates_change_is_not_asked_at_the_start() {
        Questionnaire change = Instruments.globalChange();
        assertThat(OutcomeCalendar.latestDue(STANDARD, change, 7, running(), START.plusDays(3)))
                .isEmpty();
        assertThat(OutcomeCalendar.standard(List.of(index, change)))
                .containsExactly(
                        new ScheduleEntry("NECK_DISABILITY", true, 2, true),
                        new ScheduleEntry("GLOBAL_CHANGE", false, 2, true));
    }

    @Test
    void a_pause_covering_today_means_paused() {
        ProgramSpan paused = new ProgramSpan(START, null, List.of(), List.of(new Pause(START.plusDays(10), null)));
        assertThat(OutcomeCalendar.paused(paused, START.plusDays(9))).isFalse();
        assertThat(OutcomeCalendar.paused(paused, START.plusDays(10))).isTrue();
        assertThat(OutcomeCalendar.paused(null, START)).isFalse();
    }

    private static ProgramSpan running() {
        return new ProgramSpan(START, null, List.of(), List.of());
    }
}
