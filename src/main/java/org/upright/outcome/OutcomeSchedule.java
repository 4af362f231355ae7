package org.upright.outcome;

import java.util.List;

/**
 * The questionnaires of a patient's latest program and when they are asked; {@code standard} when the
 * therapist has not chosen (then every questionnaire scheduled by default: at the start unless it rates
 * change, every 2 weeks, at the end).
 */
public record OutcomeSchedule(long programId, boolean standard, List<ScheduleEntry> entries) {

    public OutcomeSchedule {
        entries = List.copyOf(entries);
    }
}
