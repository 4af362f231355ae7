package org.upright.adherence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upright.logging.DayActivity;
import org.upright.logging.StreakRule;
import org.upright.program.ProgramSpan;

/** Today's streak is {@link ProgramFigures#streak}, the one the dashboards show. */
@Component
class StreakService implements StreakRule {

    @Override
    public int streak(ProgramSpan span, List<DayActivity> days, LocalDate today) {
        return new ProgramFigures(span, days).streak(today);
    }
}
