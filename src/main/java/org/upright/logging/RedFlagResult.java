package org.upright.logging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of a red-flag check: which answers were yes, and whether the program was paused. */
public record RedFlagResult(long checkId, List<RedFlagQuestion> yes, boolean programPaused) {

    public RedFlagResult {
        yes = yes.stream().sorted(RedFlagQuestion.MOST_URGENT_FIRST).toList();
    }

    public boolean anyYes() {
        return !yes.isEmpty();
    }

    public boolean emergency() {
        return yes.stream().anyMatch(RedFlagQuestion::isEmergency);
    }

    /** The most urgent of the "yes" answers' urgencies; null when every answer was no. */
    public @Nullable RedFlagUrgency urgency() {
        return yes.isEmpty() ? null : yes.get(0).urgency();
    }
}
