package org.upright.program;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What advancing to the next phase from a date would do, shown to the therapist before they confirm:
 * the version it saves, each value that changes, the scheduled versions it withdraws, and a warning
 * when the current phase has not lasted its minimum days. Values, not sentences: the page words them
 * in the reader's language.
 */
public record PhaseAdvance(
        int phase,
        String phaseName,
        LocalDate from,
        PrescriptionDraft draft,
        List<Change> changes,
        List<Prescription> withdrawn,
        @Nullable TooSoon tooSoon) {

    /** One value that differs from the version in force on the day before the new phase starts. */
    public sealed interface Change {}

    /** A number of the prescription that changes. */
    public record Value(Setting setting, int before, int after) implements Change {}

    /** An exercise the new phase adds, with its dose. */
    public record Added(long exerciseId, String exercise, Dose dose) implements Change {}

    /** An exercise that stays with another dose. */
    public record Dosed(long exerciseId, String exercise, Dose before, Dose after) implements Change {}

    /** An exercise the new phase leaves out. */
    public record LeftOut(long exerciseId, String exercise) implements Change {}

    /** The numbers of a prescription that a phase may change. */
    public enum Setting {
        PHASE,
        WALKS_PER_DAY,
        MINUTES_PER_WALK,
        STRETCH_SESSIONS_PER_DAY,
        WARM_UP_MINUTES,
        PHASE_MIN_DAYS
    }

    /** The current phase asks for {@code minDays} but will have lasted only {@code lasted} days. */
    public record TooSoon(int phase, int minDays, long lasted) {}
}
