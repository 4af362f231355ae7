package org.upright.program;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the prescription in force asks of the patient on one day. */
public record DayPlan(
        long programId,
        LocalDate day,
        int phase,
        String phaseName,
        int walks,
        int minutesPerWalk,
        int stretchSessions,
        int warmUpMinutes,
        List<Item> exercises) {

    public record Item(
            Exercise exercise,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {

        public String dose() {
            StringBuilder sb = new StringBuilder();
            if (sets != null && sets > 1) {
                sb.append(sets).append(" sets of ");
            }
            if (reps != null) {
                sb.append(reps).append(reps == 1 ? " time" : " times");
            }
            if (holdSeconds != null) {
                sb.append(sb.isEmpty() ? "" : ", ")
                        .append("hold ")
                        .append(holdSeconds)
                        .append(" s");
            }
            return sb.toString();
        }
    }
}
