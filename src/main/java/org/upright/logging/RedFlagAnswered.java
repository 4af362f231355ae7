package org.upright.logging;

import java.util.List;

/** Published when a patient answered the red-flag check; {@code yesAnswers} names each "yes". */
public record RedFlagAnswered(long patientId, long checkId, List<String> yesAnswers) {

    public boolean anyYes() {
        return !yesAnswers.isEmpty();
    }
}
