package org.upright.adherence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One day for calendars and charts: {@code credited} = min(w, W) + min(s, S) and {@code due} = W + S,
 * both 0 when nothing is prescribed; {@code discomfort} is the day's mean after-session rating.
 */
public record DayFigures(LocalDate date, @Nullable Prescribed prescribed, int credited, int due,
                         int walkMinutes, @Nullable Double discomfort) {
}
