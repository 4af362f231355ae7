package org.upright.logging;

import java.time.LocalDate;
import java.util.List;
import org.upright.program.ProgramSpan;

/**
 * How many prescribed days in a row are done, ending today: a rule of the figures module, which
 * implements this, so that Today shows the same streak as the dashboards without logging depending
 * on the module that reads its rows.
 */
public interface StreakRule {

    int streak(ProgramSpan span, List<DayActivity> days, LocalDate today);
}
