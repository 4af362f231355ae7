package org.upright.logging;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.upright.program.DayPlan;

/**
 * What the patient's Today page shows: the plan in force (null on a rest day, during a pause or
 * without a program), what is done today, the streak, and the exercises that were too
 * uncomfortable the last time they came up.
 */
public record TodayOverview(
        LocalDate today,
        boolean hasProgram,
        boolean paused,
        @Nullable DayPlan plan,
        List<LoggedSession> done,
        int streak,
        Set<Long> tooUncomfortableLastTime) {

    public long walksDone() {
        return done.stream().filter(s -> s.kind() == SessionKind.WALK).count();
    }

    public long stretchSessionsDone() {
        return done.stream().filter(s -> s.kind() == SessionKind.STRETCH).count();
    }
}
