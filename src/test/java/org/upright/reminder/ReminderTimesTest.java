package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.upright.base.InvalidInputException;
import org.upright.logging.DayActivity;
import org.upright.program.Prescribed;

class ReminderTimesTest {

    @Test
    void one_or_two_different_times_earliest_first() {
        assertThat(ReminderTimes.of(LocalTime.of(18, 0), LocalTime.of(8, 0)).slots())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(18, 0));
        assertThat(ReminderTimes.of(null, LocalTime.of(9, 30)).slots()).containsExactly(LocalTime.of(9, 30));
        assertThat(ReminderTimes.of(LocalTime.of(9, 30, 59), null).first()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void no_time_or_the_same_time_twice_is_refused_at_the_field() {
        assertThatThrownBy(() -> ReminderTimes.of(null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("first", "reminder.settings.error.none"));
        assertThatThrownBy(() -> ReminderTimes.of(LocalTime.of(8, 0), LocalTime.of(8, 0, 30)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("second", "reminder.settings.error.same"));
    }

    @Test
    void the_open_part_of_the_day_is_what_is_prescribed_and_not_yet_done() {
        var day = java.time.LocalDate.of(2026, 3, 2);
        Prescribed both = new Prescribed(2, 1, 30);
        assertThat(ReminderPart.open(null, DayActivity.none(day))).isNull();
        assertThat(ReminderPart.open(both, DayActivity.none(day))).isEqualTo(ReminderPart.PLAN);
        assertThat(ReminderPart.open(both, new DayActivity(day, 2, 0, 60, 0, 0)))
                .isEqualTo(ReminderPart.STRETCH);
        assertThat(ReminderPart.open(both, new DayActivity(day, 1, 1, 30, 3, 1)))
                .isEqualTo(ReminderPart.WALK);
        assertThat(ReminderPart.open(both, new DayActivity(day, 3, 1, 90, 3, 1)))
                .isNull();
    }
}
