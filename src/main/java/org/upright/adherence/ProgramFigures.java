package org.upright.adherence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.upright.logging.DayActivity;
import org.upright.program.Prescribed;
import org.upright.program.ProgramSpan;

/**
 * The figures of one program, computed literally from PRODUCT.md "Numbers, defined once".
 * All dates are the patient's local days; ranges are half-open.
 */
public final class ProgramFigures {

    /** Adherent means an adherence of at least 80 %. */
    public static final double ADHERENT = 0.80;

    private static final int MEAN_WINDOW_DAYS = 7;
    private static final int MEAN_MIN_RATED_DAYS = 3;
    private static final double MEANINGFUL_POINTS = 2;
    private static final double MEANINGFUL_FRACTION = 0.3;
    // Means of whole ratings can sit exactly on a threshold (e.g. 22/7 vs 11/5) yet miss it by binary rounding.
    private static final double EPSILON = 1e-9;

    private final ProgramSpan span;
    private final TreeMap<LocalDate, DayActivity> activity = new TreeMap<>();

    // the baseline as logging keeps it, when the activity given is a window and not the whole history
    private final @Nullable OptionalDouble knownBaseline;

    /** Several activities for the same date are added together; the baseline is computed from them. */
    public ProgramFigures(ProgramSpan span, Collection<DayActivity> activities) {
        this(span, activities, null);
    }

    /**
     * As {@link #ProgramFigures(ProgramSpan, Collection)} for a window of the activity, with the
     * baseline of the whole history as logging keeps it ({@code null}: compute it from the activity).
     */
    public ProgramFigures(
            ProgramSpan span, Collection<DayActivity> activities, @Nullable OptionalDouble knownBaseline) {
        this.span = span;
        this.knownBaseline = knownBaseline;
        for (DayActivity a : activities) {
            activity.merge(a.date(), a, DayActivity::plus);
        }
    }

    /** What is prescribed on {@code day}, or null when nothing is (see {@link ProgramSpan#prescribedOn}). */
    public @Nullable Prescribed prescribedOn(LocalDate day) {
        return span.prescribedOn(day);
    }

    /** Σ [min(w, W) + min(s, S)] ÷ Σ [W + S]; empty when nothing is prescribed in {@code range}. */
    public OptionalDouble adherence(DateRange range) {
        return ratio(range, ProgramFigures::credited, Prescribed::due);
    }

    /** Share of the days with something prescribed on which at least one session (of any kind) was done. */
    public OptionalDouble consistency(DateRange range) {
        return ratio(range, (p, a) -> a.sessions() > 0 ? 1 : 0, p -> 1);
    }

    /** Σ min(walk minutes, W × minutes per walk) ÷ Σ (W × minutes per walk); empty when the divisor is 0. */
    public OptionalDouble walkingDose(DateRange range) {
        return ratio(range, (p, a) -> Math.min(a.walkMinutes(), p.walkMinutes()), Prescribed::walkMinutes);
    }

    /**
     * Consecutive days with at least one session done, ending today, or yesterday when today has
     * nothing logged yet. Does not look at the prescription.
     */
    public int streak(LocalDate today) {
        LocalDate day = activityOn(today).sessions() > 0 ? today : today.minusDays(1);
        int streak = 0;
        while (activityOn(day).sessions() > 0) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Mean of the day's after-session ratings; empty when there are none. */
    public OptionalDouble dayDiscomfort(LocalDate day) {
        return discomfort(activityOn(day));
    }

    /** Mean of the day's discomfort over the first 7 days that have a rating; empty until 7 such days exist. */
    public OptionalDouble baseline() {
        return knownBaseline != null ? knownBaseline : DayActivity.baselineOf(activity.values());
    }

    /** Mean of the day's discomfort over today − 6 … today, over the days that have a rating; empty if fewer than 3 do. */
    public OptionalDouble sevenDayMean(LocalDate today) {
        double[] rated = DateRange.lastDays(today, MEAN_WINDOW_DAYS)
                .dates()
                .map(this::dayDiscomfort)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
        return rated.length < MEAN_MIN_RATED_DAYS
                ? OptionalDouble.empty()
                : Arrays.stream(rated).average();
    }

    /** The mean differs from the baseline by at least 2 points, or by at least 30 % of a non-zero baseline. */
    public static boolean meaningfulChange(double baseline, double mean) {
        return meaningfulChange(baseline, mean, MEANINGFUL_POINTS, MEANINGFUL_FRACTION);
    }

    /** As {@link #meaningfulChange(double, double)} with the clinic's own thresholds (points, fraction of baseline). */
    public static boolean meaningfulChange(double baseline, double mean, double points, double fraction) {
        double change = Math.abs(mean - baseline);
        return change >= points - EPSILON || (baseline != 0 && change >= fraction * baseline - EPSILON);
    }

    /**
     * The band of no meaningful change around a baseline. A change is meaningful when it reaches the
     * points OR the fraction of a non-zero baseline, so the band is the narrower of the two:
     * baseline ± min(points, fraction × baseline), or ± points for a baseline of 0. A 7-day mean on
     * or beyond an edge is a meaningful change, exactly as {@link #meaningfulChange} decides.
     */
    public static Band band(double baseline, double points, double fraction) {
        double half = baseline == 0 ? points : Math.min(points, fraction * baseline);
        return new Band(baseline - half, baseline + half);
    }

    /** The band with the defaults of PRODUCT.md: baseline ± min(2, 0.3 × baseline). */
    public static Band band(double baseline) {
        return band(baseline, MEANINGFUL_POINTS, MEANINGFUL_FRACTION);
    }

    /** Lower and upper edge of the band of no meaningful change. */
    public record Band(double low, double high) {}

    /** RISING or IMPROVING on a meaningful change up or down, else STABLE; UNKNOWN without baseline or 7-day mean. */
    public Trend trend(LocalDate today) {
        return trend(today, MEANINGFUL_POINTS, MEANINGFUL_FRACTION);
    }

    /** As {@link #trend(LocalDate)} with the clinic's own thresholds. */
    public Trend trend(LocalDate today, double points, double fraction) {
        OptionalDouble baseline = baseline();
        OptionalDouble mean = sevenDayMean(today);
        if (baseline.isEmpty() || mean.isEmpty()) {
            return Trend.UNKNOWN;
        }
        if (!meaningfulChange(baseline.getAsDouble(), mean.getAsDouble(), points, fraction)) {
            return Trend.STABLE;
        }
        return mean.getAsDouble() > baseline.getAsDouble() ? Trend.RISING : Trend.IMPROVING;
    }

    /**
     * Consecutive days, ending yesterday, that each had something prescribed and no session done.
     * Days with nothing prescribed (unticked weekdays, pauses) are skipped: they neither count nor
     * break the run, so "3 consecutive days" means 3 consecutive prescribed days. A prescribed day
     * with any session done ends the run, as does the program start.
     */
    public int missedPrescribedDaysInARow(LocalDate today) {
        int missed = 0;
        for (LocalDate day = today.minusDays(1); !day.isBefore(span.start()); day = day.minusDays(1)) {
            if (prescribedOn(day) == null) {
                continue;
            }
            if (activityOn(day).sessions() > 0) {
                break;
            }
            missed++;
        }
        return missed;
    }

    /**
     * The first day of the run counted by {@link #missedPrescribedDaysInARow(LocalDate)}, or null when
     * that run is empty. It names the run: the run grows day by day but keeps its first day.
     */
    public @Nullable LocalDate missedRunStart(LocalDate today) {
        LocalDate first = null;
        for (LocalDate day = today.minusDays(1); !day.isBefore(span.start()); day = day.minusDays(1)) {
            if (prescribedOn(day) == null) {
                continue;
            }
            if (activityOn(day).sessions() > 0) {
                break;
            }
            first = day;
        }
        return first;
    }

    /**
     * Adherence and consistency per ISO week (Monday to Sunday) for the weeks that {@code range}
     * touches, each a whole week: the range is widened to whole weeks. Only finished days count, so
     * the week that holds {@code today} counts the days before today and is marked unfinished; a week
     * that has not begun by today is left out. Empty figures where nothing was prescribed.
     */
    public List<WeekFigures> weeks(DateRange range, LocalDate today) {
        List<WeekFigures> weeks = new java.util.ArrayList<>();
        LocalDate lastDay = range.toExclusive().minusDays(1);
        LocalDate monday = range.from().minusDays(range.from().getDayOfWeek().getValue() - 1L);
        for (; !monday.isAfter(lastDay) && monday.isBefore(today); monday = monday.plusWeeks(1)) {
            LocalDate end = monday.plusWeeks(1);
            boolean unfinished = end.isAfter(today);
            DateRange part = new DateRange(monday, unfinished ? today : end);
            weeks.add(new WeekFigures(monday, adherence(part), consistency(part), unfinished));
        }
        return weeks;
    }

    /** One ISO week, named by its Monday; an unfinished week counts its finished days only. */
    public record WeekFigures(
            LocalDate monday, OptionalDouble adherence, OptionalDouble consistency, boolean unfinished) {}

    /** One entry per day of {@code range}, in order. */
    public List<DayFigures> days(DateRange range) {
        return range.dates().map(this::dayFigures).toList();
    }

    private DayFigures dayFigures(LocalDate day) {
        Prescribed prescribed = prescribedOn(day);
        DayActivity done = activityOn(day);
        OptionalDouble discomfort = discomfort(done);
        return new DayFigures(
                day,
                prescribed,
                prescribed == null ? 0 : credited(prescribed, done),
                prescribed == null ? 0 : prescribed.due(),
                done.walkMinutes(),
                discomfort.isPresent() ? discomfort.getAsDouble() : null);
    }

    private OptionalDouble ratio(
            DateRange range,
            ToIntBiFunction<Prescribed, DayActivity> numerator,
            ToIntFunction<Prescribed> denominator) {
        long sumNumerator = 0;
        long sumDenominator = 0;
        for (LocalDate day : (Iterable<LocalDate>) range.dates()::iterator) {
            Prescribed prescribed = prescribedOn(day);
            if (prescribed != null) {
                sumNumerator += numerator.applyAsInt(prescribed, activityOn(day));
                sumDenominator += denominator.applyAsInt(prescribed);
            }
        }
        return sumDenominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sumNumerator / sumDenominator);
    }

    /** Extra sessions never make up for a missed day: each kind is capped at what was prescribed. */
    private static int credited(Prescribed prescribed, DayActivity done) {
        return Math.min(done.walks(), prescribed.walks())
                + Math.min(done.stretchSessions(), prescribed.stretchSessions());
    }

    private static OptionalDouble discomfort(DayActivity done) {
        return done.discomfortCount() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) done.discomfortSum() / done.discomfortCount());
    }

    private DayActivity activityOn(LocalDate day) {
        return activity.getOrDefault(day, DayActivity.none(day));
    }
}
