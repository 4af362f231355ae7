package org.upright.program;

import java.util.List;

/** A clinic's own template made from an existing one: a new name and the dose of each phase. */
public record TemplateCopy(long sourceTemplateId, String name, List<PhaseDose> phases) {

    public record PhaseDose(
            int phaseNumber,
            int minDays,
            int walksPerDay,
            int minutesPerWalk,
            int stretchSessionsPerDay,
            int warmUpMinutes) {

        public static PhaseDose of(TemplatePhase phase) {
            return new PhaseDose(
                    phase.getPhaseNumber(),
                    phase.getMinDays(),
                    phase.getWalksPerDay(),
                    phase.getMinutesPerWalk(),
                    phase.getStretchSessionsPerDay(),
                    phase.getWarmUpMinutes());
        }
    }
}
