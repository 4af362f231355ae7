package org.upright.logging;

import java.util.List;

/** The outcome of a red-flag check: which answers were yes, and whether the program was paused. */
public record RedFlagResult(long checkId, List<RedFlagQuestion> yes, boolean programPaused) {

    public boolean anyYes() {
        return !yes.isEmpty();
    }

    public boolean emergency() {
        return yes.stream().anyMatch(RedFlagQuestion::isEmergency);
    }
}
