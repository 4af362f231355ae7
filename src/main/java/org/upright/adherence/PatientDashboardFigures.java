package org.upright.adherence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything one patient's dashboard shows, for one period of finished days (ending yesterday); today
 * is apart in {@code todaySoFar}. Ratios are 0–1 and null where nothing was prescribed; discomfort
 * values are 0–10 and null where there was no rating.
 */
public record PatientDashboardFigures(
        long patientId,
        String patientName,
        Period period,
        LocalDate today,
        DateRange range,
        List<DayFigures> days,
        List<@Nullable Integer> targetMinutes,
        Map<String, Map<LocalDate, Double>> stretchDiscomfort,
        @Nullable Double baseline,
        ProgramFigures.@Nullable Band band,
        @Nullable Double sevenDayMean,
        Trend trend,
        @Nullable Double adherence,
        @Nullable Double consistency,
        @Nullable Double walkingDose,
        List<DayFigures> calendar,
        List<ProgramFigures.WeekFigures> weeks,
        int streak,
        List<Note> notes,
        List<Uncomfortable> tooUncomfortable,
        boolean hasProgram,
        DayFigures todaySoFar) {

    /** The period selector: the last 4 weeks, the last 12 weeks, or everything since the program started; each ends yesterday. */
    public enum Period {
        FOUR_WEEKS("4 weeks", 28),
        TWELVE_WEEKS("12 weeks", 84),
        ALL("All", -1);

        private final String label;
        private final int days;

        Period(String label, int days) {
            this.label = label;
            this.days = days;
        }

        public String label() {
            return label;
        }

        public int days() {
            return days;
        }
    }

    /** A note the patient wrote with a log. */
    public record Note(LocalDate date, String kind, String text) {}

    /** A stretch the patient marked too uncomfortable on a day. */
    public record Uncomfortable(LocalDate date, String exercise) {}
}
