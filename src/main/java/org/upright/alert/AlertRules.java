package org.upright.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.upright.adherence.DateRange;
import org.upright.adherence.ProgramFigures;

/**
 * The alert rules of PRODUCT.md as pure decisions over a patient's figures: what to raise, with
 * which cause. The cause names the occasion, so a rule that keeps firing for the same occasion
 * raises one alert, and an acknowledged alert fires again only for a new occasion.
 */
final class AlertRules {

    /** An alert to raise; {@code value} is the figure that fired it, shown as "latest value". */
    record Raise(AlertRule rule, String cause, String message, String value) {}

    private AlertRules() {}

    /** A rating at or above the critical threshold; the cause is the log. */
    static @Nullable Raise rating(long sessionLogId, @Nullable Integer rating, AlertThresholds t) {
        if (rating == null || rating < t.criticalRating()) {
            return null;
        }
        return new Raise(
                AlertRule.HIGH_RATING,
                "log-" + sessionLogId,
                "Discomfort rated " + rating + " of 10 after a session.",
                rating + " of 10");
    }

    /**
     * The 7-day mean is a meaningful rise over the baseline; the cause is the ISO week of today, so
     * a rise that lasts raises at most one alert a week.
     */
    static @Nullable Raise risingDiscomfort(ProgramFigures f, LocalDate today, AlertThresholds t) {
        OptionalDouble baseline = f.baseline();
        OptionalDouble mean = f.sevenDayMean(today);
        if (baseline.isEmpty()
                || mean.isEmpty()
                || mean.getAsDouble() <= baseline.getAsDouble()
                || !ProgramFigures.meaningfulChange(
                        baseline.getAsDouble(), mean.getAsDouble(), t.changePoints(), t.changePercent() / 100.0)) {
            return null;
        }
        return new Raise(
                AlertRule.RISING_DISCOMFORT,
                "week-" + isoWeek(today),
                String.format(
                        java.util.Locale.ROOT,
                        "Discomfort is rising: 7-day mean %.1f against a baseline of %.1f.",
                        mean.getAsDouble(),
                        baseline.getAsDouble()),
                String.format(java.util.Locale.ROOT, "7-day mean %.1f", mean.getAsDouble()));
    }

    /** Nothing done on the set number of prescribed days in a row; the cause is the first missed day of the run. */
    static @Nullable Raise missedDays(ProgramFigures f, LocalDate today, AlertThresholds t) {
        int missed = f.missedPrescribedDaysInARow(today);
        LocalDate first = f.missedRunStart(today);
        if (missed < t.missedDays() || first == null) {
            return null;
        }
        return new Raise(
                AlertRule.MISSED_DAYS,
                "from-" + first,
                "Nothing done on " + missed + " prescribed days in a row, since "
                        + first.format(DateTimeFormatter.ISO_DATE) + ".",
                missed + " days");
    }

    /** Adherence over the last 7 days below the threshold; the cause is the ISO week of today. */
    static @Nullable Raise lowAdherence(ProgramFigures f, LocalDate today, AlertThresholds t) {
        OptionalDouble adherence = f.adherence(DateRange.finishedDaysBefore(today, 7));
        if (adherence.isEmpty() || adherence.getAsDouble() * 100 >= t.lowAdherencePercent()) {
            return null;
        }
        return new Raise(
                AlertRule.LOW_ADHERENCE,
                "week-" + isoWeek(today),
                "Adherence over the last 7 days is " + Math.round(adherence.getAsDouble() * 100) + " %.",
                Math.round(adherence.getAsDouble() * 100) + " %");
    }

    /** The rules the daily job checks. */
    static List<Raise> daily(ProgramFigures f, LocalDate today, AlertThresholds t) {
        List<Raise> raises = new ArrayList<>();
        addIfPresent(raises, risingDiscomfort(f, today, t));
        addIfPresent(raises, missedDays(f, today, t));
        addIfPresent(raises, lowAdherence(f, today, t));
        return raises;
    }

    static String isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void addIfPresent(List<Raise> raises, @Nullable Raise raise) {
        if (raise != null) {
            raises.add(raise);
        }
    }
}
