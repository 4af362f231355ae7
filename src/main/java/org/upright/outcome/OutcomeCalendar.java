package org.upright.outcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.upright.program.ProgramSpan;

/**
 * When scheduled questionnaires come due (README "Outcome measures"): at the program's start, every N
 * weeks after it (calendar weeks, paused days included, as "day in program" counts them) while it runs,
 * and on the day it ends. Only the latest occasion that has come due is asked: one not answered by
 * the time the next comes due is passed over. Nothing is due while the program is paused.
 */
final class OutcomeCalendar {

    /** An occasion and the day it came due. */
    record Dated(Occasion occasion, LocalDate dueOn) {}

    private OutcomeCalendar() {}

    static boolean paused(@Nullable ProgramSpan span, LocalDate today) {
        return span != null && span.pauses().stream().anyMatch(p -> p.covers(today));
    }

    /** The latest occasion of this entry that has come due by {@code today}, if any. */
    static Optional<Dated> latestDue(
            ScheduleEntry entry, Questionnaire q, long programId, ProgramSpan span, LocalDate today) {
        List<Dated> candidates = new ArrayList<>();
        LocalDate start = span.start();
        LocalDate end = span.end();
        if (entry.atStart() && !q.ratesChange() && !start.isAfter(today)) {
            candidates.add(new Dated(Occasion.start(programId), start));
        }
        if (entry.everyWeeks() != null) {
            // the last day the program ran, up to today
            LocalDate limit = end == null || today.isBefore(end) ? today : end.minusDays(1);
            long days = ChronoUnit.DAYS.between(start, limit);
            long periods = days < 0 ? 0 : days / (7L * entry.everyWeeks());
            if (periods >= 1) {
                int week = (int) (periods * entry.everyWeeks());
                candidates.add(new Dated(Occasion.periodic(programId, week), start.plusWeeks(week)));
            }
        }
        if (entry.atEnd() && end != null && !end.isAfter(today)) {
            candidates.add(new Dated(Occasion.end(programId), end));
        }
        return candidates.stream()
                .max(Comparator.comparing(Dated::dueOn)
                        .thenComparing(d -> d.occasion().kind().ordinal()));
    }

    /** The schedule a program has when the therapist has not chosen one. */
    static List<ScheduleEntry> standard(List<Questionnaire> current) {
        return current.stream()
                .filter(Questionnaire::scheduledByDefault)
                .map(q -> new ScheduleEntry(q.code(), !q.ratesChange(), ScheduleEntry.DEFAULT_WEEKS, true))
                .toList();
    }
}
