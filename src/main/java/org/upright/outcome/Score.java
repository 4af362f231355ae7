package org.upright.outcome;

import org.jspecify.annotations.Nullable;

/**
 * A computed score: its value, or null with the reason; {@code answered} of {@code asked} items had
 * an answer ({@code asked} being the activities named for a named-activity questionnaire).
 */
public record Score(
        @Nullable Double value,
        int answered,
        int asked,
        @Nullable NotScored reason) {

    public static Score of(double value, int answered, int asked) {
        return new Score(value, answered, asked, null);
    }

    public static Score none(NotScored reason, int answered, int asked) {
        return new Score(null, answered, asked, reason);
    }

    public boolean computed() {
        return value != null;
    }

    public int missing() {
        return asked - answered;
    }
}
