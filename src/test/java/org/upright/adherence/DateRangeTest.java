package org.upright.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.adherence.Fixtures.march;

import org.junit.jupiter.api.Test;
import org.upright.program.Pause;

class DateRangeTest {

    @Test
    void the_last_seven_days_end_with_today_and_exclude_tomorrow() {
        // Today Mon 10: 10 − 7 + 1 = Tue 4, up to (not including) Tue 11.
        var range = DateRange.lastDays(march(10), 7);

        assertThat(range).isEqualTo(new DateRange(march(4), march(11)));
        assertThat(range.dates()).hasSize(7).startsWith(march(4)).endsWith(march(10));
    }

    @Test
    void the_last_seven_finished_days_are_yesterday_and_the_six_before() {
        // Today Mon 10: Mon 3 … Sun 9; today is unfinished and is not in the range.
        var range = DateRange.finishedDaysBefore(march(10), 7);

        assertThat(range.dates())
                .hasSize(7)
                .startsWith(march(3))
                .endsWith(march(9))
                .doesNotContain(march(10));
    }

    @Test
    void a_single_day_range_holds_that_day_only() {
        assertThat(DateRange.of(march(3)).dates()).containsExactly(march(3));
    }

    @Test
    void a_range_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new DateRange(march(5), march(4))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pause_cannot_be_resumed_before_it_began() {
        assertThatThrownBy(() -> new Pause(march(5), march(4))).isInstanceOf(IllegalArgumentException.class);
    }
}
